import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';
import type { Ports } from '#core/ports';
import { attendee, seedMeetingRegistry, type MeetingRegistry } from './helpers/meeting-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

/** A clock the test moves: the office is set up on 1 September 2026, the meetings recorded on 25 November. */
let at = Date.parse('2026-09-01T02:00:00.000Z');
const ports: Ports = { clock: { now: () => new Date((at += 1000)) }, ids: { next: () => uuidv7({ msecs: at, random: randomBytes(16) }) } };

let t: TestLedger;
let reg: MeetingRegistry;
beforeAll(async () => {
  t = await bootstrappedLedger(ports);
  reg = await seedMeetingRegistry(t.app, t.admin);
  at = Date.parse('2026-11-25T06:00:00.000Z');
  // Sunday 15 November, 23:30 in Shanghai (15:30 UTC): still week 46 in China.
  await ok(t.app, t.admin, 'meetings:create', {
    kind: 'community-weekly', scope: 'community', estateId: null, communityId: reg.communityId, title: '温泉社区物业问题碰头会', status: 'held',
    startsAt: '2026-11-15T23:00:00+08:00', endsAt: '2026-11-15T23:30:00+08:00', place: '社区会议室', hostName: '陈秀英', hostStaffId: null, recorderName: '周敏', recorderStaffId: null,
    attendees: [attendee('刘社区', 'community'), attendee('王物业', 'company')],
  });
}, 60_000);
afterAll(() => t.close());

describe('held and missed meetings per period', () => {
  it('counts the 三级会商 levels from the office and community set-up onward, weeks and months in China', async () => {
    const r = await ok(t.app, t.admin, 'meetings:missed', { year: 2026 });
    // Weeks 36 (31 Aug–6 Sep, holding the set-up day) to 47 have ended; week 48 is still running.
    expect(r.levels).toEqual([
      { kind: 'community-weekly', kindName: '社区物业问题碰头会', expected: 12, held: 1, missed: 11 },
      { kind: 'street-monthly', kindName: '街道物业联席会议', expected: 2, held: 0, missed: 2 },
    ]);
    const weekly = r.missed.filter((m) => m.kind === 'community-weekly').map((m) => m.period);
    expect(weekly).not.toContain('2026-W46');
    expect(weekly).toContain('2026-W47');
    expect(weekly).toContain('2026-W36');
    expect(weekly).not.toContain('2026-W35');
    // Each estate missed its quarterly 四方联席会议 of Q3 (it existed from 1 September); Q4 is still open.
    expect(r.missed.filter((m) => m.kind === 'four-party').map((m) => [m.unitName, m.period]).sort()).toEqual([['翰林名都', '2026-Q3'], ['锦湖紫竹苑', '2026-Q3']]);
  });

  it('the period view marks each cell, and an estate sees only its own', async () => {
    const p = await ok(t.app, t.admin, 'meetings:periods', { year: 2026, kind: 'community-weekly' });
    expect(p.rows).toHaveLength(1);
    const cells = new Map(p.rows[0]!.cells.map((c) => [c.key, c.state]));
    expect([cells.get('2026-W35'), cells.get('2026-W46'), cells.get('2026-W47'), cells.get('2026-W48'), cells.get('2026-W49')]).toEqual(['before', 'held', 'missed', 'open', 'open']);
    const estate = await ok(t.app, t.admin, 'meetings:missed', { year: 2026, estateId: reg.estateId });
    expect(estate.missed.map((m) => [m.unitName, m.kind, m.period])).toEqual([['锦湖紫竹苑', 'four-party', '2026-Q3']]);
  });
});
