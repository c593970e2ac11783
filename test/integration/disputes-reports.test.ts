import type { DisputeCategory, Satisfaction } from '#shared/domain/disputes/disputes.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { testPorts } from './helpers/test-ports';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
let farEstateId: string;

type Case = { id: string; version: number; receivedAt: string };
const create = (ledger: TestLedger, estateId: string, receivedAt: string, category: DisputeCategory) =>
  ok(ledger.app, ledger.admin, 'disputes:create', intake(estateId, { receivedAt, category, description: `${category} 纠纷` }));

/** Assigned, one session, then the outcome (recorded at the ledger clock's now) and, if given, feedback. */
async function conclude(c: Case, outcome: 'settled' | 'failed', satisfaction?: Satisfaction) {
  let d = await ok(t.app, t.admin, 'disputes:assign', { id: c.id, version: c.version, mediatorId: reg.mediatorId });
  d = await ok(t.app, t.admin, 'disputes:record-session', { id: d.id, version: d.version, heldAt: '2026-11-20T15:00:00+08:00', place: '调解室', attendees: '双方', notes: '当面协商' });
  d = await ok(t.app, t.admin, 'disputes:record-outcome', {
    id: d.id,
    version: d.version,
    outcome,
    ...(outcome === 'settled' ? { agreedTerms: '按约定处理', performance: '自觉履行', performanceDue: '2026-11-30T00:00:00+08:00' } : { failureReason: '双方分歧较大' }),
  });
  if (satisfaction) await ok(t.app, t.admin, 'disputes:record-feedback', { id: d.id, version: d.version, satisfaction });
}

beforeAll(async () => {
  // The test clock: 25 November 2026, 14:00 in Shanghai. November is still running.
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  const fushan = await ok(t.app, t.admin, 'registry:create-community', { name: '浮山社区' });
  farEstateId = (await ok(t.app, t.admin, 'registry:create-estate', { name: '丽景新天地', address: '浮山路 3 号', communityId: fushan.id, companyId: null, households: 600 })).id;
  const add = (receivedAt: string, category: DisputeCategory, estateId = reg.estateId) => create(t, estateId, receivedAt, category);

  // Just before the twelve months ending November 2026, and their first minutes (still 30 November in UTC).
  await add('2025-11-30T23:00:00+08:00', 'other');
  await add('2025-12-01T00:05:00+08:00', 'greening');
  // October 2026: 2 cases; the repair is settled in November.
  const octoberRepair = await add('2026-10-05T10:00:00+08:00', 'repairs');
  await add('2026-10-31T23:30:00+08:00', 'parking');
  // November 2026: 6 received, 4 accepted (one 不予受理, one 已撤回), property-fee leading.
  await add('2026-11-01T00:10:00+08:00', 'property-fee');
  const failed = await add('2026-11-03T10:00:00+08:00', 'property-fee', reg.otherEstateId);
  const noise = await add('2026-11-04T10:00:00+08:00', 'noise-neighbours');
  const farRepair = await add('2026-11-05T10:00:00+08:00', 'repairs', farEstateId);
  const rejected = await add('2026-11-06T10:00:00+08:00', 'parking');
  const withdrawn = await add('2026-11-07T10:00:00+08:00', 'property-fee', reg.otherEstateId);
  await ok(t.app, t.admin, 'disputes:transition', { id: rejected.id, version: rejected.version, to: 'rejected', reason: '不属于物业纠纷调解范围' });
  await ok(t.app, t.admin, 'disputes:transition', { id: withdrawn.id, version: withdrawn.version, to: 'withdrawn', reason: '当事人自行和解' });

  await conclude(octoberRepair, 'settled', 'dissatisfied');
  await conclude(noise, 'settled', 'basically-satisfied');
  await conclude(farRepair, 'settled', 'satisfied');
  await conclude(failed, 'failed');
});
afterAll(() => t.close());

describe('每月研判 (monthly analysis)', () => {
  it('opens on the last complete month by the ledger clock; the running month is marked as not complete', async () => {
    const byDefault = await ok(t.app, t.admin, 'disputes:monthly-analysis', {});
    expect(byDefault).toMatchObject({ month: '2026-10', previousMonth: '2026-09', complete: true });
    expect(byDefault.received.count).toBe(2);
    const running = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(running).toMatchObject({ month: '2026-11', previousMonth: '2026-10', complete: false });
  });

  it('counts 不予受理 and 已撤回 apart from accepted cases; breakdowns and 高发问题 count accepted cases only', async () => {
    const m = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(m.received).toEqual({ count: 6, previous: 2 });
    expect(m.accepted).toEqual({ count: 4, previous: 2 });
    expect(m.rejected).toEqual({ count: 1, previous: 0 });
    expect(m.withdrawn).toEqual({ count: 1, previous: 0 });
    expect(m.byCategory[0]).toMatchObject({ key: 'property-fee', label: '物业费', count: 2, previous: 0 });
    // The rejected parking case is not a November parking dispute; October's still is.
    expect(m.byCategory.find((r) => r.key === 'parking')).toMatchObject({ count: 0, previous: 1 });
    expect(m.topCategories[0]).toMatchObject({ key: 'property-fee', count: 2, share: 50 });
    expect(m.byTier.reduce((s, r) => s + r.count, 0)).toBe(4);
  });

  it('breaks the month down by community as well as estate and company', async () => {
    const m = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(m.byCommunity.map((r) => [r.label, r.count, r.previous])).toEqual([['温泉社区', 3, 2], ['浮山社区', 1, 0]]);
    expect(m.byEstate.map((r) => [r.label, r.count])).toEqual([['锦湖紫竹苑', 2], ['丽景新天地', 1], ['翰林名都', 1]]);
    // Level this month: the company with more cases last month comes first.
    expect(m.byCompany.map((r) => [r.label, r.count])).toEqual([['咸宁荣基物业', 2], ['（无物业服务企业）', 2]]);
  });

  it('gives the success rate by outcome month and the share of feedback that is 满意 or 基本满意', async () => {
    const m = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(m.outcomes).toEqual({ settled: 3, failed: 1, referred: 0, successRate: 75, previousSuccessRate: null });
    expect(m.satisfaction).toEqual({ satisfied: 1, basicallySatisfied: 1, dissatisfied: 1, rate: 66.7, previousRate: null });
    const october = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-10' });
    expect(october.satisfaction).toMatchObject({ rate: null, previousRate: null });
    expect(october.outcomes.successRate).toBeNull();
  });

  it('shows the twelve months ending with the chosen one, grouped by the Shanghai calendar month', async () => {
    const m = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(m.trend.map((p) => p.month)).toEqual(['2025-12', ...Array.from({ length: 11 }, (_, i) => `2026-${String(i + 1).padStart(2, '0')}`)]);
    // 00:05 on 1 December 2025 in Shanghai is in the window; 23:00 on 30 November is not.
    expect(m.trend[0]).toEqual({ month: '2025-12', received: 1, accepted: 1, settled: 0, overdue: 1 });
    expect(m.trend.slice(1, 9).every((p) => p.received === 0 && p.settled === 0 && p.overdue === 0)).toBe(true);
    // The October repair counts as received in October and as settled in November, when it was.
    expect(m.trend[10]).toMatchObject({ month: '2026-10', received: 2, accepted: 2, settled: 0 });
    expect(m.trend[11]).toMatchObject({ month: '2026-11', received: 6, accepted: 4, settled: 3 });
    // The trend's last two months are the month's own figures.
    expect([m.trend[11]?.overdue, m.trend[10]?.overdue]).toEqual([m.overdue.count, m.overdue.previous]);
    // Every October case is long past a deadline (the repair was settled 51 days after receipt).
    expect(m.overdue.previous).toBe(2);
  });

  it('refuses a malformed month', async () => {
    for (const month of ['2026-13', '2026-1', '']) {
      const bad = await t.app.dispatch('disputes:monthly-analysis', { month }, t.admin);
      expect(bad.ok || bad.error.code).toBe('invalid-input');
    }
  });

  it('counts disputes against a company by category, and the dashboard puts overdue first', async () => {
    const summary = await ok(t.app, t.admin, 'disputes:company-summary', { companyId: reg.companyId });
    expect(summary.total).toBe(7);
    expect(summary.byCategory[0]).toMatchObject({ key: 'parking', count: 2 });
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', {});
    // Ten registered; the refused and the withdrawn case are no longer open.
    expect(dash.open).toBe(8);
    expect(dash.overdue.rows.length).toBe(dash.overdue.total);
    expect(dash.overdue.rows.every((r) => r.overdue)).toBe(true);
  });
});

describe('每月研判 in January', () => {
  it('opens on the previous December, with the trend back to the January before', async () => {
    const jan = await bootstrappedLedger(testPorts('2027-01-10T02:00:00.000Z'));
    try {
      const r = await seedRegistry(jan.app, jan.admin);
      await create(jan, r.estateId, '2026-12-31T23:30:00+08:00', 'parking');
      await create(jan, r.estateId, '2027-01-01T00:30:00+08:00', 'parking');
      const m = await ok(jan.app, jan.admin, 'disputes:monthly-analysis', {});
      expect(m).toMatchObject({ month: '2026-12', previousMonth: '2026-11', complete: true, received: { count: 1, previous: 0 } });
      expect(m.trend.map((p) => p.month).slice(0, 2)).toEqual(['2026-01', '2026-02']);
      expect(m.trend.at(-1)).toMatchObject({ month: '2026-12', received: 1 });
    } finally {
      await jan.close();
    }
  });
});
