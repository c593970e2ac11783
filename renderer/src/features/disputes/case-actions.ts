import { availableActions as allowedActions, caseStateOfView, referKinds as fittingReferKinds, type CaseAction, type ReferKind } from '#shared/domain/disputes/case-actions';
import type { Role } from '#shared/domain/auth/roles';
import { checkCorrection } from '#shared/domain/disputes/corrections';
import type { DisputeDetail } from '#shared/domain/disputes/dispute-views';
import type { Channel } from '#shared/ipc/contract';

export type { CaseAction, ReferKind };

// The rules of what a case allows live in shared/domain/disputes/case-actions.ts
// (the service guards with the same functions); this file only adds who may call
// which channel.
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
  correct: 'disputes:correct-case',
};

/** The referrals that fit the case now. */
export const referKinds = (d: DisputeDetail): ReferKind[] => fittingReferKinds(caseStateOfView(d));

/**
 * The actions to offer, in the order a case is worked, given the case, what the
 * operator may call and their role (after mediation starts only the director corrects).
 */
export function availableActions(d: DisputeDetail, may: (channel: Channel) => boolean, role: Role): CaseAction[] {
  const state = caseStateOfView(d);
  return allowedActions(state, (a) => may(CHANNEL[a]) && (a !== 'correct' || checkCorrection(state, role).ok));
}
