import { describe, expect, it } from 'vitest';
import { DEFAULT_MEETING_KINDS, kindListProblems } from '#shared/domain/meetings/meeting-kinds';
import { attendeeProblems } from '#shared/domain/meetings/meeting-rules';
import { availableMinutesActions, checkMinutesAction, type MinutesState } from '#shared/domain/meetings/minutes-actions';

const fourParty = DEFAULT_MEETING_KINDS.find((k) => k.code === 'four-party')!;
const present = (name: string, side: string) => ({ name, side, invited: true, attendance: 'present' as const });
const ready: MinutesState = {
  meetingStatus: 'held',
  minutesStatus: 'draft',
  attendees: [present('张建国', 'owners-committee'), present('王强', 'company'), present('刘志明', 'party-members'), present('陈芳', 'residents')],
  resolutions: [{ position: 0, voteTaken: true, outcome: 'passed' }],
  kindVotes: true,
  sides: fourParty.sides,
  mayApprove: false,
  isApprover: false,
};

describe('the minutes state machine', () => {
  it.each([
    // [minutes status, mayApprove, isApprover, actions offered]
    ['draft', false, false, ['edit', 'submit']],
    ['submitted', false, false, []],
    ['submitted', true, false, ['return', 'approve']],
    ['approved', true, false, ['lock']],
    ['approved', false, false, []],
    ['locked', true, false, []],
    ['locked', true, true, ['addendum']],
  ] as const)('%s (may approve %s, approver %s) offers %j', (minutesStatus, mayApprove, isApprover, actions) => {
    expect(availableMinutesActions({ ...ready, minutesStatus, mayApprove, isApprover })).toEqual(actions);
  });

  it('names what is missing before submission', () => {
    const s: MinutesState = {
      ...ready,
      attendees: [{ ...present('张建国', 'owners-committee'), attendance: null }, present('王强', 'company')],
      resolutions: [{ position: 0, voteTaken: false, outcome: null }, { position: 1, voteTaken: true, outcome: 'passed' }],
    };
    expect(checkMinutesAction('submit', s)).toEqual({ ok: false, message: '纪要还不能提交：未点名签到（张建国）；决议尚未表决（第 1 项）' });
    expect(checkMinutesAction('submit', { ...ready, meetingStatus: 'planned' })).toEqual({ ok: false, message: '纪要还不能提交：会议尚未登记为已召开' });
    const noResidents = { ...ready, attendees: ready.attendees.filter((a) => a.side !== 'residents') };
    expect(checkMinutesAction('submit', noResidents)).toEqual({ ok: false, message: '纪要还不能提交：必须参会的一方无人出席（居民代表）' });
  });

  it('a kind that does not vote needs no vote, only an outcome', () => {
    expect(checkMinutesAction('submit', { ...ready, kindVotes: false, resolutions: [{ position: 0, voteTaken: false, outcome: 'agreed' }] })).toEqual({ ok: true });
  });

  it('approve-then-lock, and locked means only an addendum', () => {
    expect(checkMinutesAction('lock', { ...ready, minutesStatus: 'submitted', mayApprove: true })).toEqual({ ok: false, message: '纪要尚未审定，不能锁定：须先审定再锁定' });
    expect(checkMinutesAction('approve', { ...ready, mayApprove: true })).toEqual({ ok: false, message: '纪要尚未提交审定，不能审定' });
    expect(checkMinutesAction('edit', { ...ready, minutesStatus: 'locked' })).toEqual({ ok: false, message: '纪要已锁定，不能再修改；如需更正，请由审定人追加补充说明' });
    expect(checkMinutesAction('addendum', { ...ready, minutesStatus: 'approved', isApprover: true }).ok).toBe(false);
  });
});

describe('attendees and kinds', () => {
  it('an uninvited person is present with a reason; attendance only at a held meeting; sides of the kind', () => {
    const base = { name: '孙伟', side: 'residents', invited: false, attendance: 'present' as const, uninvitedReason: null };
    expect(attendeeProblems([base], fourParty, true)).toEqual([{ path: ['attendees', 0, 'uninvitedReason'], message: '孙伟未受邀而出席，须说明原因' }]);
    expect(attendeeProblems([{ ...base, uninvitedReason: '代陈芳出席' }], fourParty, true)).toEqual([]);
    expect(attendeeProblems([{ ...base, invited: true, uninvitedReason: null }], fourParty, false)).toEqual([{ path: ['attendees', 0, 'attendance'], message: '会议尚未召开，不能点名签到' }]);
    expect(attendeeProblems([{ ...base, side: 'police', invited: true }], fourParty, true)[0]!.path).toEqual(['attendees', 0, 'side']);
  });

  it('the default kinds have unique codes, names and sides; a duplicate is named', () => {
    expect(kindListProblems(DEFAULT_MEETING_KINDS)).toEqual([]);
    const dup = [...DEFAULT_MEETING_KINDS, { ...fourParty, name: '另一种' }];
    expect(kindListProblems(dup)).toEqual([{ path: [7, 'code'], message: '与前面的会议类型代码重复（four-party）' }]);
  });
});
