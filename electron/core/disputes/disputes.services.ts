import { join } from 'node:path';
import type { DocumentDesk } from '../documents/document-desk';
import type { SecretStore } from '../ports';
import type { ServiceDeps } from '../service-deps';
import { createDeadlineRulesService, type DeadlinePolicySource } from './deadline-rules.service';
import { createDisputeDocumentsService } from './dispute-documents.service';
import { createDisputeExportService } from './dispute-export.service';
import { createDisputeListService } from './dispute-list.service';
import { createDisputeReportsService } from './dispute-reports.service';
import { createDisputeWorkflowService } from './dispute-workflow.service';
import { createDisputesService } from './disputes.service';
import { phoneHasher } from './phone-lookup';
import { fillMissingPhoneLookups } from './phone-lookup.queries';

/** The disputes domain's services, sharing one deadline-rules service. */
export type DisputesServices = ReturnType<typeof createDisputesServices>;

/**
 * Builds the disputes slice; generated documents go through the office's one document
 * desk (`<dataDir>/documents`, logged, opened by id), .xlsx exports to `<dataDir>/exports`. `secrets` keeps
 * the key of the phone lookup's keyed hashes.
 */
export function createDisputesServices(deps: ServiceDeps, dataDir: string, secrets: SecretStore, desk: DocumentDesk, policy?: DeadlinePolicySource) {
  const rules = createDeadlineRulesService(deps, policy);
  const phoneHash = phoneHasher(secrets);
  const reports = createDisputeReportsService(deps, rules);
  return {
    cases: createDisputesService(deps, rules, phoneHash),
    list: createDisputeListService(deps, rules, phoneHash),
    workflow: createDisputeWorkflowService(deps, rules, phoneHash),
    reports,
    documents: createDisputeDocumentsService(deps, desk),
    exports: createDisputeExportService(deps, rules, reports, join(dataDir, 'exports')),
    rules,
    /** Hashes the phones of parties that have no lookup row yet (at open: ledgers from before it, the bulk demo). */
    fillPhoneLookups: () => fillMissingPhoneLookups(deps.db, phoneHash, deps.fields),
  };
}
