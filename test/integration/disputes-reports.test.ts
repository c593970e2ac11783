import type { DisputeCategory } from '#shared/domain/disputes/disputes.schema';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;

beforeAll(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  const add = (receivedAt: string, category: DisputeCategory, estateId = reg.estateId) =>
    ok(t.app, t.admin, 'disputes:create', intake(estateId, { receivedAt, category, description: `${category} 纠纷` }));
  // October 2026: 2 cases. November 2026: 4 cases, property-fee leading.
  await add('2026-10-05T10:00:00+08:00', 'repairs');
  await add('2026-10-31T23:30:00+08:00', 'parking');
  await add('2026-11-01T00:10:00+08:00', 'property-fee');
  await add('2026-11-03T10:00:00+08:00', 'property-fee', reg.otherEstateId);
  const settled = await add('2026-11-04T10:00:00+08:00', 'noise-neighbours');
  await add('2026-11-05T10:00:00+08:00', 'repairs');
  let d = await ok(t.app, t.admin, 'disputes:assign', { id: settled.id, version: settled.version, mediatorId: reg.mediatorId });
  d = await ok(t.app, t.admin, 'disputes:record-session', { id: d.id, version: d.version, heldAt: '2026-11-04T15:00:00+08:00', place: '调解室', attendees: '双方', notes: '当面协商' });
  await ok(t.app, t.admin, 'disputes:record-outcome', { id: d.id, version: d.version, outcome: 'settled', agreedTerms: '停止噪音', performance: '自觉履行', performanceDue: '2026-11-30T00:00:00+08:00' });
});
afterAll(() => t.close());

describe('每月研判 (monthly analysis)', () => {
  it('counts by Shanghai calendar month, against the previous month', async () => {
    const m = await ok(t.app, t.admin, 'disputes:monthly-analysis', { month: '2026-11' });
    expect(m.received).toEqual({ count: 4, previous: 2 });
    expect(m.byCategory[0]).toMatchObject({ key: 'property-fee', label: '物业费', count: 2, previous: 0 });
    expect(m.byCategory.find((r) => r.key === 'parking')).toMatchObject({ count: 0, previous: 1 });
    expect(m.topCategories[0]).toMatchObject({ key: 'property-fee', share: 50 });
    expect(m.byEstate.map((r) => [r.label, r.count])).toEqual([['锦湖紫竹苑', 3], ['翰林名都', 1]]);
    expect(m.byCompany.find((r) => r.label === '（无物业服务企业）')?.count).toBe(1);
    expect(m.byTier.reduce((s, r) => s + r.count, 0)).toBe(4);
    expect(m.outcomes).toMatchObject({ settled: 1, failed: 0, successRate: 100 });
    // Every October case is long past its deadline with nothing recorded.
    expect(m.overdue.previous).toBe(2);
  });

  it('refuses a malformed month', async () => {
    const bad = await t.app.dispatch('disputes:monthly-analysis', { month: '2026-13' }, t.admin);
    expect(bad.ok || bad.error.code).toBe('invalid-input');
  });

  it('counts disputes against a company by category, and the dashboard puts overdue first', async () => {
    const summary = await ok(t.app, t.admin, 'disputes:company-summary', { companyId: reg.companyId });
    expect(summary.total).toBe(5);
    expect(summary.byCategory[0]).toMatchObject({ key: 'repairs', count: 2 });
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', {});
    expect(dash.open).toBe(6);
    expect(dash.overdue.rows.length).toBe(dash.overdue.total);
    expect(dash.overdue.rows.every((r) => r.overdue)).toBe(true);
  });
});
