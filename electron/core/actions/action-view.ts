import { availableActionSteps, daysOverdue, isOverdue } from '#shared/domain/actions/action-steps';
import type { ActionItemDetail, ActionItemView } from '#shared/domain/actions/action-views';
import type { ActionListRow } from './actions.queries';

/** A stored item as the screens see it, with 逾期 derived against `today` (a day in China). */
export function toActionView(r: ActionListRow, today: string): ActionItemView {
  const derived = { status: r.status, dueOn: r.due_on };
  return {
    id: r.id,
    version: r.version,
    problem: r.problem,
    source: r.source,
    meetingId: r.meeting_id,
    resolutionId: r.resolution_id,
    disputeId: r.dispute_id,
    disputeCaseNo: r.dispute_case_no,
    sourceNote: r.source_note,
    estateId: r.estate_id,
    estateName: r.estate_name,
    companyId: r.company_id,
    companyName: r.company_name,
    responsibleKind: r.responsible_kind,
    responsibleName: r.responsible_name,
    responsibleRefId: r.responsible_ref_id,
    rectification: r.rectification,
    dueOn: r.due_on,
    status: r.status,
    overdue: isOverdue(derived, today),
    daysOverdue: daysOverdue(derived, today),
    startedOn: r.started_on,
    completedOn: r.completed_on,
    completedBy: r.completed_by,
    evidence: r.evidence,
    verifiedOn: r.verified_on,
    verifiedBy: r.verified_by,
    verificationNote: r.verification_note,
    createdAt: r.created_at,
  };
}

/** The view with the steps `actor` may take now (the same rule the service guards with). */
export const toActionDetail = (r: ActionListRow, today: string, actor: string): ActionItemDetail => ({
  ...toActionView(r, today),
  steps: availableActionSteps({ status: r.status, completedBy: r.completed_by }, actor),
});
