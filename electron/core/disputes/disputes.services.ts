import { join } from 'node:path';
import type { DocumentOpener } from '../ports';
import type { ServiceDeps } from '../service-deps';
import { createDeadlineRulesService } from './deadline-rules.service';
import { createDisputeDocumentsService } from './dispute-documents.service';
import { createDisputeExportService } from './dispute-export.service';
import { createDisputeListService } from './dispute-list.service';
import { createDisputeReportsService } from './dispute-reports.service';
import { createDisputeWorkflowService } from './dispute-workflow.service';
import { createDisputesService } from './disputes.service';

/** The disputes domain's services, sharing one deadline-rules service. */
export type DisputesServices = ReturnType<typeof createDisputesServices>;

/**
 * Builds the disputes slice; generated documents go to `<dataDir>/documents` (and open
 * with `opener` where there is one), .xlsx exports to `<dataDir>/exports`.
 */
export function createDisputesServices(deps: ServiceDeps, dataDir: string, opener?: DocumentOpener) {
  const rules = createDeadlineRulesService(deps);
  const reports = createDisputeReportsService(deps, rules);
  return {
    cases: createDisputesService(deps, rules),
    list: createDisputeListService(deps, rules),
    workflow: createDisputeWorkflowService(deps, rules),
    reports,
    documents: createDisputeDocumentsService(deps, join(dataDir, 'documents'), opener),
    exports: createDisputeExportService(deps, rules, reports, join(dataDir, 'exports')),
    rules,
  };
}
