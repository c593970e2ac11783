import { describe, expect, it } from 'vitest';
import { committeeSideOf, invitableMembers, memberAttendeeProblems, memberSideProblems } from '#shared/domain/meetings/committee-side';
import { DEFAULT_MEETING_KINDS } from '#shared/domain/meetings/meeting-kinds';
import { attendeesOffSides } from '#shared/domain/meetings/meeting-rules';

const kind = (code: string) => DEFAULT_MEETING_KINDS.find((k) => k.code === code)!;

describe('the committee side of a meeting kind', () => {
  it.each([
    ['four-party', 'owners-committee'],
    ['red-property', 'owners-committee'],
    ['consultation', 'owners-committee'],
    ['owners-assembly', 'owners-committee'],
    ['community-weekly', null],
    ['street-monthly', null],
    ['other', null],
  ])('%s → %s', (code, side) => {
    expect(committeeSideOf(kind(code).sides)?.code ?? null).toBe(side);
  });

  it('a kind the director added may name the side by its label only', () => {
    expect(committeeSideOf([{ code: 'company', label: '物业服务企业' }, { code: 'ywh', label: '业委会' }])?.code).toBe('ywh');
    expect(committeeSideOf([{ code: 'company', label: '物业服务企业' }, { code: 'owners', label: '业主' }])).toBeNull();
  });
});

describe('members offered and checked', () => {
  const members = [
    { id: 'a', name: '张建国', ceasedOn: null },
    { id: 'b', name: '李红梅', ceasedOn: null },
    { id: 'c', name: '周卫东', ceasedOn: '2026-03-01' },
  ];
  it('offers serving members not yet on the list', () => {
    expect(invitableMembers(members, [{ committeeMemberId: 'a' }, { committeeMemberId: null }]).map((m) => m.id)).toEqual(['b']);
    expect(invitableMembers(members, []).map((m) => m.id)).toEqual(['a', 'b']);
  });

  it('names the side, the duplicate and the member of another place', () => {
    const sides = kind('four-party').sides;
    expect(memberSideProblems([{ committeeMemberId: 'a', side: 'company' }, { committeeMemberId: null, side: 'company' }], sides)).toEqual([
      { path: ['attendees', 0, 'side'], message: '业委会成员应列在「业主委员会」方' },
    ]);
    const places = new Map([['a', { estateId: 'e1', communityId: 'c1' }], ['b', { estateId: 'e2', communityId: 'c1' }]]);
    const at = { scope: 'estate' as const, estateId: 'e1', communityId: 'c1' };
    expect(memberAttendeeProblems([{ committeeMemberId: 'a' }, { committeeMemberId: 'a' }, { committeeMemberId: 'b' }], sides, at, (id) => places.get(id), '四方联席会议')).toEqual([
      { path: ['attendees', 1, 'committeeMemberId'], message: '该业委会成员已在参会人员名单中' },
      { path: ['attendees', 2, 'committeeMemberId'], message: '不是本小区业委会的成员' },
    ]);
    expect(memberAttendeeProblems([{ committeeMemberId: 'b' }], sides, { scope: 'community', estateId: null, communityId: 'c1' }, (id) => places.get(id), '红色物业联席会议')).toEqual([]);
    expect(memberAttendeeProblems([{ committeeMemberId: 'a' }], kind('community-weekly').sides, at, (id) => places.get(id), '社区物业问题碰头会')[0]?.message).toBe('社区物业问题碰头会没有业主委员会方，不能关联业委会成员');
  });
});

describe('attendees a change of kind would leave off its sides', () => {
  const person = (name: string, side: string, committeeMemberId: string | null = null) => ({ name, side, invited: true, attendance: null, uninvitedReason: null, committeeMemberId });
  const list = [person('王强', 'company'), person('张建国', 'owners-committee', 'm1'), person('陈静', 'residents')];

  it('names, in list order, those whose side the new kind lacks', () => {
    expect(attendeesOffSides(list, kind('four-party'))).toEqual([]);
    expect(attendeesOffSides(list, kind('other'))).toEqual(['王强', '张建国', '陈静']);
  });

  it('names a committee member off the committee side even where the side exists', () => {
    const sides = [...kind('four-party').sides];
    expect(attendeesOffSides([person('张建国', 'company', 'm1')], { ...kind('four-party'), sides })).toEqual(['张建国']);
  });
});
