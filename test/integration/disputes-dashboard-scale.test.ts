import type { Session } from '#core/call-context';
import { fillBulkDisputes } from '#core/demo/bulk-disputes';
import { prng } from '#core/demo/seeded-ports';
import { OPEN_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { orderByUrgency, overdueStep } from '#shared/domain/disputes/urgency';
import type { InputOf } from '#shared/ipc/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedRegistry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';
import { TEST_NOW } from './helpers/test-ports';

// Fifteen thousand demo cases over 300 days, all for one mediator: hundreds of return
// visits months late, and a few recent cases nobody has mediated. The dashboard reads a
// page per step; here it is checked against ordering every late case.
let t: TestLedger;
let mine: Session;
let mediatorId: string;

beforeAll(async () => {
  t = await bootstrappedLedger();
  const reg = await seedRegistry(t.app, t.admin);
  mediatorId = reg.mediatorId;
  fillBulkDisputes(t.app.ledger, { count: 15_000, random: prng(8), now: new Date(TEST_NOW), actor: 'cli:test' });
  await ok(t.app, t.admin, 'auth:create-operator', { username: 'chenxy', displayName: '陈秀英', role: 'mediator', password: 'long-enough-pw', staffId: reg.mediatorId });
  mine = { principal: null };
  await ok(t.app, mine, 'auth:sign-in', { username: 'chenxy', password: 'long-enough-pw' });
}, 120_000);
afterAll(() => t.close());

/** Every case of a filter, page by page, in the order urgency.ts defines. */
async function everything(filter: Omit<InputOf<'disputes:list'>, 'offset' | 'limit'>): Promise<DisputeRow[]> {
  const rows: DisputeRow[] = [];
  for (let offset = 0; ; offset += 500) {
    const page = await ok(t.app, t.admin, 'disputes:list', { ...filter, offset, limit: 500 });
    rows.push(...page.rows);
    if (rows.length >= page.total) return orderByUrgency(rows);
  }
}

const caseNos = (rows: { caseNo: string }[]) => rows.map((r) => r.caseNo);

describe('工作台 over a large ledger', () => {
  it('shows the same first late cases as ordering all of them, return visits last', async () => {
    const all = await everything({ overdue: true });
    expect(all.filter((r) => overdueStep(r.deadlines) === 'return-visit').length).toBeGreaterThan(500);
    expect(overdueStep(all[0]!.deadlines)).not.toBe('return-visit');
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', { limit: 20 });
    expect(dash.overdue.total).toBe(all.length);
    expect(caseNos(dash.overdue.rows)).toEqual(caseNos(all.slice(0, 20)));
    expect(dash.overdue.bySteps.reduce((n, s) => n + s.count, 0)).toBe(all.length);
  });

  it('gives the mediator the most urgent open cases, not the oldest of five hundred late return visits', async () => {
    const all = await everything({ status: [...OPEN_STATUSES], mediatorId });
    // More late return visits than any first page read by deadline would hold.
    expect(all.filter((r) => overdueStep(r.deadlines) === 'return-visit').length).toBeGreaterThan(500);
    const result = await ok(t.app, mine, 'disputes:my-cases', { limit: 10 });
    expect(result.open.total).toBe(all.length);
    expect(caseNos(result.open.rows)).toEqual(caseNos(all.slice(0, 10)));
    expect(overdueStep(result.open.rows[0]!.deadlines)).not.toBe('return-visit');
  });
});
