import { join } from 'node:path';
import { createAuthService } from '../auth/auth.service';
import { createCommitteesServices } from '../committees/committees.services';
// actions (整改清单)
import { createActionsServices } from '../actions/actions.services';
// consult (结果公示, 诉求响应台账)
import { createConsultServices } from '../consult/consult.services';
import type { Ledger } from '../db/open-ledger';
import { fieldCodec } from '../fieldcrypt/field-codec';
import { createDisputesServices } from '../disputes/disputes.services';
import { createMeetingsServices } from '../meetings/meetings.services';
import type { DocumentOpener, Ports, SecretStore } from '../ports';
import { createPrefsService } from '../prefs/prefs.service';
import { createRegistryService } from '../registry/registry.service';
import { fileSecretStore } from '../sync/file-secret-store';
import { officeKeys } from '../sync/office-keys';
import { createSyncServices } from '../sync/sync.services';
import { createDocumentDesk } from '../documents/document-desk';
import { createDocumentsServices } from '../documents/documents.services';
import { createFilesServices } from '../files/files.services';
import { trustedPathPolicy, type UserPathPolicy } from '../files/user-paths';
import { createSystemService } from '../system/system.service';
import { APP_VERSION } from './app-version';
// --- policy (政策包) ---
import { createPolicySource } from '../policy/policy-source';
import { createPolicyService } from '../policy/policy.service';
// backup (issue 12)
import { createBackupService } from '../backup/backup.service';

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
  const deps = { db: ledger.db, ports, fields: fieldCodec(secrets, ledger.raw) };
  // Every generated document is written, logged and opened by id through this one desk (documents/).
  const desk = createDocumentDesk(deps, join(dataDir, 'documents'), opener);
  // The packs in force feed the disputes' calendar and default rules; applying one recomputes through the disputes' rules.
  const policySource = createPolicySource(ledger.db);
  const disputes = createDisputesServices(deps, dataDir, secrets, desk, policySource);
  const prefs = createPrefsService(deps);
  const committees = createCommitteesServices(deps, desk, (q) => policySource.committeeDefaults(q));
  // actions (整改清单): built first, so the meetings' minutes can print the action items a meeting set (their hook).
  const actions = createActionsServices(deps, dataDir);
  return {
    system: createSystemService(ledger, appVersion, { dataDir, keys: officeKeys(secrets), clock: ports.clock, fields: deps.fields }),
    auth: createAuthService(deps),
    registry: createRegistryService(deps),
    disputes,
    prefs,
    sync: createSyncServices(deps, ledger, secrets, dataDir, appVersion, paths),
    committees,
    // meetings (issue 11)
    meetings: createMeetingsServices(deps, desk, (meetingId) => actions.items.ofMeeting(meetingId)),
    // actions (整改清单)
    actions,
    // --- policy (政策包) ---
    policy: createPolicyService(deps, paths, policySource, disputes.rules, committees.rules),
    // files — begin
    files: createFilesServices(paths),
    documents: createDocumentsServices(deps, dataDir, desk),
    // files — end
    // backup (issue 12)
    backup: createBackupService({ ...deps, ledger, dataDir, secrets, appVersion, paths, prefs }),
    // fieldcrypt: the codec itself, for the first-open sealing step, `check` and the bulk demo.
    fields: deps.fields,
    // consult (结果公示, 诉求响应台账)
    consult: createConsultServices(deps, dataDir, desk),
  };
}
