import { isPreOutcome, isTerminal } from '#shared/domain/disputes/dispute-lifecycle';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { Channel } from '#shared/ipc/contract';

/** The dialogs of the case page. */
export type CaseAction =
  | 'assign'
  | 'session'
  | 'evidence'
  | 'outcome'
  | 'refer'
  | 'department-result'
  | 'feedback'
  | 'return-visit'
  | 'close'
  | 'reject'
  | 'withdraw'
  | 'escalate'
  | 'edit-intake';

export type ReferKind = 'court' | 'department' | 'joint';

/** The referrals that fit the case now: 诉调对接 after a failed mediation, a department, or joint handling of a 大事. */
export function referKinds(d: DisputeDetail): ReferKind[] {
  const kinds: ReferKind[] = [];
  if (d.status === 'failed') kinds.push('court');
  if ((d.allowedTransitions.includes('referred') || d.status === 'failed') && !d.department) kinds.push('department');
  if (d.tier === 'major' && isPreOutcome(d.status) && !d.jointReferralAt) kinds.push('joint');
  return kinds;
}

const CHANNEL: Record<CaseAction, Channel> = {
  assign: 'disputes:assign',
  session: 'disputes:record-session',
  evidence: 'disputes:add-evidence',
  outcome: 'disputes:record-outcome',
  refer: 'disputes:refer',
  'department-result': 'disputes:record-department-result',
  feedback: 'disputes:record-feedback',
  'return-visit': 'disputes:record-return-visit',
  close: 'disputes:transition',
  reject: 'disputes:transition',
  withdraw: 'disputes:transition',
  escalate: 'disputes:escalate',
  'edit-intake': 'disputes:update-intake',
};

/** Whether the action fits the case's state (the lifecycle's allowedTransitions and what is recorded). */
function fits(action: CaseAction, d: DisputeDetail): boolean {
  const allowed = d.allowedTransitions;
  switch (action) {
    case 'assign':
      return isPreOutcome(d.status);
    case 'session':
      return d.status === 'assigned' || d.status === 'mediating';
    case 'evidence':
    case 'edit-intake':
      return !isTerminal(d.status);
    case 'outcome':
      return allowed.includes('settled') || allowed.includes('failed');
    case 'refer':
      return referKinds(d).length > 0;
    case 'department-result':
      return d.department !== null && d.department.result === null;
    case 'feedback':
      return ['mediating', 'settled', 'failed', 'referred'].includes(d.status) || (d.status === 'closed' && d.feedback === null);
    case 'return-visit':
      return d.agreedTerms !== null && d.returnVisitAt === null && d.status !== 'rejected' && d.status !== 'withdrawn';
    case 'close':
      return allowed.includes('closed');
    case 'reject':
      return allowed.includes('rejected');
    case 'withdraw':
      return allowed.includes('withdrawn');
    case 'escalate':
      return isPreOutcome(d.status) && d.tier !== 'major';
  }
}

/** The actions to offer, in the order a case is worked, given the case and what the operator may call. */
export function availableActions(d: DisputeDetail, may: (channel: Channel) => boolean): CaseAction[] {
  const order: CaseAction[] = ['assign', 'session', 'evidence', 'outcome', 'refer', 'department-result', 'feedback', 'return-visit', 'close', 'escalate', 'edit-intake', 'reject', 'withdraw'];
  return order.filter((a) => may(CHANNEL[a]) && fits(a, d));
}
