import { join } from 'node:path';
import { createAuthService } from '../auth/auth.service';
import type { Ledger } from '../db/open-ledger';
import { createDeadlineRulesService } from '../disputes/deadline-rules.service';
import { createDisputeDocumentsService } from '../disputes/dispute-documents.service';
import { createDisputeListService } from '../disputes/dispute-list.service';
import { createDisputeReportsService } from '../disputes/dispute-reports.service';
import { createDisputeWorkflowService } from '../disputes/dispute-workflow.service';
import { createDisputesService } from '../disputes/disputes.service';
import type { Ports, SecretStore } from '../ports';
import { createPrefsService } from '../prefs/prefs.service';
import { createRegistryService } from '../registry/registry.service';
import type { Services } from '../rpc/handlers';
import { createBundleExportService } from '../sync/bundle-export.service';
import { fileSecretStore } from '../sync/file-secret-store';
import { officeKeys } from '../sync/office-keys';
import { createSyncService } from '../sync/sync.service';
import { createSystemService } from '../system/system.service';
import { APP_VERSION } from './app-version';

/**
 * Every service over one ledger; the demo builds a second set with seeded ports.
 * `secrets` holds the office's keys: key files in the data dir unless the caller
 * (Electron, with safeStorage) passes its own store.
 */
export function createServices(ledger: Ledger, ports: Ports, dataDir: string, appVersion = APP_VERSION, secrets: SecretStore = fileSecretStore(dataDir)): Services {
  const deps = { db: ledger.db, ports };
  const rules = createDeadlineRulesService(deps);
  const keys = officeKeys(secrets);
  return {
    auth: createAuthService(deps),
    registry: createRegistryService(deps),
    system: createSystemService(ledger, appVersion),
    disputes: createDisputesService(deps, rules),
    disputeList: createDisputeListService(deps, rules),
    workflow: createDisputeWorkflowService(deps, rules),
    reports: createDisputeReportsService(deps, rules),
    documents: createDisputeDocumentsService(deps, join(dataDir, 'documents')),
    rules,
    prefs: createPrefsService(deps),
    sync: createSyncService(deps, keys, dataDir),
    bundleExport: createBundleExportService(deps, ledger, keys, dataDir, appVersion),
  };
}
