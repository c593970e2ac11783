import type { Attendance, MeetingStatus, MinutesStatus, Outcome } from './meetings.schema';
import type { MeetingSide } from './meeting-kinds';

/**
 * The minutes lifecycle, decided once here: draft → submitted → approved (by the
 * host or the director) → locked. The service guards every step with
 * `checkMinutesAction` on the stored rows (inside the step's transaction) and the
 * meeting page offers exactly `availableMinutesActions`, so the two cannot drift.
 */
export const MINUTES_ACTIONS = ['edit', 'submit', 'return', 'approve', 'lock', 'addendum'] as const;
export type MinutesAction = (typeof MINUTES_ACTIONS)[number];
export const MINUTES_ACTION_LABELS: Record<MinutesAction, string> = {
  edit: '修改纪要',
  submit: '提交审定',
  return: '退回修改',
  approve: '审定',
  lock: '锁定',
  addendum: '追加补充说明',
};

export type MinutesState = {
  meetingStatus: MeetingStatus;
  minutesStatus: MinutesStatus;
  attendees: readonly { name: string; side: string; invited: boolean; attendance: Attendance | null }[];
  resolutions: readonly { position: number; voteTaken: boolean; outcome: Outcome | null }[];
  /** The kind votes (its rule is not `none`): then every resolution needs its vote. */
  kindVotes: boolean;
  sides: readonly MeetingSide[];
  /** The caller is the meeting's host (their account stands for the host) or a director/administrator. */
  mayApprove: boolean;
  /** The caller approved these minutes (the addendum is signed by the approver), or is a director/administrator. */
  isApprover: boolean;
};

export type Check = { ok: true } | { ok: false; message: string };
const ok: Check = { ok: true };
const no = (message: string): Check => ({ ok: false, message });

/** What the minutes still lack before they can be submitted, each as one zh-CN phrase. */
export function minutesGaps(s: MinutesState): string[] {
  const gaps: string[] = [];
  if (s.meetingStatus !== 'held') gaps.push('会议尚未登记为已召开');
  const untaken = s.attendees.filter((a) => a.invited && a.attendance === null);
  if (s.attendees.length === 0) gaps.push('没有参会人员名单');
  else if (untaken.length > 0) gaps.push(`未点名签到（${untaken.map((a) => a.name).join('、')}）`);
  const present = s.attendees.filter((a) => a.attendance === 'present');
  const missingSides = s.sides.filter((side) => side.required && !present.some((a) => a.side === side.code));
  if (untaken.length === 0 && missingSides.length > 0) gaps.push(`必须参会的一方无人出席（${missingSides.map((x) => x.label).join('、')}）`);
  const unvoted = s.resolutions.filter((r) => r.outcome === null || (s.kindVotes && !r.voteTaken));
  if (unvoted.length > 0) gaps.push(`决议尚未表决（第 ${unvoted.map((r) => r.position + 1).join('、')} 项）`);
  return gaps;
}

export function checkMinutesAction(action: MinutesAction, s: MinutesState): Check {
  if (s.minutesStatus === 'locked' && action !== 'addendum') return no('纪要已锁定，不能再修改；如需更正，请由审定人追加补充说明');
  switch (action) {
    case 'edit':
      if (s.minutesStatus === 'submitted') return no('纪要已提交审定，请先退回修改再改');
      if (s.minutesStatus === 'approved') return no('纪要已审定，不能再修改；请锁定后以补充说明更正');
      return ok;
    case 'submit': {
      if (s.minutesStatus !== 'draft') return no('只有草稿状态的纪要可以提交审定');
      const gaps = minutesGaps(s);
      return gaps.length > 0 ? no(`纪要还不能提交：${gaps.join('；')}`) : ok;
    }
    case 'return':
      if (s.minutesStatus !== 'submitted') return no('只有已提交的纪要可以退回');
      return s.mayApprove ? ok : no('只有主持人或主任可以退回纪要');
    case 'approve':
      if (s.minutesStatus !== 'submitted') return no('纪要尚未提交审定，不能审定');
      return s.mayApprove ? ok : no('只有主持人或主任可以审定纪要');
    case 'lock':
      if (s.minutesStatus !== 'approved') return no('纪要尚未审定，不能锁定：须先审定再锁定');
      return s.mayApprove ? ok : no('只有主持人或主任可以锁定纪要');
    case 'addendum':
      if (s.minutesStatus !== 'locked') return no('纪要尚未锁定，请直接修改纪要，不必追加补充说明');
      return s.isApprover ? ok : no('补充说明须由审定人签署');
  }
}

/** The actions to offer: every one the check lets through. */
export const availableMinutesActions = (s: MinutesState): MinutesAction[] => MINUTES_ACTIONS.filter((a) => checkMinutesAction(a, s).ok);
