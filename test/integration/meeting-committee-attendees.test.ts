import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, sittingCommittee } from './helpers/committee-fixtures';
import { attendee, fourParty, seedMeetingRegistry, type MeetingRegistry } from './helpers/meeting-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

// The test clock reads 25 November 2026, 14:00 in Shanghai.
let t: TestLedger;
let reg: MeetingRegistry;
let chairId: string;
let memberId: string;
let otherMemberId: string;
let farMemberId: string;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedMeetingRegistry(t.app, t.admin);
  const c = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId));
  chairId = (await ok(t.app, t.admin, 'committees:add-member', member(c.id, 1, { name: '张建国', position: 'chair' }))).members[0]!.id;
  memberId = (await ok(t.app, t.admin, 'committees:add-member', member(c.id, 2, { name: '李红梅' }))).members.find((m) => m.name === '李红梅')!.id;
  const o = await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.otherEstateId, { partyBranch: null }));
  otherMemberId = (await ok(t.app, t.admin, 'committees:add-member', member(o.id, 3, { name: '周卫东' }))).members[0]!.id;
  const community = await ok(t.app, t.admin, 'registry:create-community', { name: '金桂社区' });
  const far = await ok(t.app, t.admin, 'registry:create-estate', { name: '桂花苑', address: '金桂路 20 号', communityId: community.id, companyId: null, households: 300 });
  const f = await ok(t.app, t.admin, 'committees:create', sittingCommittee(far.id, { partyBranch: null }));
  farMemberId = (await ok(t.app, t.admin, 'committees:add-member', member(f.id, 4, { name: '吴桂兰' }))).members[0]!.id;
});
afterEach(() => t.close());

async function refused(input: Record<string, unknown>, field: string, message: string) {
  const before = changeCount(t.app);
  const r = await t.app.dispatch('meetings:create', input as never, t.admin);
  expect(r.ok).toBe(false);
  if (r.ok) return;
  expect(r.error.code).toBe('invalid-input');
  expect(r.error.issues?.map((i) => i.path.at(-1))).toContain(field);
  expect(r.error.message).toContain(message);
  expect(changeCount(t.app)).toBe(before);
}

const fromCommittee = (name: string, id: string, side = 'owners-committee') => attendee(name, side, { organisation: '业主委员会委员', committeeMemberId: id });

describe('attendees picked from the estate committee’s members', () => {
  it('stores the member link on the committee side and reads it back', async () => {
    const m = await ok(t.app, t.admin, 'meetings:create', fourParty(reg, { status: 'planned', startsAt: '2026-12-02T09:00:00+08:00', endsAt: '2026-12-02T11:00:00+08:00', attendees: [attendee('王强', 'company')] }));
    const next = await ok(t.app, t.admin, 'meetings:set-attendees', {
      id: m.id, version: m.version,
      attendees: [...m.attendees.map((a) => ({ ...a, uninvitedReason: null })), fromCommittee('张建国', chairId), fromCommittee('李红梅', memberId)],
    });
    expect(next.attendees.map((a) => [a.name, a.side, a.committeeMemberId])).toEqual([
      ['王强', 'company', null],
      ['张建国', 'owners-committee', chairId],
      ['李红梅', 'owners-committee', memberId],
    ]);
  });

  it('refuses a member on another side, twice, or of another estate’s committee, naming the field, writing nothing', async () => {
    await refused(fourParty(reg, { attendees: [fromCommittee('张建国', chairId, 'company')] }), 'side', '业委会成员应列在「业主委员会」方');
    await refused(fourParty(reg, { attendees: [fromCommittee('张建国', chairId), fromCommittee('张建国', chairId)] }), 'committeeMemberId', '已在参会人员名单中');
    await refused(fourParty(reg, { attendees: [fromCommittee('周卫东', otherMemberId)] }), 'committeeMemberId', '不是本小区业委会的成员');
  });

  it('a community meeting takes members of its estates’ committees only; a kind without a committee side takes none', async () => {
    const redProperty = (attendees: ReturnType<typeof attendee>[]) => ({
      ...fourParty(reg, { attendees }), kind: 'red-property', scope: 'community' as const, estateId: null, communityId: reg.communityId, title: '温泉社区红色物业联席会议',
    });
    const ok1 = await ok(t.app, t.admin, 'meetings:create', redProperty([fromCommittee('张建国', chairId), fromCommittee('周卫东', otherMemberId)]));
    expect(ok1.attendees.map((a) => a.committeeMemberId)).toEqual([chairId, otherMemberId]);
    await refused(redProperty([fromCommittee('吴桂兰', farMemberId)]), 'committeeMemberId', '不是本社区内小区业委会的成员');
    await refused(
      { ...redProperty([]), kind: 'community-weekly', title: '碰头会', attendees: [fromCommittee('张建国', chairId, 'community')] },
      'committeeMemberId',
      '社区物业问题碰头会没有业主委员会方',
    );
  });
});

describe('moving a meeting with committee members on its list', () => {
  it('refuses another estate while the old committee’s members are listed, naming 小区, writing nothing', async () => {
    const m = await ok(t.app, t.admin, 'meetings:create', fourParty(reg, { attendees: [fromCommittee('张建国', chairId), attendee('王强', 'company')] }));
    const before = changeCount(t.app);
    const facts = {
      id: m.id, version: m.version, kind: m.kind, scope: m.scope, estateId: reg.otherEstateId, communityId: null, title: m.title, status: m.status,
      startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, hostName: m.hostName, hostStaffId: m.hostStaffId, recorderName: m.recorderName, recorderStaffId: m.recorderStaffId, discussionNotes: null,
    };
    const r = await t.app.dispatch('meetings:update', facts, t.admin);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.error.issues?.[0]?.path).toEqual(['estateId']);
      expect(r.error.message).toContain('参会人员中有不属于该地点业委会的成员（张建国）');
    }
    expect(changeCount(t.app)).toBe(before);
    // The same estate keeps them.
    const same = await ok(t.app, t.admin, 'meetings:update', { ...facts, estateId: reg.estateId, place: '物业用房三楼会议室' });
    expect(same.attendees.find((a) => a.name === '张建国')?.committeeMemberId).toBe(chairId);
  });

  it('refuses another kind whose sides leave attendees on a side it does not have, naming 会议类型 and them, writing nothing', async () => {
    const m = await ok(t.app, t.admin, 'meetings:create', fourParty(reg, { attendees: [attendee('王强', 'company'), attendee('陈静', 'residents')] }));
    const before = changeCount(t.app);
    const facts = {
      id: m.id, version: m.version, kind: 'other', scope: m.scope, estateId: reg.estateId, communityId: null, title: m.title, status: m.status,
      startsAt: m.startsAt, endsAt: m.endsAt, place: m.place, hostName: m.hostName, hostStaffId: m.hostStaffId, recorderName: m.recorderName, recorderStaffId: m.recorderStaffId, discussionNotes: null,
    };
    const r = await t.app.dispatch('meetings:update', facts, t.admin);
    expect(r.ok ? null : r.error.issues?.[0]?.path).toEqual(['kind']);
    expect(r.ok ? '' : r.error.message).toContain('改为其他会议后，王强、陈静所在的参会方不在该类会议中');
    expect(changeCount(t.app)).toBe(before);
    // Keeping the kind, the same facts save.
    const same = await ok(t.app, t.admin, 'meetings:update', { ...facts, kind: m.kind, place: '物业用房三楼会议室' });
    expect(same.kind).toBe('four-party');
  });
});
