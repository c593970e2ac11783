import type { DocumentDesk } from '../documents/document-desk';
import type { ServiceDeps } from '../service-deps';
import { createCommitteeDashboardService } from './committee-dashboard.service';
import { createCommitteeMembersService } from './committee-members.service';
import { createCommitteeRulesService } from './committee-rules.service';
import { createCommitteesService } from './committees.service';
import { createElectionDocumentsService } from './election-documents.service';
import { createElectionResultService } from './election-result.service';
import { createElectionVettingService } from './election-vetting.service';
import { createEvaluationsService } from './evaluations.service';
import { createTrainingService } from './training.service';
import { createWithdrawalService } from './withdrawal.service';

/** The committees domain's services, sharing one rules service. */
export type CommitteesServices = ReturnType<typeof createCommitteesServices>;

/** Generated documents go through the office's one document desk (`<dataDir>/documents`), beside the disputes' papers. */
export function createCommitteesServices(deps: ServiceDeps, desk: DocumentDesk, ruleDefaults?: Parameters<typeof createCommitteeRulesService>[1]) {
  const rules = createCommitteeRulesService(deps, ruleDefaults);
  const committees = createCommitteesService(deps, rules);
  const vetting = createElectionVettingService(deps, rules);
  const training = createTrainingService(deps);
  const withdrawal = createWithdrawalService(deps, committees);
  return {
    rules,
    committees,
    members: createCommitteeMembersService(deps, committees),
    vetting,
    results: createElectionResultService(deps, rules, vetting),
    evaluations: createEvaluationsService(deps, rules, committees),
    training,
    withdrawal,
    dashboard: createCommitteeDashboardService(rules, committees, training, withdrawal),
    documents: createElectionDocumentsService(deps, rules, desk),
  };
}
