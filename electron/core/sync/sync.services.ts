import type { Ledger } from '../db/open-ledger';
import type { SecretStore } from '../ports';
import type { ServiceDeps } from '../service-deps';
import type { UserPathPolicy } from '../files/user-paths';
import { createBundleExportService } from './bundle-export.service';
import { officeKeys } from './office-keys';
import { createSyncService } from './sync.service';

/** The office side of sync: keys, registration, receipts (`sync`) and the bundle export (`bundleExport`). */
export type SyncServices = ReturnType<typeof createSyncServices>;

export function createSyncServices(deps: ServiceDeps, ledger: Ledger, secrets: SecretStore, dataDir: string, appVersion: string, paths: UserPathPolicy) {
  const keys = officeKeys(secrets);
  return {
    sync: createSyncService(deps, keys, dataDir, paths),
    bundleExport: createBundleExportService(deps, ledger, keys, dataDir, appVersion, paths),
  };
}
