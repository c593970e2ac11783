import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import type { Session } from '#core/call-context';
import { sessionAs } from './helpers/committee-fixtures';
import { attendee, fourParty, seedMeetingRegistry, topic, withAttendance, type MeetingRegistry } from './helpers/meeting-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';
import { refusedWithNothingWritten } from './helpers/refused';

let t: TestLedger;
let reg: MeetingRegistry;
let secretary: Session;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedMeetingRegistry(t.app, t.admin);
  secretary = await sessionAs(t.app, t.admin, 'secretary', 'jilu');
});
afterEach(() => t.close());

/** Dispatches a bad input and checks it is refused with `code` on `field`, with nothing written. */
const refused = (channel: string, input: Record<string, unknown>, code: string, field?: string, session: Session = secretary) => refusedWithNothingWritten(t.app, session, channel, input, code, field);

/** A held 四方联席会议 with everyone present, one topic on the agenda and one resolution voted 5–1–0. */
async function recordedMeeting() {
  const tp = await ok(t.app, secretary, 'meetings:create-topic', topic({ estateId: reg.estateId }));
  let m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
  m = await ok(t.app, secretary, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees) });
  m = await ok(t.app, secretary, 'meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明改造方案', topicId: tp.id, discussion: '物业报价 3.2 万元' }] });
  m = await ok(t.app, secretary, 'meetings:set-resolutions', {
    id: m.id, version: m.version, resolutions: [{ resolutionText: '同意使用公共收益 3.2 万元改造车库照明', topicId: tp.id, vote: { votesFor: 5, votesAgainst: 1, votesAbstain: 0 } }],
  });
  return { m, topicId: tp.id };
}

describe('a 四方联席会议 from sign-in sheet to locked minutes', () => {
  it('records, submits, approves as the host, locks with the SHA-256 in the change log, and takes an addendum', async () => {
    const { m, topicId } = await recordedMeeting();
    expect(m.resolutions[0]).toMatchObject({ outcome: 'passed', vote: { for: 5, against: 1, abstain: 0 } });
    expect(m.gaps).toEqual([]);
    const topics = await ok(t.app, secretary, 'meetings:list-topics', { meetingId: m.id });
    expect(topics.map((x) => [x.id, x.status, x.resolutionId])).toEqual([[topicId, 'resolved', m.resolutions[0]!.id]]);

    const submitted = await ok(t.app, secretary, 'meetings:minutes-action', { id: m.id, version: m.version, action: 'submit' });
    expect(submitted.minutesStatus).toBe('submitted');
    // The secretary is not the host: approving is refused, naming who may.
    const r = await t.app.dispatch('meetings:minutes-action', { id: m.id, version: submitted.version, action: 'approve' }, secretary);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'forbidden-transition', message: '只有主持人或主任可以审定纪要' });
    // The host's account (a reviewer standing for 陈秀英) may approve.
    await ok(t.app, t.admin, 'auth:create-operator', { username: 'chenxy', displayName: '陈秀英', role: 'reviewer', password: 'long-enough-pw', staffId: reg.hostStaffId });
    const host: Session = { principal: null };
    await ok(t.app, host, 'auth:sign-in', { username: 'chenxy', password: 'long-enough-pw' });
    const approved = await ok(t.app, host, 'meetings:minutes-action', { id: m.id, version: submitted.version, action: 'approve' });
    expect(approved).toMatchObject({ minutesStatus: 'approved', approverName: '陈秀英' });
    const locked = await ok(t.app, host, 'meetings:minutes-action', { id: m.id, version: approved.version, action: 'lock' });
    expect(locked.minutesStatus).toBe('locked');
    expect(locked.minutesHash).toMatch(/^[0-9a-f]{64}$/);
    expect(locked.actions).toEqual(['addendum']);

    // The hash in the change log's lock entry is the SHA-256 of the minutes rebuilt from the stored rows.
    const entry = t.app.ledger.raw.prepare(`SELECT payload FROM changes WHERE entity = 'meetings' AND entity_id = ? ORDER BY seq DESC LIMIT 1`).get(m.id) as { payload: string };
    const logged = JSON.parse(entry.payload) as { minutes_hash: string; minutes_status: string };
    expect(logged).toMatchObject({ minutes_status: 'locked', minutes_hash: locked.minutesHash });
    const rows = (table: string) => t.app.ledger.raw.prepare(`SELECT * FROM ${table} WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position`).all(m.id) as Record<string, unknown>[];
    const row = t.app.ledger.raw.prepare('SELECT * FROM meetings WHERE id = ?').get(m.id) as Record<string, unknown>;
    const text = JSON.stringify([
      'minutes/1', row.id, row.kind, row.scope, row.estate_id, row.community_id, row.title, row.status, row.starts_at, row.ends_at, row.place, row.host_name, row.recorder_name, row.notes,
      rows('meeting_attendees').map((a) => [a.position, a.name, a.side, a.organisation, a.invited, a.attendance, a.uninvited_reason]),
      rows('meeting_agenda_items').map((i) => [i.position, i.title, i.topic_id, i.discussion]),
      rows('meeting_resolutions').map((x) => [x.position, x.content, x.topic_id, x.vote_taken, x.votes_for, x.votes_against, x.votes_abstain, x.outcome]),
    ]);
    expect(createHash('sha256').update(text, 'utf8').digest('hex')).toBe(logged.minutes_hash);

    // After the lock: any change but an addendum is refused and writes nothing.
    const message = await refused('meetings:set-resolutions', { id: m.id, version: locked.version, resolutions: [] }, 'forbidden-transition');
    expect(message).toContain('纪要已锁定');
    const { attendees: _list, ...facts } = fourParty(reg);
    expect(await refused('meetings:update', { ...facts, id: m.id, version: locked.version, title: '改过的标题', discussionNotes: null }, 'forbidden-transition')).toContain('纪要已锁定');
    await refused('meetings:set-attendees', { id: m.id, version: locked.version, attendees: withAttendance(locked.attendees, ['陈芳']) }, 'forbidden-transition');
    await refused('meetings:add-addendum', { id: m.id, version: locked.version, addedOn: '2026-11-25', addendumText: '更正：' }, 'forbidden-transition', undefined, secretary);
    const withAddendum = await ok(t.app, host, 'meetings:add-addendum', { id: m.id, version: locked.version, addedOn: '2026-11-25', addendumText: '第一项决议金额以审计结果为准' });
    expect(withAddendum.addenda).toEqual([expect.objectContaining({ addedOn: '2026-11-25', signerName: '陈秀英', content: '第一项决议金额以审计结果为准' })]);
    expect(withAddendum.minutesHash).toBe(locked.minutesHash);
    const check = await ok(t.app, t.admin, 'system:check', {});
    expect(check.problems).toEqual([]);
  });

  it('ledger check names a locked minutes edited by hand', async () => {
    const { m } = await recordedMeeting();
    let v = (await ok(t.app, t.admin, 'meetings:minutes-action', { id: m.id, version: m.version, action: 'submit' })).version;
    v = (await ok(t.app, t.admin, 'meetings:minutes-action', { id: m.id, version: v, action: 'approve' })).version;
    await ok(t.app, t.admin, 'meetings:minutes-action', { id: m.id, version: v, action: 'lock' });
    expect((await ok(t.app, t.admin, 'system:check', {})).ok).toBe(true);
    t.app.ledger.raw.prepare(`UPDATE meeting_resolutions SET votes_against = 0, votes_for = 6 WHERE meeting_id = ?`).run(m.id);
    const check = await ok(t.app, t.admin, 'system:check', {});
    expect(check.ok).toBe(false);
    expect(check.problems.some((p) => p.startsWith('会议纪要「锦湖紫竹苑四方联席会议」（2026-11-20）锁定后被改动'))).toBe(true);
  });

  it('refuses to submit minutes without attendance or with a resolution not voted, naming what is missing', async () => {
    let m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    m = await ok(t.app, secretary, 'meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '下次会议再议', topicId: null, vote: null }] });
    const message = await refused('meetings:minutes-action', { id: m.id, version: m.version, action: 'submit' }, 'forbidden-transition');
    expect(message).toBe('纪要还不能提交：未点名签到（张建国、李红梅、王强、赵丽、刘志明、陈芳）；决议尚未表决（第 1 项）');
    // Approve before submit, lock before approve: refused by the same rule.
    expect(await refused('meetings:minutes-action', { id: m.id, version: m.version, action: 'lock' }, 'forbidden-transition', undefined, t.admin)).toBe('纪要尚未审定，不能锁定：须先审定再锁定');
    m = await ok(t.app, secretary, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees, ['王强', '赵丽']) });
    expect(m.gaps).toEqual(['必须参会的一方无人出席（物业服务企业）', '决议尚未表决（第 1 项）']);
  });
});

describe('bad input is refused with the field named and nothing written', () => {
  it('a meeting in the future recorded as held, and an end before its start', async () => {
    expect(await refused('meetings:create', fourParty(reg, { startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T10:00:00+08:00' }), 'invalid-input', 'startsAt')).toContain('「开始时间」晚于当前时间');
    const planned = await ok(t.app, secretary, 'meetings:create', fourParty(reg, { status: 'planned', startsAt: '2026-12-01T09:00:00+08:00', endsAt: '2026-12-01T10:00:00+08:00' }));
    // Marking the planned meeting held before it starts is refused the same way (the stored instant, as the page sends it back).
    const { attendees: _a, ...facts } = fourParty(reg);
    const asHeld = { ...facts, id: planned.id, version: planned.version, startsAt: planned.startsAt, endsAt: planned.endsAt, discussionNotes: null };
    await refused('meetings:update', asHeld, 'invalid-input', 'startsAt');
    await refused('meetings:set-attendees', { id: planned.id, version: planned.version, attendees: withAttendance(planned.attendees) }, 'invalid-input', 'attendance');
    expect(await refused('meetings:create', fourParty(reg, { endsAt: '2026-11-20T08:00:00+08:00' }), 'invalid-input', 'endsAt')).toBe('「结束时间」不能早于或等于开始时间');
  });

  it('an uninvited person present without the reason', async () => {
    const m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    const list = [...withAttendance(m.attendees), attendee('孙伟', 'residents', { invited: false, attendance: 'present' })];
    expect(await refused('meetings:set-attendees', { id: m.id, version: m.version, attendees: list }, 'invalid-input', 'uninvitedReason')).toBe('「未受邀出席的原因」孙伟未受邀而出席，须说明原因');
    const reasoned = list.map((a) => (a.name === '孙伟' ? { ...a, uninvitedReason: '代陈芳出席' } : a));
    const saved = await ok(t.app, secretary, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: reasoned });
    expect(saved.attendees.at(-1)).toMatchObject({ name: '孙伟', invited: false, attendance: 'present', uninvitedReason: '代陈芳出席' });
  });

  it('a vote with more votes than attendees present', async () => {
    let m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    m = await ok(t.app, secretary, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees, ['陈芳']) });
    const message = await refused('meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '同意', topicId: null, vote: { votesFor: 4, votesAgainst: 1, votesAbstain: 1 } }] }, 'invalid-input', 'vote');
    expect(message).toBe('「表决」同意、反对、弃权合计 6 票，多于出席人数 5 人');
  });

  it('a resolution on a topic of another meeting', async () => {
    const tp = await ok(t.app, secretary, 'meetings:create-topic', topic());
    const other = await ok(t.app, secretary, 'meetings:create', fourParty(reg, { estateId: reg.otherEstateId, title: '翰林名都四方联席会议' }));
    await ok(t.app, secretary, 'meetings:set-agenda', { id: other.id, version: other.version, agenda: [{ itemTitle: '车库照明', topicId: tp.id, discussion: null }] });
    const m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    expect(await refused('meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '同意', topicId: tp.id, vote: null }] }, 'invalid-input', 'topicId')).toBe('「议题」该议题不在本次会议的议程上');
    expect(await refused('meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明', topicId: tp.id, discussion: null }] }, 'invalid-input', 'topicId')).toBe('「议题」该议题已列入另一次会议的议程');
  });

  it('two secretaries saving the same minutes: the second save gets conflict and nothing of the first is lost', async () => {
    const other = await sessionAs(t.app, t.admin, 'secretary', 'jilu2');
    let m = await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    m = await ok(t.app, secretary, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: withAttendance(m.attendees) });
    const first = await ok(t.app, secretary, 'meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '甲的决议', topicId: null, vote: { votesFor: 6, votesAgainst: 0, votesAbstain: 0 } }] });
    expect(await refused('meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '乙的决议', topicId: null, vote: null }] }, 'conflict', undefined, other)).toContain('已被其他人修改');
    const now = await ok(t.app, other, 'meetings:get', { id: m.id });
    expect(now.resolutions.map((r) => r.content)).toEqual(['甲的决议']);
    expect(now.version).toBe(first.version);
  });

  it('a dispute topic without its case, and a topic received in the future', async () => {
    await refused('meetings:create-topic', topic({ source: 'dispute' }), 'invalid-input', 'caseId');
    await refused('meetings:create-topic', topic({ receivedAt: '2026-12-01T09:00:00+08:00' }), 'invalid-input', 'receivedAt');
  });
});

describe('meeting kinds as data', () => {
  it('saves an edited list with its version, refuses a stale one and a removed kind in use', async () => {
    const start = await ok(t.app, t.admin, 'meetings:get-kinds', {});
    expect(start.version).toBeNull();
    expect(start.kinds.map((k) => k.code)).toEqual(['four-party', 'red-property', 'consultation', 'community-weekly', 'street-monthly', 'owners-assembly', 'other']);
    const kinds = start.kinds.map((k) => (k.code === 'four-party' ? { ...k, cadence: 'monthly' as const } : k));
    const saved = await ok(t.app, t.admin, 'meetings:update-kinds', { version: null, kinds });
    expect(saved.version).toBe(1);
    expect(saved.kinds[0]!.cadence).toBe('monthly');
    expect(await refused('meetings:update-kinds', { version: null, kinds }, 'conflict', undefined, t.admin)).toContain('已被其他人修改');
    await ok(t.app, secretary, 'meetings:create', fourParty(reg));
    expect(await refused('meetings:update-kinds', { version: 1, kinds: kinds.filter((k) => k.code !== 'four-party') }, 'invalid-input', 'kinds', t.admin)).toContain('four-party');
    const dup = kinds.map((k, i) => (i === 1 ? { ...k, name: '四方联席会议' } : k));
    expect(await refused('meetings:update-kinds', { version: 1, kinds: dup }, 'invalid-input', 'name', t.admin)).toContain('重名');
    await refused('meetings:update-kinds', { version: 1, kinds }, 'forbidden', undefined, secretary);
  });
});
