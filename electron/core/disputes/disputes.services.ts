import { join } from 'node:path';
import type { DocumentDesk } from '../documents/document-desk';
import type { SecretStore } from '../ports';
import type { ServiceDeps } from '../service-deps';
import { createDeadlineRulesService, type DeadlinePolicySource } from './deadline-rules.service';
import { createCategoryRulesService, type CategoryPolicySource } from './category-rules.service';
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
export function createDisputesServices(deps: ServiceDeps, dataDir: string, secrets: SecretStore, desk: DocumentDesk, policy?: DeadlinePolicySource & CategoryPolicySource) {
  const rules = createDeadlineRulesService(deps, policy);
  const categories = createCategoryRulesService(policy);
  const phoneHash = phoneHasher(secrets);
  const reports = createDisputeReportsService(deps, rules, categories);
  return {
    cases: createDisputesService(deps, rules, phoneHash, categories),
    list: createDisputeListService(deps, rules, phoneHash),
    workflow: createDisputeWorkflowService(deps, rules, phoneHash, categories),
    reports,
    documents: createDisputeDocumentsService(deps, desk, categories),
    exports: createDisputeExportService(deps, rules, reports, join(dataDir, 'exports'), categories),
    rules,
    /** The dispute categories in force (labels, which intake offers, default tiers). */
    categories,
    /** Hashes the phones of parties that have no lookup row yet (at open: ledgers from before it, the bulk demo). */
    fillPhoneLookups: () => fillMissingPhoneLookups(deps.db, phoneHash, deps.fields),
  };
}
