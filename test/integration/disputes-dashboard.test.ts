import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import type { InputOf } from '#shared/ipc/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

// The test clock: Wednesday 25 November 2026, 14:00 in Shanghai. Today's office hours
// end at 17:30; the office next opens on Thursday at 8:30, which is where 今日到期 ends.
let t: TestLedger;
let reg: Registry;
let otherMediatorId: string;
const c: Record<string, { id: string; caseNo: string; version: number }> = {};

const add = async (name: string, overrides: Partial<InputOf<'disputes:create'>>) => {
  c[name] = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, { description: `${name} 纠纷`, ...overrides }));
  return c[name];
};
const assign = async (name: string, mediatorId: string) => {
  const d = c[name]!;
  c[name] = await ok(t.app, t.admin, 'disputes:assign', { id: d.id, version: d.version, mediatorId });
};
const session = async (name: string, heldAt: string) => {
  const d = c[name]!;
  c[name] = await ok(t.app, t.admin, 'disputes:record-session', { id: d.id, version: d.version, heldAt, place: '调解室', attendees: '双方', notes: '当面协商' });
};

beforeAll(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
  otherMediatorId = (await ok(t.app, t.admin, 'registry:create-staff', { name: '刘建华', role: 'mediator', certificateNo: null })).id;

  // Nobody has mediated it, five days after a 24-hour deadline.
  await add('noSession', { receivedAt: '2026-11-20T09:30:00+08:00' });
  await assign('noSession', reg.mediatorId);
  // Mediated, but a 中事 past its 7 days without an outcome.
  await add('noOutcome', { receivedAt: '2026-11-10T10:00:00+08:00', category: 'property-fee' });
  await assign('noOutcome', otherMediatorId);
  await session('noOutcome', '2026-11-11T10:00:00+08:00');
  // Settled in September; the return visit is two months late (what used to fill the list).
  await add('lateVisit', { receivedAt: '2026-09-01T10:00:00+08:00' });
  await assign('lateVisit', reg.mediatorId);
  await session('lateVisit', '2026-09-01T15:00:00+08:00');
  const v = c.lateVisit!;
  c.lateVisit = await ok(t.app, t.admin, 'disputes:record-outcome', {
    id: v.id, version: v.version, outcome: 'settled', agreedTerms: '停止噪音', performance: '自觉履行', performanceDue: '2026-09-30T00:00:00+08:00', returnVisitDueAt: '2026-09-15T10:00:00+08:00',
  });
  // 24-hour cases around the end of "today" (Thursday 8:30).
  await add('dueAfternoon', { receivedAt: '2026-11-24T16:00:00+08:00' }); // due Wed 16:00
  await add('dueTonight', { receivedAt: '2026-11-24T20:00:00+08:00' }); // due Wed 20:00, after closing
  await add('dueBeforeOpening', { receivedAt: '2026-11-25T08:29:00+08:00' }); // due Thu 8:29
  await add('dueAtOpening', { receivedAt: '2026-11-25T08:30:00+08:00' }); // due Thu 8:30: tomorrow's work
  await assign('dueAtOpening', otherMediatorId);
  await add('fresh', { receivedAt: '2026-11-25T10:00:00+08:00' }); // due Thu 10:00
  // Ended cases are in nobody's day.
  await add('withdrawn', { receivedAt: '2026-11-20T09:00:00+08:00' });
  const w = c.withdrawn!;
  await ok(t.app, t.admin, 'disputes:transition', { id: w.id, version: w.version, to: 'withdrawn', reason: '当事人自行和解' });
});
afterAll(() => t.close());

const caseNos = (rows: { caseNo: string }[]) => rows.map((r) => r.caseNo);
const no = (...names: string[]) => names.map((n) => c[n]!.caseNo);

describe('工作台: the office’s day', () => {
  it('lists 待分派: every registered case nobody is assigned to, nearest deadline first', async () => {
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', {});
    expect(caseNos(dash.unassigned.rows)).toEqual(no('dueAfternoon', 'dueTonight', 'dueBeforeOpening', 'fresh'));
    expect(dash.unassigned.total).toBe(4);
    expect(dash.open).toBe(8);
    const list = await ok(t.app, t.admin, 'disputes:list', { status: ['registered'], offset: 0, limit: 50 });
    expect(list.total).toBe(dash.unassigned.total);
  });

  it('orders 已逾期 by what the case waits for: no first session, no outcome, then the return visit', async () => {
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', {});
    expect(caseNos(dash.overdue.rows)).toEqual(no('noSession', 'noOutcome', 'lateVisit'));
    expect(dash.overdue.total).toBe(3);
    expect(dash.overdue.bySteps).toEqual([
      { step: 'first-session', count: 1 },
      { step: 'outcome', count: 1 },
      { step: 'joint-referral', count: 0 },
      { step: 'feedback', count: 0 },
      { step: 'return-visit', count: 1 },
    ]);
    // Each count is what the ledger shows under the same filter.
    for (const { step, count } of dash.overdue.bySteps) {
      const list = await ok(t.app, t.admin, 'disputes:list', { overdueStep: step, offset: 0, limit: 50 });
      expect(list.total, step).toBe(count);
    }
    expect((await ok(t.app, t.admin, 'disputes:list', { overdue: true, offset: 0, limit: 50 })).total).toBe(dash.overdue.total);
  });

  it('keeps the most pressing late cases on a short dashboard', async () => {
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', { limit: 2 });
    expect(caseNos(dash.overdue.rows)).toEqual(no('noSession', 'noOutcome'));
    expect(dash.overdue.total).toBe(3);
  });

  it('counts as 今日到期 what passes before the office opens tomorrow at 8:30, tonight included', async () => {
    const dash = await ok(t.app, t.admin, 'disputes:dashboard', {});
    expect(caseNos(dash.dueToday.rows)).toEqual(no('dueAfternoon', 'dueTonight', 'dueBeforeOpening'));
    expect(dash.dueTodayUntil).toBe('2026-11-26T00:30:00.000Z');
    expect(dash.dueToday.rows.every((r) => r.dueToday && !r.overdue)).toBe(true);
    const list = await ok(t.app, t.admin, 'disputes:list', { dueToday: true, offset: 0, limit: 50 });
    expect(caseNos(list.rows)).toEqual(caseNos(dash.dueToday.rows));
    const atOpening = (await ok(t.app, t.admin, 'disputes:get', { id: c.dueAtOpening!.id })).deadlines[0];
    expect(atOpening?.dueAt).toBe('2026-11-26T00:30:00.000Z');
  });

  it('is not for mediators: their day is 我的案件', async () => {
    await ok(t.app, t.admin, 'auth:create-operator', { username: 'tiaojie9', displayName: '王芳', role: 'mediator', password: 'long-enough-pw' });
    const s: Session = { principal: null };
    await ok(t.app, s, 'auth:sign-in', { username: 'tiaojie9', password: 'long-enough-pw' });
    const denied = await t.app.dispatch('disputes:dashboard', {}, s);
    expect(denied.ok || denied.error.code).toBe('forbidden');
  });
});

describe('今日到期 on a Friday afternoon', () => {
  it('includes a 24-hour case due on Saturday: the office is closed until Monday', async () => {
    const friday = await bootstrappedLedger(testPorts('2026-11-27T08:30:00.000Z')); // 16:30 in Shanghai
    try {
      const r = await seedRegistry(friday.app, friday.admin);
      const saturday = await ok(friday.app, friday.admin, 'disputes:create', intake(r.estateId, { receivedAt: '2026-11-27T16:00:00+08:00' }));
      const monday = await ok(friday.app, friday.admin, 'disputes:create', intake(r.estateId, { receivedAt: '2026-11-27T09:00:00+08:00', category: 'property-fee' }));
      const dash = await ok(friday.app, friday.admin, 'disputes:dashboard', {});
      expect(dash.dueTodayUntil).toBe('2026-11-30T00:30:00.000Z'); // Monday 8:30
      expect(caseNos(dash.dueToday.rows)).toEqual([saturday.caseNo]);
      expect(caseNos(dash.unassigned.rows)).toContain(monday.caseNo);
    } finally {
      await friday.close();
    }
  });
});

describe('我的案件: the signed-in mediator’s own open cases', () => {
  let mine: Session;
  let operator: { id: string; version: number };

  beforeAll(async () => {
    operator = await ok(t.app, t.admin, 'auth:create-operator', { username: 'chenxy', displayName: '陈秀英', role: 'mediator', password: 'long-enough-pw', staffId: reg.mediatorId });
    mine = { principal: null };
    await ok(t.app, mine, 'auth:sign-in', { username: 'chenxy', password: 'long-enough-pw' });
  });

  it('lists only the cases assigned to the staff record the account stands for, most urgent first', async () => {
    const result = await ok(t.app, mine, 'disputes:my-cases', {});
    expect(result.staff).toEqual({ id: reg.mediatorId, name: '陈秀英' });
    expect(caseNos(result.open.rows)).toEqual(no('noSession', 'lateVisit'));
    expect(result.open.rows.every((r) => r.mediatorId === reg.mediatorId)).toBe(true);
    expect(result).toMatchObject({ overdue: 2, dueToday: 0 });
    const list = await ok(t.app, mine, 'disputes:list', { mediatorId: reg.mediatorId, status: ['registered', 'assigned', 'mediating', 'settled', 'failed', 'referred'], offset: 0, limit: 50 });
    expect(list.total).toBe(result.open.total);
  });

  it('shows the other mediator’s cases to the other mediator only', async () => {
    const other = await ok(t.app, t.admin, 'auth:create-operator', { username: 'liujh', displayName: '刘建华', role: 'mediator', password: 'long-enough-pw' });
    const s: Session = { principal: null };
    await ok(t.app, s, 'auth:sign-in', { username: 'liujh', password: 'long-enough-pw' });
    expect((await ok(t.app, s, 'disputes:my-cases', {})).staff).toBeNull();
    const linked = await ok(t.app, t.admin, 'auth:link-staff', { id: other.id, version: other.version, staffId: otherMediatorId });
    expect(linked).toMatchObject({ staffId: otherMediatorId, staffName: '刘建华', version: other.version + 1 });
    const result = await ok(t.app, s, 'disputes:my-cases', {});
    expect(caseNos(result.open.rows)).toEqual(no('noOutcome', 'dueAtOpening'));
    expect(result).toMatchObject({ overdue: 1, dueToday: 0 });
  });

  it('unlinks: the account then stands for nobody and lists nothing', async () => {
    const current = (await ok(t.app, t.admin, 'auth:list-operators', {})).find((o) => o.id === operator.id)!;
    expect(current).toMatchObject({ staffId: reg.mediatorId, staffName: '陈秀英' });
    await ok(t.app, t.admin, 'auth:link-staff', { id: current.id, version: current.version, staffId: null });
    const result = await ok(t.app, mine, 'disputes:my-cases', {});
    expect(result).toMatchObject({ staff: null, open: { rows: [], total: 0 } });
  });
});

describe('a ledger written before the per-step due columns', () => {
  it('gets them filled when it opens, so 已逾期 is counted by step again', async () => {
    t.app.ledger.raw.exec('UPDATE disputes SET due_first_session_at = NULL, due_outcome_at = NULL, due_joint_referral_at = NULL, due_feedback_at = NULL, due_return_visit_at = NULL');
    const before = await ok(t.app, t.admin, 'disputes:dashboard', {});
    expect(before.overdue.bySteps.every((s) => s.count === 0)).toBe(true);
    const reopened = await openLedgerApp(t.dir, testPorts(), () => {});
    try {
      const after = await ok(reopened, t.admin, 'disputes:dashboard', {});
      expect(caseNos(after.overdue.rows)).toEqual(no('noSession', 'noOutcome', 'lateVisit'));
      expect(after.overdue.bySteps.map((s) => s.count)).toEqual([1, 1, 0, 0, 1]);
    } finally {
      await reopened.close();
    }
  });
});
