/**
 * Correcting a registered case's intake facts (来源、受理时间、12345 工单号与时间、
 * 处理等级、当事人): who may, and when. The one home of the rule: the workflow
 * service guards `disputes:correct-case` with `checkCorrection` on the stored row,
 * and the case page offers 更正登记信息 only when it passes for the operator's role.
 * Until mediation starts a clerk's typo is simply corrected; once a session is on
 * record the facts have been relied on, so only the director (or the administrator,
 * who holds every lead power) may, and always with a reason in the change log.
 */
import type { Role } from '../auth/roles';
import type { ActionCheck, CaseState } from './case-actions';
import { STATUS_LABELS, type DisputeStatus } from './disputes.schema';

/** Who may correct a case after mediation has started; `system` is the local CLI. */
export const LATE_CORRECTORS: readonly (Role | 'system')[] = ['director', 'administrator', 'system'];

/** Before the first session: the facts can still be corrected by anyone who works cases. */
export const correctableFreely = (status: DisputeStatus) => status === 'registered' || status === 'assigned';

export function checkCorrection(s: Pick<CaseState, 'status'>, role: Role | 'system'): ActionCheck {
  if (s.status === 'rejected' || s.status === 'withdrawn') return { ok: false, message: `该案件${STATUS_LABELS[s.status]}，不能再更正登记信息。` };
  if (correctableFreely(s.status) || LATE_CORRECTORS.includes(role)) return { ok: true };
  return { ok: false, message: '调解已经开始，登记信息只能由主任更正，请联系主任。' };
}

/** What a correction changed, by field name, as the change log and 操作记录 carry it (never the values). */
export const CORRECTED_FIELDS = ['source', 'receivedAt', 'hotlineOrderNo', 'hotlineReceivedAt', 'tier', 'parties'] as const;
export type CorrectedField = (typeof CORRECTED_FIELDS)[number];
export const CORRECTED_FIELD_LABELS: Record<CorrectedField, string> = {
  source: '来源',
  receivedAt: '受理时间',
  hotlineOrderNo: '12345 工单号',
  hotlineReceivedAt: '12345 受理时间',
  tier: '处理等级',
  parties: '当事人',
};
