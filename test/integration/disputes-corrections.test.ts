import type { Session } from '#core/call-context';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, seedRegistry, validIdNumber, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
// A clerk (记录员) as the transports make one after sign-in.
const clerk: Session = { principal: { actor: 'jilu', role: 'secretary', operatorId: null } };
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
afterEach(() => t.close());

type Case = Awaited<ReturnType<typeof create>>;
const create = () => ok(t.app, t.admin, 'disputes:create', intake(reg.estateId));
/** The case's intake facts as the correction form starts from them (phones and ID numbers kept). */
const asIs = (d: Case) => ({
  id: d.id,
  version: d.version,
  source: d.source,
  hotlineOrderNo: d.hotlineOrderNo,
  hotlineReceivedAt: d.hotlineReceivedAt,
  receivedAt: d.receivedAt,
  tier: d.tier,
  parties: d.parties.map((p) => ({ id: p.id, role: p.role, kind: p.kind, name: p.name, companyId: p.companyId })),
  reason: '登记时录入有误',
});
const lastEntry = () =>
  t.app.ledger.raw.prepare('SELECT entity, action, payload FROM changes WHERE entity = ? ORDER BY seq DESC LIMIT 1').get('dispute-correction') as { entity: string; action: string; payload: string } | undefined;

describe('更正登记信息', () => {
  it('corrects source, receipt time, 12345 order and parties before mediation, with the reason in the change log', async () => {
    const d = await create();
    const [applicant, respondent] = d.parties;
    const fixed = await ok(t.app, clerk, 'disputes:correct-case', {
      ...asIs(d),
      source: 'hotline-12345',
      hotlineOrderNo: 'GD2026112000999',
      hotlineReceivedAt: '2026-11-20T08:00:00+08:00',
      receivedAt: '2026-11-20T08:30:00+08:00',
      parties: [
        { id: applicant!.id, role: 'applicant', kind: 'person', name: '张薇', phone: '13900001111', companyId: null },
        { role: 'respondent', kind: 'company', name: '咸宁荣基物业', companyId: reg.companyId },
      ],
      reason: '来电登记时把 12345 转办案件当成来电，申请人姓名写错，被申请人应为物业公司',
    });
    expect(fixed).toMatchObject({ source: 'hotline-12345', hotlineOrderNo: 'GD2026112000999', receivedAt: '2026-11-20T00:30:00.000Z', caseNo: d.caseNo });
    expect(fixed.parties.map((p) => [p.name, p.kind])).toEqual([['张薇', 'person'], ['咸宁荣基物业', 'company']]);
    expect(fixed.parties[0]!.phoneMasked).toBe('139****1111');
    // The ID number was not sent: it is kept, not cleared.
    expect(fixed.parties[0]!.idNumberMasked).toBe(applicant!.idNumberMasked);
    expect(fixed.parties.some((p) => p.id === respondent!.id)).toBe(false);
    // The deadline clock follows the corrected receipt time (24 h for 小事).
    expect(fixed.deadlines.find((x) => x.kind === 'mediate')?.dueAt).toBe('2026-11-21T00:30:00.000Z');
    const entry = lastEntry()!;
    expect(JSON.parse(entry.payload)).toMatchObject({ reason: expect.stringContaining('12345'), fields: ['source', 'receivedAt', 'hotlineOrderNo', 'hotlineReceivedAt', 'parties'] });
    expect(entry.payload).not.toContain('13900001111');
    const history = await ok(t.app, t.admin, 'disputes:history', { id: d.id });
    expect(history.slice(0, 3).map((h) => h.what)).toContainEqual(expect.stringMatching(/^更正登记信息：「来源」.*（原因：来电登记时/));
    // Searchable by the corrected names.
    const found = await ok(t.app, t.admin, 'disputes:list', { search: '张薇', offset: 0, limit: 5 });
    expect(found.rows.map((r) => r.id)).toEqual([d.id]);
    const check = await ok(t.app, t.admin, 'system:check', {});
    expect(check.ok).toBe(true);
  });

  it('corrects the tier with a reason, and refuses a correction that changes nothing or has no reason', async () => {
    const d = await create();
    const noTierReason = await t.app.dispatch('disputes:correct-case', { ...asIs(d), tier: 'medium' }, clerk);
    expect(noTierReason.ok || noTierReason.error.issues?.map((i) => i.path.join('.'))).toEqual(['tierReason']);
    const same = await t.app.dispatch('disputes:correct-case', asIs(d), clerk);
    expect(same.ok || same.error.message).toMatch(/没有需要更正的内容/);
    const noReason = await t.app.dispatch('disputes:correct-case', { ...asIs(d), tier: 'medium', tierReason: '涉及多户', reason: '' }, clerk);
    expect(noReason.ok || noReason.error.issues?.map((i) => i.path.join('.'))).toEqual(['reason']);
    const medium = await ok(t.app, clerk, 'disputes:correct-case', { ...asIs(d), tier: 'medium', tierReason: '涉及多户' });
    expect(medium.tier).toBe('medium');
  });

  it('reports every problem of a correction at once', async () => {
    const d = await create();
    const bad = await t.app.dispatch(
      'disputes:correct-case',
      {
        ...asIs(d),
        receivedAt: '2099-01-01T00:00:00+08:00',
        parties: [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: validIdNumber('42120218500101001'), companyId: null }, { role: 'respondent', kind: 'person', name: '', companyId: null }],
      },
      clerk,
    );
    expect(bad.ok).toBe(false);
    const paths = bad.ok ? [] : (bad.error.issues ?? []).map((i) => i.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['parties.1.name']));
    // The clock and ID-number checks come in the same answer once the form's own fields pass.
    const clock = await t.app.dispatch('disputes:correct-case', { ...asIs(d), receivedAt: '2099-01-01T00:00:00+08:00', parties: [{ role: 'applicant', kind: 'person', name: '张伟', idNumber: validIdNumber('42120218500101001'), companyId: null }] }, clerk);
    expect(clock.ok ? [] : (clock.error.issues ?? []).map((i) => i.path.join('.'))).toEqual(expect.arrayContaining(['receivedAt', 'parties.0.idNumber']));
  });

  it('after mediation starts, only the director may correct', async () => {
    let d = await create();
    d = await ok(t.app, t.admin, 'disputes:assign', { id: d.id, version: d.version, mediatorId: reg.mediatorId });
    d = await ok(t.app, t.admin, 'disputes:record-session', { id: d.id, version: d.version, heldAt: '2026-11-20T14:00:00+08:00', place: '调解室', attendees: '双方', notes: '当面协商' });
    const refused = await t.app.dispatch('disputes:correct-case', { ...asIs(d), receivedAt: '2026-11-20T09:00:00+08:00' }, clerk);
    expect(refused.ok || refused.error).toMatchObject({ code: 'forbidden-transition', message: expect.stringContaining('只能由主任更正') });
    const director: Session = { principal: { actor: 'zhuren', role: 'director', operatorId: null } };
    const fixed = await ok(t.app, director, 'disputes:correct-case', { ...asIs(d), receivedAt: '2026-11-20T09:00:00+08:00' });
    expect(fixed.receivedAt).toBe('2026-11-20T01:00:00.000Z');
  });

  it('refuses a withdrawn case', async () => {
    let d = await create();
    d = await ok(t.app, t.admin, 'disputes:transition', { id: d.id, version: d.version, to: 'withdrawn', reason: '申请人撤回' });
    const refused = await t.app.dispatch('disputes:correct-case', { ...asIs(d), receivedAt: '2026-11-20T09:00:00+08:00' }, t.admin);
    expect(refused.ok || refused.error.message).toMatch(/已撤回，不能再更正/);
  });
});
