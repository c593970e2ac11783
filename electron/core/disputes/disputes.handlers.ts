import type { disputesContract } from '#shared/ipc/contract/disputes.contract';
import { actorOf } from '../call-context';
import type { HandlersFor } from '../handlers-for';
import type { DisputesServices } from './disputes.services';

/** The disputes channels: intake, the ledger and its export, case work, documents, analysis, deadline rules. */
export const disputesHandlers = ({ cases, list, workflow, reports, documents, exports, rules, categories }: DisputesServices) =>
  ({
    'disputes:create': (i, s) => cases.create(i, actorOf(s)),
    'disputes:get': (i) => cases.get(i.id),
    'disputes:intake-warnings': (i) => cases.intakeWarnings(i),
    'disputes:history': (i) => cases.history(i.id),
    'disputes:list': (i) => list.list(i),
    'disputes:export-ledger': (i, s) => exports.ledger(i, actorOf(s)),
    'disputes:update-intake': (i, s) => workflow.updateIntake(i, actorOf(s)),
    'disputes:correct-case': (i, s) => workflow.correct(i, actorOf(s), s.principal?.role ?? 'mediator'),
    'disputes:update-party': (i, s) => workflow.updateParty(i, actorOf(s)),
    'disputes:assign': (i, s) => workflow.assign(i, actorOf(s)),
    'disputes:record-session': (i, s) => workflow.recordSession(i, actorOf(s)),
    'disputes:add-evidence': (i, s) => workflow.addEvidence(i, actorOf(s)),
    'disputes:record-outcome': (i, s) => workflow.recordOutcome(i, actorOf(s)),
    'disputes:refer': (i, s) => workflow.refer(i, actorOf(s)),
    'disputes:record-department-result': (i, s) => workflow.recordDepartmentResult(i, actorOf(s)),
    'disputes:record-feedback': (i, s) => workflow.recordFeedback(i, actorOf(s)),
    'disputes:record-return-visit': (i, s) => workflow.recordReturnVisit(i, actorOf(s)),
    'disputes:transition': (i, s) => workflow.transition(i, actorOf(s)),
    'disputes:escalate': (i, s) => workflow.escalate(i, actorOf(s)),
    'disputes:reveal': (i, s) => cases.reveal(i, actorOf(s)),
    'disputes:export-document': (i, s) => documents.export(i, actorOf(s)),
    'disputes:open-document': (i, s) => documents.open(i, actorOf(s)),
    'disputes:monthly-analysis': (i) => reports.monthly(i.month),
    'disputes:export-monthly': (i, s) => exports.monthly(i.month, actorOf(s)),
    'disputes:dashboard': (i) => list.dashboard(i.limit),
    'disputes:my-cases': (i, s) => list.mine(s.principal?.operatorId ?? null, i.limit),
    'disputes:company-summary': (i) => reports.companySummary(i.companyId),
    'disputes:get-rules': () => rules.get(),
    'disputes:update-rules': (i, s) => rules.replace(i, actorOf(s)),
    // --- dispute categories in force (policy packs) ---
    'disputes:categories': async () => ({ categories: await categories.list() }),
  }) satisfies HandlersFor<typeof disputesContract>;
