import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Ports } from '#core/ports';
import { inspectionItem } from './helpers/action-fixtures';
import { attendee, fourParty, seedMeetingRegistry, topic, type MeetingRegistry } from './helpers/meeting-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

/**
 * What the community page (社区详情页) reads, one community at a time: its missed
 * meetings, its meetings, the open action items of its estates and the topics about
 * it. The office and both communities are set up on 1 September 2026; the meetings
 * are recorded on 25 November.
 */
let at = Date.parse('2026-09-01T02:00:00.000Z');
const ports: Ports = { clock: { now: () => new Date((at += 1000)) }, ids: { next: () => uuidv7({ msecs: at, random: randomBytes(16) }) } };

let t: TestLedger;
let reg: MeetingRegistry;
let other: { communityId: string; estateId: string };
beforeAll(async () => {
  t = await bootstrappedLedger(ports);
  reg = await seedMeetingRegistry(t.app, t.admin);
  const c = await ok(t.app, t.admin, 'registry:create-community', { name: '金桂社区' });
  const e = await ok(t.app, t.admin, 'registry:create-estate', { name: '桂花苑', address: '金桂路 20 号', communityId: c.id, companyId: null, households: 300 });
  other = { communityId: c.id, estateId: e.id };
  at = Date.parse('2026-11-25T06:00:00.000Z');
  // 温泉社区 held its weekly meeting in week 46 (Sunday 15 November, Shanghai); 金桂社区 did not.
  await ok(t.app, t.admin, 'meetings:create', {
    kind: 'community-weekly', scope: 'community', estateId: null, communityId: reg.communityId, title: '温泉社区物业问题碰头会', status: 'held',
    startsAt: '2026-11-15T20:00:00+08:00', endsAt: '2026-11-15T21:00:00+08:00', place: '社区会议室', hostName: '陈秀英', hostStaffId: null, recorderName: '周敏', recorderStaffId: null,
    attendees: [attendee('刘社区', 'community'), attendee('王物业', 'company')],
  });
  await ok(t.app, t.admin, 'meetings:create', fourParty(reg));
  await ok(t.app, t.admin, 'meetings:create', fourParty({ ...reg, estateId: other.estateId }, { title: '桂花苑四方联席会议' }));
}, 60_000);
afterAll(() => t.close());

describe('one community in the channels the community page reads', () => {
  it('meetings:missed for a community counts its own periods and its estates, not the street or another community', async () => {
    const r = await ok(t.app, t.admin, 'meetings:missed', { year: 2026, communityId: reg.communityId });
    // Weeks 36 to 47 have ended since the community was set up; week 46 was held. No street level for one community.
    expect(r.levels).toEqual([{ kind: 'community-weekly', kindName: '社区物业问题碰头会', expected: 12, held: 1, missed: 11 }]);
    expect(new Set(r.missed.map((m) => m.unitName))).toEqual(new Set(['温泉社区', '锦湖紫竹苑', '翰林名都']));
    const weekly = r.missed.filter((m) => m.kind === 'community-weekly').map((m) => m.period);
    expect(weekly).toContain('2026-W47');
    expect(weekly).not.toContain('2026-W46');
    // The estates' quarterly 四方联席会议 of Q3 were missed; Q4 is still running.
    expect(r.missed.filter((m) => m.kind === 'four-party').map((m) => [m.unitName, m.period]).sort()).toEqual([['翰林名都', '2026-Q3'], ['锦湖紫竹苑', '2026-Q3']]);
    expect(r.total).toBe(r.missed.length);

    const g = await ok(t.app, t.admin, 'meetings:missed', { year: 2026, communityId: other.communityId });
    expect(new Set(g.missed.map((m) => m.unitName))).toEqual(new Set(['金桂社区', '桂花苑']));
    expect(g.missed.filter((m) => m.kind === 'community-weekly').map((m) => m.period)).toContain('2026-W46');
    expect(g.levels).toEqual([{ kind: 'community-weekly', kindName: '社区物业问题碰头会', expected: 12, held: 0, missed: 12 }]);
  });

  it('meetings:list by community holds its own meetings and its estates’', async () => {
    const r = await ok(t.app, t.admin, 'meetings:list', { communityId: reg.communityId, offset: 0, limit: 50 });
    expect(r.rows.map((m) => m.title).sort()).toEqual(['温泉社区物业问题碰头会', '锦湖紫竹苑四方联席会议'].sort());
    expect(r.total).toBe(2);
  });

  it('actions:list by community gives the unfinished items of its estates only, overdue first', async () => {
    await ok(t.app, t.admin, 'actions:create', inspectionItem(reg.estateId, { dueOn: '2026-12-05' }));
    await ok(t.app, t.admin, 'actions:create', inspectionItem(reg.otherEstateId, { problem: '2 号楼电梯停运', dueOn: '2026-11-20' }));
    await ok(t.app, t.admin, 'actions:create', inspectionItem(other.estateId, { problem: '桂花苑外墙脱落' }));
    const r = await ok(t.app, t.admin, 'actions:list', { communityId: reg.communityId, offset: 0, limit: 50 });
    expect(r.rows.map((a) => [a.estateName, a.problem, a.overdue])).toEqual([
      ['翰林名都', '2 号楼电梯停运', true],
      ['锦湖紫竹苑', '3 号楼消防通道堆放杂物，消防栓被遮挡', false],
    ]);
    expect(r.total).toBe(2);
    const both = await ok(t.app, t.admin, 'actions:list', { communityId: reg.communityId, estateId: other.estateId, offset: 0, limit: 50 });
    expect(both.total).toBe(0);
    // The export names the community it was filtered by.
    const x = await ok(t.app, t.admin, 'actions:export', { communityId: other.communityId });
    expect(x.rows).toBe(1);
  });

  it('consult:linked-topics by community holds topics of the community and of its estates', async () => {
    await ok(t.app, t.admin, 'meetings:create-topic', topic({ topicTitle: '社区停车位规划', matterKind: 'parking', communityId: reg.communityId }));
    await ok(t.app, t.admin, 'meetings:create-topic', topic({ topicTitle: '翰林名都垃圾分类', matterKind: 'environment', estateId: reg.otherEstateId }));
    await ok(t.app, t.admin, 'meetings:create-topic', topic({ topicTitle: '桂花苑电梯更新', estateId: other.estateId }));
    const r = await ok(t.app, t.admin, 'consult:linked-topics', { communityId: reg.communityId });
    expect(r.map((x) => x.title).sort()).toEqual(['社区停车位规划', '翰林名都垃圾分类'].sort());
    const g = await ok(t.app, t.admin, 'consult:linked-topics', { communityId: other.communityId });
    expect(g.map((x) => x.title)).toEqual(['桂花苑电梯更新']);
  });

  it('refuses a topic query that names nothing, in Chinese, writing nothing', async () => {
    const before = changeCount(t.app);
    const r = await t.app.dispatch('consult:linked-topics', {}, t.admin);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.message).toContain('请指定纠纷案件、小区或社区');
    const bad = await t.app.dispatch('actions:list', { communityId: 'not-an-id', offset: 0, limit: 10 } as never, t.admin);
    expect(bad.ok).toBe(false);
    expect(changeCount(t.app)).toBe(before);
  });
});
