// The agreement's party details: optional at intake, filled in later on the case,
// checked against the party's kind and ID number, every change in the change log.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, mediatedCase, seedRegistry, validIdNumber, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
afterEach(() => t.close());

// Born 1 January 1980, sequence 001: digit 17 is odd (male).
const ID = validIdNumber('42120219800101001');
const details = { gender: 'female', birthDate: '1975-06-30', ethnicity: '汉族', occupation: '退休教师', residence: '锦湖紫竹苑3栋2单元501' } as const;

describe('party details', () => {
  it('are stored at intake and read back, with what the ID number gives (its birth date never in clear)', async () => {
    const d = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, {
      parties: [
        { role: 'applicant', kind: 'person', name: '张伟', idNumber: ID, ethnicity: '汉族' },
        { role: 'respondent', kind: 'person', name: '李强', ...details },
        { role: 'respondent', kind: 'company', name: '咸宁荣基物业', companyId: reg.companyId, residence: '温泉路 1 号', representative: '王国强' },
      ],
    }));
    expect(d.parties.map(({ gender, birthDate, ethnicity, occupation, residence, representative, idNumberGender, idNumberGivesBirthDate }) =>
      ({ gender, birthDate, ethnicity, occupation, residence, representative, idNumberGender, idNumberGivesBirthDate }))).toEqual([
      { gender: null, birthDate: null, ethnicity: '汉族', occupation: null, residence: null, representative: null, idNumberGender: 'male', idNumberGivesBirthDate: true },
      { ...details, representative: null, idNumberGender: null, idNumberGivesBirthDate: false },
      { gender: null, birthDate: null, ethnicity: null, occupation: null, residence: '温泉路 1 号', representative: '王国强', idNumberGender: null, idNumberGivesBirthDate: false },
    ]);
    expect(JSON.stringify(d)).not.toContain('1980-01-01');
  });

  it('refuse a birth date after today (the ledger’s clock) at intake, naming the party’s field, and write nothing', async () => {
    const before = changeCount(t.app);
    const result = await t.app.dispatch('disputes:create', intake(reg.estateId, { parties: [{ role: 'applicant', kind: 'person', name: '张伟', birthDate: '2026-11-26' }] }), t.admin);
    expect(result.ok || result.error).toMatchObject({ code: 'invalid-input', message: '「出生日期」晚于今天，请核对', issues: [{ path: ['parties', 0, 'birthDate'] }] });
    expect(changeCount(t.app)).toBe(before);
  });

  it('are filled in on the case later (disputes:update-party), logged as an update of the party', async () => {
    const d = await mediatedCase(t.app, t.admin, reg, { settled: '装修限白天进行' });
    const party = d.parties[1]!;
    const updated = await ok(t.app, t.admin, 'disputes:update-party', { id: d.id, version: d.version, partyId: party.id, ...details });
    expect(updated.version).toBe(d.version + 1);
    expect(updated.parties[1]).toMatchObject(details);
    const logged = t.app.ledger.raw.prepare("SELECT action, actor, payload FROM changes WHERE entity = 'dispute_parties' AND entity_id = ? ORDER BY seq DESC LIMIT 1").get(party.id) as { action: string; actor: string; payload: string };
    expect(logged).toMatchObject({ action: 'update', actor: 'admin' });
    expect(JSON.parse(logged.payload)).toMatchObject({ gender: 'female', birth_date: '1975-06-30', residence: '锦湖紫竹苑3栋2单元501', version: 2 });
    // A field left out is cleared.
    const cleared = await ok(t.app, t.admin, 'disputes:update-party', { id: d.id, version: updated.version, partyId: party.id, ethnicity: '回族' });
    expect(cleared.parties[1]).toMatchObject({ gender: null, birthDate: null, ethnicity: '回族', residence: null });
  });

  it('are checked against the stored party: its kind, its ID number, the clock, the case version', async () => {
    const d = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId, {
      parties: [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: ID }, { role: 'respondent', kind: 'company', name: '咸宁荣基物业' }],
    }));
    const [person, company] = d.parties;
    const refused = async (input: Record<string, unknown>) => {
      const before = changeCount(t.app);
      const r = await t.app.dispatch('disputes:update-party', { id: d.id, version: d.version, ...input }, t.admin);
      expect(changeCount(t.app)).toBe(before);
      return r.ok ? null : r.error;
    };
    expect(await refused({ partyId: person!.id, gender: 'female' })).toMatchObject({ code: 'invalid-input', message: '「性别」与身份证号不一致（第 17 位表示男），请核对' });
    expect(await refused({ partyId: person!.id, birthDate: '1980-01-02' })).toMatchObject({ message: '「出生日期」与身份证号第 7–14 位的出生日期不一致，请核对' });
    expect(await refused({ partyId: company!.id, occupation: '物业' })).toMatchObject({ message: '「职业或职务」只有个人当事人才填写', issues: [{ path: ['occupation'] }] });
    expect(await refused({ partyId: person!.id, representative: '王国强' })).toMatchObject({ message: '「法定代表人/负责人」只有企业或业委会/物管会当事人才填写' });
    expect(await refused({ partyId: person!.id, version: d.version + 1 })).toMatchObject({ code: 'conflict' });
    const other = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
    expect(await refused({ partyId: other.parties[0]!.id })).toMatchObject({ code: 'not-found' });
  });

  it('cannot change on a withdrawn case', async () => {
    const d = await ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
    const w = await ok(t.app, t.admin, 'disputes:transition', { id: d.id, version: d.version, to: 'withdrawn', reason: '当事人自行和解' });
    const r = await t.app.dispatch('disputes:update-party', { id: w.id, version: w.version, partyId: w.parties[0]!.id, ethnicity: '汉族' }, t.admin);
    expect(r.ok || r.error).toMatchObject({ code: 'forbidden-transition', message: '该案件已撤回，不能再修改当事人信息。' });
  });
});
