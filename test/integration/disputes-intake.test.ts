import { testPorts } from './helpers/test-ports';
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

describe('dispute intake', () => {
  it('numbers cases <year>-<seq>, suggests the tier from the category, and returns the deadlines', async () => {
    const a = await create();
    const b = await create({ category: 'property-fee', description: '物业费收缴纠纷' });
    // The year is the registering moment's year in Shanghai (the test clock: November 2026).
    expect(a.caseNo).toBe('2026-0001');
    expect(b.caseNo).toBe('2026-0002');
    expect(a.tier).toBe('minor');
    expect(b.tier).toBe('medium');
    // 小事: mediate within 24 hours of receipt.
    expect(a.deadlines).toEqual([expect.objectContaining({ kind: 'mediate', dueAt: '2026-11-21T01:30:00.000Z', metAt: null })]);
    expect(b.deadlines).toEqual([expect.objectContaining({ kind: 'resolve', dueAt: '2026-11-27T01:30:00.000Z' })]);
  });

  it('numbers a case by the Shanghai year it was received in, not the year it was typed in', async () => {
    // 00:30 on New Year's Day in Shanghai is still 31 December in UTC.
    const eve = await bootstrappedLedger(testPorts('2026-12-31T16:30:00.000Z'));
    try {
      const r = await seedRegistry(eve.app, eve.admin);
      const newYear = await ok(eve.app, eve.admin, 'disputes:create', intake(r.estateId, { receivedAt: '2027-01-01T00:20:00+08:00' }));
      expect(newYear.caseNo).toBe('2027-0001');
      // Received at 23:30 on 31 December, typed in after midnight: the old year's number.
      const lastCall = await ok(eve.app, eve.admin, 'disputes:create', intake(r.estateId, { receivedAt: '2026-12-31T23:30:00+08:00' }));
      expect(lastCall.caseNo).toBe('2026-0001');
    } finally {
      await eve.close();
    }
  });

  it('lets a clerk override the suggested tier only with a reason', async () => {
    const refused = await t.app.dispatch('disputes:create', intake(reg.estateId, { tier: 'major' }), t.admin);
    expect(refused.ok || refused.error.issues?.[0]?.path).toEqual(['tierReason']);
    const major = await create({ tier: 'major', tierReason: '涉及多户群体性纠纷' });
    expect(major.tier).toBe('major');
    expect(major.deadlines.map((d) => d.kind)).toEqual(['refer']);
  });

  it('tracks the 12345 loop and flags a late hotline dispatch', async () => {
    const late = await create({ source: 'hotline-12345', hotlineOrderNo: 'GD2026112000123', hotlineReceivedAt: '2026-11-20T08:00:00+08:00' });
    expect(late.hotlineDispatchedLate).toBe(true);
    expect(late.deadlines.map((d) => d.kind).sort()).toEqual(['feedback', 'mediate', 'organise-mediation']);
    const prompt = await create({ source: 'hotline-12345', hotlineOrderNo: 'GD2026112000124', hotlineReceivedAt: '2026-11-20T09:00:00+08:00' });
    expect(prompt.hotlineDispatchedLate).toBe(false);
  });

  it('masks phone and ID numbers, and logs every reveal with the operator', async () => {
    const d = await create();
    const applicant = d.parties[0]!;
    expect(applicant.phoneMasked).toBe('138****4567');
    expect(applicant.idNumberMasked).toMatch(/^4212\*+\d{3}[\dX]$/);
    const before = changeCount(t.app);
    const revealed = await ok(t.app, t.admin, 'disputes:reveal', { partyId: applicant.id, field: 'phone' });
    expect(revealed.value).toBe('13871234567');
    expect(changeCount(t.app)).toBe(before + 1);
    const last = t.app.ledger.raw.prepare('SELECT action, actor, payload FROM changes ORDER BY seq DESC LIMIT 1').get() as { action: string; actor: string; payload: string };
    expect(last).toMatchObject({ action: 'reveal', actor: 'admin' });
    expect(last.payload).not.toContain('13871234567');
  });

  describe('refuses bad input with the field named and writes nothing', () => {
    const cases: [string, Record<string, unknown>, (string | number)[]][] = [
      ['a receivedAt in the future', { receivedAt: '2099-01-01T00:00:00+08:00' }, ['receivedAt']],
      ['a receivedAt before 2000', { receivedAt: '1999-12-31T23:00:00+08:00' }, ['receivedAt']],
      ['a receivedAt without a time zone', { receivedAt: '2026-11-20T09:30:00' }, ['receivedAt']],
      ['an unknown estate', { estateId: '019b8b9b-9d30-736b-9732-1c69904a86c6' }, ['estateId']],
      ['a hotline case without an order number', { source: 'hotline-12345' }, ['hotlineOrderNo']],
      ['an over-long description', { description: '漏'.repeat(2001) }, ['description']],
      ['a bad ID check digit', { parties: [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: '11010519491231002A' }] }, ['parties', 0, 'idNumber']],
      ['no applicant', { parties: [{ role: 'respondent', kind: 'person', name: '李强' }] }, ['parties']],
      ['an unknown category', { category: 'ufo' }, ['category']],
    ];
    for (const [what, overrides, path] of cases) {
      it(what, async () => {
        const before = changeCount(t.app);
        const result = await t.app.dispatch('disputes:create', intake(reg.estateId, overrides), t.admin);
        expect(result.ok).toBe(false);
        if (result.ok) return;
        expect(result.error.code).toBe('invalid-input');
        expect(result.error.issues?.map((i) => i.path)).toContainEqual(path);
        expect(result.error.message).toMatch(/^「[^」]+」/);
        expect(changeCount(t.app)).toBe(before);
      });
    }
    it('says the description was capped at 2000 characters', async () => {
      const result = await t.app.dispatch('disputes:create', intake(reg.estateId, { description: '漏'.repeat(2001) }), t.admin);
      expect(result.ok || result.error.message).toMatch(/不能超过 2000 个字/);
    });
    it('accepts a valid ID whose check digit is X', async () => {
      const d = await create({ parties: [{ role: 'applicant', kind: 'person', name: '王芳', idNumber: validIdNumber('11010519491231002') }] });
      expect(d.parties).toHaveLength(1);
    });
  });

  it('re-suggests the tier when a correction changes the category; another tier needs a reason', async () => {
    const d = await create(); // 噪音与邻里 → 小事
    const edit = { id: d.id, version: d.version, estateId: reg.estateId, description: d.description ?? '装修噪音' };
    const fee = await ok(t.app, t.admin, 'disputes:update-intake', { ...edit, category: 'property-fee' });
    expect(fee).toMatchObject({ category: 'property-fee', tier: 'medium', suggestedTier: 'medium', tierReason: null });
    const keep = await t.app.dispatch('disputes:update-intake', { ...edit, version: fee.version, category: 'greening', tier: 'medium' }, t.admin);
    expect(keep.ok || keep.error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['tierReason'] }] });
    const kept = await ok(t.app, t.admin, 'disputes:update-intake', { ...edit, version: fee.version, category: 'greening', tier: 'medium', tierReason: '涉及多户，维持中事' });
    expect(kept).toMatchObject({ tier: 'medium', suggestedTier: 'minor', tierReason: '涉及多户，维持中事' });
    // The same category again leaves the tier alone.
    expect(await ok(t.app, t.admin, 'disputes:update-intake', { ...edit, version: kept.version, category: 'greening', description: '补充：绿地被占' })).toMatchObject({ tier: 'medium' });
  });

  it('refuses the second of two saves on the same version with conflict, losing nothing', async () => {
    const d = await create();
    const edit = (description: string) => ({ id: d.id, version: d.version, category: 'noise-neighbours' as const, estateId: reg.estateId, description });
    await ok(t.app, t.admin, 'disputes:update-intake', edit('第一位办事员补充：噪音多在晚十点后'));
    const before = changeCount(t.app);
    const second = await t.app.dispatch('disputes:update-intake', edit('第二位办事员的修改'), t.admin);
    expect(second.ok || second.error.code).toBe('conflict');
    expect(changeCount(t.app)).toBe(before);
    const stored = await ok(t.app, t.admin, 'disputes:get', { id: d.id });
    expect(stored).toMatchObject({ description: '第一位办事员补充：噪音多在晚十点后', version: 2 });
  });
});
