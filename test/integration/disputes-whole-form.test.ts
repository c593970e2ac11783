import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, seedRegistry, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
afterEach(() => t.close());

describe('whole-form validation on the server', () => {
  it('answers an intake with an invalid field and a future receipt time with both problems, the invalid field first', async () => {
    const before = changeCount(t.app);
    const base = intake(reg.estateId, { receivedAt: '2099-01-01T09:00:00+08:00' });
    const input = { ...base, parties: [{ ...base.parties[0]!, phone: '12345' }, base.parties[1]!] };
    const r = await t.app.dispatch('disputes:create', input, t.admin);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.code).toBe('invalid-input');
    expect(r.error.issues?.map((i) => i.path.join('.'))).toEqual(['parties.0.phone', 'receivedAt']);
    expect(r.error.issues?.[1]?.message).toContain('晚于');
    expect(changeCount(t.app)).toBe(before);
  });

  it('does the same for a correction of a registered case', async () => {
    const c = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
    const base = intake(reg.estateId);
    const r = await t.app.dispatch(
      'disputes:correct-case',
      { id: c.id, version: c.version, source: base.source, receivedAt: '2099-01-01T09:00:00+08:00', hotlineOrderNo: null, hotlineReceivedAt: null, tier: c.tier, reason: '登记时填错', parties: [{ ...base.parties[0]!, idNumber: '42120219800101001X' }, base.parties[1]!] } as never,
      t.admin,
    );
    expect(r.ok).toBe(false);
    if (r.ok) return;
    const paths = r.error.issues?.map((i) => i.path.join('.')) ?? [];
    expect(paths).toContain('receivedAt');
    expect(paths.indexOf('receivedAt')).toBeGreaterThan(0);
  });
});
