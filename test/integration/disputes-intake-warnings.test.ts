import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, seedRegistry, validIdNumber, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
afterEach(() => t.close());

const create = (overrides: Record<string, unknown> = {}) => ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, overrides));
const warnings = (input: Record<string, unknown>) => ok(t.app, t.admin, 'disputes:intake-warnings', { applicants: [], ...input } as never);
const hotline = { source: 'hotline-12345', hotlineOrderNo: 'GD2026112000123', hotlineReceivedAt: '2026-11-20T08:00:00+08:00' };

describe('intake warnings', () => {
  it('names the other case with the same 12345 order number, with its id to open it, and still needs a reason to register', async () => {
    const first = await create(hotline);
    const w = await warnings({ hotlineOrderNo: 'GD2026112000123' });
    expect(w).toEqual([expect.objectContaining({ kind: 'duplicate-order', caseId: first.id, caseNo: first.caseNo })]);
    expect(w[0]!.message).toContain(first.caseNo);
    const before = changeCount(t.app);
    const refused = await t.app.dispatch('disputes:create', intake(reg.estateId, hotline as never), t.admin);
    expect(refused.ok).toBe(false);
    if (!refused.ok) expect(refused.error.issues?.[0]?.message).toContain(first.caseNo);
    expect(changeCount(t.app)).toBe(before);
    const again = await create({ ...hotline, duplicateOrderReason: '12345 重新派单' });
    expect(again.caseNo).not.toBe(first.caseNo);
    expect(await warnings({ hotlineOrderNo: 'GD2026112000999' })).toEqual([]);
  });

  it('warns of an open case of the same applicant (phone, ID number or name) about the same estate and category, and lets the clerk go on', async () => {
    const open = await create();
    const about = { estateId: reg.estateId, category: 'noise-neighbours' };
    // The same phone typed differently (a space, +86): the keyed hash matches, no number is compared in the clear.
    const byPhone = await warnings({ ...about, applicants: [{ name: '王某', phone: '+86 138 7123 4567' }] });
    expect(byPhone.map((w) => [w.kind, w.caseId, w.caseNo])).toEqual([['open-case', open.id, open.caseNo]]);
    expect((await warnings({ ...about, applicants: [{ idNumber: validIdNumber('42120219800101001') }] })).map((w) => w.caseId)).toEqual([open.id]);
    expect((await warnings({ ...about, applicants: [{ name: '张伟' }] })).map((w) => w.caseId)).toEqual([open.id]);
    // Another person, another category, another estate: nothing to warn of.
    expect(await warnings({ ...about, applicants: [{ name: '赵六', phone: '13900001111' }] })).toEqual([]);
    expect(await warnings({ ...about, category: 'property-fee', applicants: [{ name: '张伟' }] })).toEqual([]);
    expect(await warnings({ ...about, estateId: reg.otherEstateId, applicants: [{ name: '张伟' }] })).toEqual([]);
    // Continuing is allowed: the same applicant's second case registers.
    const second = await create({ description: '楼上住户再次夜间施工' });
    expect(second.caseNo).not.toBe(open.caseNo);
  });

  it('does not warn of a case that has ended (withdrawn)', async () => {
    const c = await create();
    await ok(t.app, t.admin, 'disputes:transition', { id: c.id, version: c.version, to: 'withdrawn', reason: '申请人撤回' });
    expect(await warnings({ estateId: reg.estateId, category: 'noise-neighbours', applicants: [{ name: '张伟' }] })).toEqual([]);
  });
});
