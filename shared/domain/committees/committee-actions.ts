import type { CommitteeStatus } from './committees.schema';

/**
 * What a committee action needs, decided once: the service guards every write
 * with `checkCommitteeAction` (on the stored row, inside the transaction) and the
 * committee page offers exactly `availableCommitteeActions`, so they cannot drift.
 */
export const COMMITTEE_ACTIONS = ['update', 'add-member', 'seat', 'record-correction', 'order-re-election', 'dissolve', 'evaluate'] as const;
export type CommitteeAction = (typeof COMMITTEE_ACTIONS)[number];

export const COMMITTEE_ACTION_LABELS: Record<CommitteeAction, string> = {
  update: '修改届次信息',
  'add-member': '增补成员',
  seat: '确认就任',
  'record-correction': '记录纠错',
  'order-re-election': '责令改选',
  dissolve: '解散',
  evaluate: '录入履职评议',
};

export type CommitteeState = { status: CommitteeStatus };

export type ActionCheck = { ok: true } | { ok: false; message: string };

const refuse = (message: string): ActionCheck => ({ ok: false, message });
const OK: ActionCheck = { ok: true };

export function checkCommitteeAction(action: CommitteeAction, state: CommitteeState): ActionCheck {
  if (state.status === 'dissolved') return refuse(`该届已解散，只能查看，不能${COMMITTEE_ACTION_LABELS[action]}`);
  switch (action) {
    case 'seat':
      return state.status === 'preparing' ? OK : refuse('只有筹备中的一届才能确认就任');
    case 'order-re-election':
      return state.status === 're-electing' ? refuse('已责令改选，正在换届中') : OK;
    case 'evaluate':
      return state.status === 'preparing' ? refuse('筹备中的一届尚未就任，不参加履职评议') : OK;
    default:
      return OK;
  }
}

/** The actions to offer on a committee in this state. */
export function availableCommitteeActions(state: CommitteeState): CommitteeAction[] {
  return COMMITTEE_ACTIONS.filter((a) => checkCommitteeAction(a, state).ok);
}

export type MemberState = { ceasedOn: string | null; committee: CommitteeState };

/** A member can be edited or ended only while serving on a committee that is not dissolved. */
export function checkMemberChange(state: MemberState): ActionCheck {
  if (state.committee.status === 'dissolved') return refuse('该届已解散，成员信息只能查看');
  if (state.ceasedOn !== null) return refuse(`该成员已于 ${state.ceasedOn} 离任，只能查看`);
  return OK;
}
