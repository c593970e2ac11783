import { createAuthService } from '../auth/auth.service';
import { createCommitteesServices } from '../committees/committees.services';
import type { Ledger } from '../db/open-ledger';
import { createDisputesServices } from '../disputes/disputes.services';
import type { DocumentOpener, Ports, SecretStore } from '../ports';
import { createPrefsService } from '../prefs/prefs.service';
import { createRegistryService } from '../registry/registry.service';
import { fileSecretStore } from '../sync/file-secret-store';
import { officeKeys } from '../sync/office-keys';
import { createSyncServices } from '../sync/sync.services';
import { createDocumentsServices } from '../documents/documents.services';
import { createFilesServices } from '../files/files.services';
import { trustedPathPolicy, type UserPathPolicy } from '../files/user-paths';
import { createSystemService } from '../system/system.service';
import { APP_VERSION } from './app-version';

/** Every domain's services over one ledger, keyed by domain. */
export type Services = ReturnType<typeof createServices>;

/**
 * Every service over one ledger; the demo builds a second set with seeded ports.
 * Only composes: each domain builds its own slice. `secrets` holds the office's
 * keys: key files in the data dir unless the caller (Electron, with safeStorage)
 * passes its own store. `opener` opens generated documents on the desktop (Electron only).
 * `paths` is where a person may point the app (files/user-paths.ts): anywhere for the CLI, home and removable media for the host.
 */
export function createServices(
  ledger: Ledger,
  ports: Ports,
  dataDir: string,
  appVersion = APP_VERSION,
  secrets: SecretStore = fileSecretStore(dataDir),
  opener?: DocumentOpener,
  paths: UserPathPolicy = trustedPathPolicy(),
) {
  const deps = { db: ledger.db, ports };
  return {
    system: createSystemService(ledger, appVersion, { dataDir, keys: officeKeys(secrets), clock: ports.clock }),
    auth: createAuthService(deps),
    registry: createRegistryService(deps),
    disputes: createDisputesServices(deps, dataDir, secrets, opener),
    prefs: createPrefsService(deps),
    sync: createSyncServices(deps, ledger, secrets, dataDir, appVersion, paths),
    committees: createCommitteesServices(deps, dataDir),
    // files — begin
    files: createFilesServices(paths),
    documents: createDocumentsServices(deps, dataDir),
    // files — end
  };
}
