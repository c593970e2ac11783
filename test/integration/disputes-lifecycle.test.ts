import { availableActions, caseStateOfView } from '#shared/domain/disputes/case-actions';
import { TEST_NOW } from './helpers/test-ports';
import type { Channel, InputOf } from '#shared/ipc/contract';
import { existsSync, readFileSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { intake, mediatedCase, seedRegistry, type Detail, type Registry } from './helpers/dispute-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let reg: Registry;
beforeEach(async () => {
  t = await bootstrappedLedger();
  reg = await seedRegistry(t.app, t.admin);
});
// Every flow below writes only through the services: `ledger check` must find each
// row equal to its latest change-log entry afterwards.
afterEach(async () => {
  const check = await ok(t.app, t.admin, 'system:check', {});
  expect(check.records.problems).toEqual([]);
  expect(check.ok).toBe(true);
  await t.close();
});

const call = <C extends Channel>(channel: C, input: InputOf<C>) => ok(t.app, t.admin, channel, input);
const refused = async (channel: string, input: Record<string, unknown>) => {
  const before = changeCount(t.app);
  const result = await t.app.dispatch(channel, input, t.admin);
  expect(changeCount(t.app)).toBe(before);
  if (result.ok) throw new Error(`${channel} should have been refused`);
  return result.error;
};
const at = (d: Detail) => ({ id: d.id, version: d.version });

async function mediating(): Promise<Detail> {
  let d = await call('disputes:create', intake(reg.estateId));
  d = await call('disputes:assign', { ...at(d), mediatorId: reg.mediatorId });
  expect(d.status).toBe('assigned');
  d = await call('disputes:record-session', { ...at(d), heldAt: '2026-11-20T14:00:00+08:00', place: '温泉街道调解室', attendees: '张伟、李强、陈秀英', notes: '双方同意装修时间限定在白天，李强赔偿漏水损失' });
  expect(d.status).toBe('mediating');
  return d;
}

describe('the dispute lifecycle, enforced by the service', () => {
  it('settles, needs feedback before closing, and meets the deadlines on the way', async () => {
    let d = await mediating();
    expect(d.deadlines.find((x) => x.kind === 'mediate')).toMatchObject({ metAt: '2026-11-20T06:00:00.000Z', status: 'met' });
    const incomplete = await refused('disputes:record-outcome', { ...at(d), outcome: 'settled', agreedTerms: '李强于十日内修复漏水' });
    expect(incomplete.code).toBe('invalid-input');
    d = await call('disputes:record-outcome', { ...at(d), outcome: 'settled', agreedTerms: '一、装修限白天进行\n二、李强赔偿 800 元', performance: '当场支付', performanceDue: '2026-11-30T00:00:00+08:00' });
    expect(d.status).toBe('settled');
    expect(d.deadlines.map((x) => x.kind)).toContain('return-visit');
    const noFeedback = await refused('disputes:transition', { ...at(d), to: 'closed' });
    expect(noFeedback.code).toBe('forbidden-transition');
    expect(noFeedback.message).toMatch(/反馈/);
    d = await call('disputes:record-feedback', { ...at(d), satisfaction: 'satisfied' });
    d = await call('disputes:transition', { ...at(d), to: 'closed' });
    expect(d.status).toBe('closed');
    expect(d.allowedTransitions).toEqual([]);
  });

  it('writes the mediation agreement as a .docx naming the parties', async () => {
    let d = await mediating();
    const early = await t.app.dispatch('disputes:export-document', { id: d.id, kind: 'agreement' }, t.admin);
    expect(early.ok || early.error.code).toBe('forbidden-transition');
    d = await call('disputes:record-outcome', { ...at(d), outcome: 'settled', agreedTerms: '装修限白天进行', performance: '自觉履行', performanceDue: '2026-11-30T00:00:00+08:00' });
    // The standard form's party details come first (张伟's gender and birth date from his ID number).
    const gaps = await refused('disputes:export-document', { id: d.id, kind: 'agreement' });
    expect(gaps.message).toContain('申请人张伟：民族、职业或职务、住所；被申请人李强：性别、出生日期、民族、职业或职务、住所。');
    const parties = (await call('disputes:get', { id: d.id })).parties;
    const v = await call('disputes:update-party', { ...at(d), partyId: parties[0]!.id, ethnicity: '汉族', occupation: '教师', residence: '锦湖紫竹苑2栋' });
    await call('disputes:update-party', { ...at(v), partyId: parties[1]!.id, gender: 'male', birthDate: '1975-03-08', ethnicity: '汉族', occupation: '个体经营者', residence: '锦湖紫竹苑2栋' });
    const doc = await ok(t.app, t.admin, 'disputes:export-document', { id: d.id, kind: 'agreement' });
    expect(doc.fileName).toMatch(/^\d{4}-0001-人民调解协议书\.docx$/);
    expect(existsSync(doc.file)).toBe(true);
    expect(readFileSync(doc.file).subarray(0, 2).toString()).toBe('PK');
  });

  it('closes a failed case only after a court or department referral', async () => {
    let d = await mediating();
    d = await call('disputes:record-outcome', { ...at(d), outcome: 'failed', failureReason: '被申请人拒绝调解' });
    expect(d.status).toBe('failed');
    const early = await refused('disputes:transition', { ...at(d), to: 'closed' });
    expect(early.message).toMatch(/法院|部门/);
    d = await call('disputes:refer', { ...at(d), kind: 'court', to: '咸宁市咸安区人民法院', at: '2026-11-21T10:00:00+08:00', reference: '(2026)鄂1202诉前调1号' });
    d = await call('disputes:transition', { ...at(d), to: 'closed' });
    expect(d.status).toBe('closed');
  });

  it('closes a referred case only after the department result', async () => {
    let d = await mediating();
    d = await call('disputes:refer', { ...at(d), kind: 'department', to: '咸安区住建局', at: '2026-11-21T10:00:00+08:00' });
    expect(d.status).toBe('referred');
    const early = await refused('disputes:transition', { ...at(d), to: 'closed' });
    expect(early.code).toBe('forbidden-transition');
    d = await call('disputes:record-department-result', { ...at(d), result: '已责令物业公司限期整改' });
    d = await call('disputes:transition', { ...at(d), to: 'closed' });
    expect(d.status).toBe('closed');
  });

  it('guards each step with the rules the case page offers from (shared/domain/disputes/case-actions)', async () => {
    let d = await mediating();
    // Feedback before there is an outcome, which the case page never offers.
    expect(await refused('disputes:record-feedback', { ...at(d), satisfaction: 'satisfied' })).toMatchObject({ code: 'forbidden-transition', message: '当事人反馈在有了调解结果（调解成功、调解不成或已移交）后记录。' });
    d = await call('disputes:refer', { ...at(d), kind: 'department', to: '咸安区住建局', at: '2026-11-21T10:00:00+08:00' });
    d = await call('disputes:record-department-result', { ...at(d), result: '已责令限期整改' });
    expect((await refused('disputes:record-department-result', { ...at(d), result: '改写的结果' })).message).toBe('该案件已经记录过部门办理结果。');
    d = await call('disputes:transition', { ...at(d), to: 'closed' });
    expect((await refused('disputes:add-evidence', { ...at(d), name: '照片', providedBy: '张伟', receivedAt: '2026-11-21T10:00:00+08:00' })).message).toBe('该案件已结案，不能再添加证据材料。');
    expect((await refused('disputes:update-intake', { ...at(d), category: 'repairs', estateId: reg.estateId, description: '改写' })).message).toBe('该案件已结案，不能再修改登记信息。');
  });

  it('refuses a session before receipt or in the future, and a return visit before the outcome, naming the field', async () => {
    let d = await call('disputes:create', intake(reg.estateId));
    d = await call('disputes:assign', { ...at(d), mediatorId: reg.mediatorId });
    const session = { place: '调解室', attendees: '张伟、李强', notes: '当面协商' };
    const early = await refused('disputes:record-session', { ...at(d), ...session, heldAt: '2026-11-20T09:00:00+08:00' });
    expect(early).toMatchObject({ code: 'invalid-input', message: '「调解时间」不能早于受理时间', issues: [{ path: ['heldAt'] }] });
    const future = await refused('disputes:record-session', { ...at(d), ...session, heldAt: '2026-11-26T09:00:00+08:00' });
    expect(future.message).toBe('「调解时间」不能晚于当前时间');
    d = await call('disputes:record-session', { ...at(d), ...session, heldAt: '2026-11-20T14:00:00+08:00' });
    d = await call('disputes:record-outcome', { ...at(d), outcome: 'settled', agreedTerms: '停止噪音', performance: '自觉履行', performanceDue: '2026-11-30T00:00:00+08:00' });
    const visit = await refused('disputes:record-return-visit', { ...at(d), visitedAt: '2026-11-21T10:00:00+08:00', notes: '已履行' });
    expect(visit).toMatchObject({ code: 'invalid-input', issues: [{ path: ['visitedAt'] }] });
    expect(visit.message).toMatch(/不能早于调解结果的时间$/);
    // A time typed to the minute of the outcome (the form's default) is not "before" it.
    const minute = new Date(Math.floor(Date.parse(d.outcomeAt!) / 60_000) * 60_000).toISOString();
    expect((await call('disputes:record-feedback', { ...at(d), satisfaction: 'satisfied', feedbackAt: minute })).feedback?.at).toBe(minute);
  });

  it('withdraws a case only with a reason', async () => {
    const d = await call('disputes:create', intake(reg.estateId));
    expect((await refused('disputes:transition', { ...at(d), to: 'withdrawn' })).message).toBe('撤回必须填写原因（例如当事人自行和解、申请人撤回申请）。');
    const w = await call('disputes:transition', { ...at(d), to: 'withdrawn', reason: '申请人已与邻居自行和解' });
    // The reason is kept, and who withdrew it and when are shown on the case.
    expect(w).toMatchObject({ status: 'withdrawn', withdrawalReason: '申请人已与邻居自行和解', endedBy: '管理员' });
    expect(w.closedAt).toMatch(/^2026-11-25T06:/);
  });

  it('keeps a deadline missed before an escalation in the record, the overdue list and the month\'s count', async () => {
    // Received 20 Nov 09:30, never mediated: the 24 h 小事 clock ran out on 21 Nov; the test clock is 25 Nov.
    let d = await call('disputes:create', intake(reg.estateId));
    d = await call('disputes:assign', { ...at(d), mediatorId: reg.mediatorId });
    d = await call('disputes:escalate', { ...at(d), to: 'medium', reason: '涉及多户业主' });
    expect(d.deadlines).toEqual(expect.arrayContaining([{ kind: 'mediate', metBy: 'first-session', dueAt: '2026-11-21T01:30:00.000Z', metAt: null, status: 'overdue', underTier: 'minor' }]));
    const listed = await call('disputes:list', { offset: 0, limit: 10, overdue: true });
    expect(listed.rows.map((r) => r.id)).toContain(d.id);
    expect((await call('disputes:monthly-analysis', { month: '2026-11' })).overdue.count).toBe(1);
    // Mediated later: 逾期办结, still counted as missed.
    d = await call('disputes:record-session', { ...at(d), heldAt: '2026-11-25T10:00:00+08:00', place: '调解室', attendees: '张伟、李强', notes: '当面协商' });
    expect(d.deadlines.find((x) => x.underTier === 'minor')?.status).toBe('met-late');
    expect((await call('disputes:monthly-analysis', { month: '2026-11' })).overdue.count).toBe(1);
  });

  it('shows a joint referral\'s lead department and offers the departments\' result next', async () => {
    let d = await call('disputes:create', intake(reg.estateId, { category: 'fire-hazard', description: '楼道堆放杂物堵塞消防通道' }));
    d = await call('disputes:assign', { ...at(d), mediatorId: reg.mediatorId });
    expect(availableActions(caseStateOfView(d))).not.toContain('department-result');
    d = await call('disputes:refer', { ...at(d), kind: 'joint', to: '消防救援大队、城管执法大队', at: '2026-11-20T12:00:00+08:00' });
    expect(d.department).toEqual({ name: '消防救援大队、城管执法大队', referredAt: '2026-11-20T04:00:00.000Z', result: null, resultAt: null, joint: true });
    expect(availableActions(caseStateOfView(d))).toContain('department-result');
    // The joint lead is not a department referral: 移交 to a department is still open.
    expect(availableActions(caseStateOfView(d))).toContain('refer');
    d = await call('disputes:record-department-result', { ...at(d), result: '已联合清理楼道杂物' });
    expect(d.department).toMatchObject({ result: '已联合清理楼道杂物', joint: true });
  });

  it('keeps a case history (操作记录) of the case and its parts, newest first, with who did it', async () => {
    const d = await mediating();
    const party = d.parties[0]!;
    await call('disputes:reveal', { partyId: party.id, field: 'phone' });
    const history = await call('disputes:history', { id: d.id });
    expect(history.map((h) => h.what)).toEqual([
      '查看当事人电话',
      '案件：状态：已分派 → 调解中；填写或修改了「首次调解时间」',
      '记录调解过程',
      '案件：状态：已登记 → 已分派；填写或修改了「调解员」、「分派时间」',
      '登记当事人',
      '登记当事人',
      '登记案件',
    ]);
    expect(new Set(history.map((h) => h.actor))).toEqual(new Set(['管理员']));
    expect((await t.app.dispatch('disputes:history', { id: '01900000-0000-7000-8000-000000000000' }, t.admin)).ok).toBe(false);
  });

  it('refuses what the table forbids, with a Chinese sentence saying what is missing', async () => {
    const d = await call('disputes:create', intake(reg.estateId));
    expect((await refused('disputes:transition', { ...at(d), to: 'closed' })).code).toBe('forbidden-transition');
    const noReason = await refused('disputes:transition', { ...at(d), to: 'rejected' });
    expect(noReason.message).toBe('不予受理必须填写理由。');
    const session = await refused('disputes:record-session', { ...at(d), heldAt: '2026-11-20T14:00:00+08:00', place: '调解室', attendees: '张伟', notes: '记录' });
    expect(session.message).toMatch(/分派调解员/);
    const rejected = await call('disputes:transition', { ...at(d), to: 'rejected', reason: '不属于物业纠纷，已告知当事人向派出所反映' });
    expect(rejected.status).toBe('rejected');
    expect((await refused('disputes:assign', { ...at(rejected), mediatorId: reg.mediatorId })).code).toBe('forbidden-transition');
  });

  it('escalates with a reason and restarts the clock under the new tier', async () => {
    let d = await call('disputes:create', intake(reg.estateId));
    const noReason = await t.app.dispatch('disputes:escalate', { ...at(d), to: 'medium' }, t.admin);
    expect(noReason.ok || noReason.error.code).toBe('invalid-input');
    const down = await refused('disputes:escalate', { ...at(d), to: 'minor', reason: '误报' });
    expect(down.code).toBe('forbidden-transition');
    d = await call('disputes:escalate', { ...at(d), to: 'major', reason: '涉及违法搭建，需多部门联合处置' });
    expect(d.tier).toBe('major');
    const refer = d.deadlines.find((x) => x.kind === 'refer')!;
    // The clock starts at the escalation (now), not at receipt: due 24 h after it.
    expect(Date.parse(refer.dueAt)).toBeGreaterThan(Date.parse('2026-11-21T01:30:00Z'));
    d = await call('disputes:refer', { ...at(d), kind: 'joint', to: '住建、城管、消防', at: new Date(Date.parse(TEST_NOW) + 3_600_000).toISOString() }); // an hour after the escalation, inside its 24 h
    expect(d.deadlines.find((x) => x.kind === 'refer')?.status).toBe('met');
  });

  it('lets the director edit the rules, recomputing open cases, and refuses a mediator', async () => {
    const d = await call('disputes:create', intake(reg.estateId));
    const rules = await ok(t.app, t.admin, 'disputes:get-rules', {});
    const edited = rules.rules.map((r) => (r.kind === 'mediate' ? { ...r, amount: 2, unit: 'working-days' as const } : r));
    const saved = await ok(t.app, t.admin, 'disputes:update-rules', { rules: edited });
    expect(saved).toMatchObject({ edited: true, recomputed: 1 });
    const after = await call('disputes:get', { id: d.id });
    // Received Fri 2026-11-20: two working days → Tue 24 Nov, ending at 24:00 China time.
    expect(after.deadlines[0]).toMatchObject({ kind: 'mediate', dueAt: '2026-11-24T16:00:00.000Z' });
    const list = await ok(t.app, t.admin, 'disputes:list', { offset: 0, limit: 10 });
    expect(list.rows[0]?.nextDueAt).toBe('2026-11-24T16:00:00.000Z');
  });

  it('reports the cases whose deadlines moved, a met one included', async () => {
    // Settled: its 24-hour mediation deadline was met by the session; nothing unmet depends on it.
    await mediatedCase(t.app, t.admin, reg, { settled: '双方同意错峰装修' });
    const rules = await ok(t.app, t.admin, 'disputes:get-rules', {});
    const edited = rules.rules.map((r) => (r.kind === 'mediate' ? { ...r, amount: 2, unit: 'working-days' as const } : r));
    expect(await ok(t.app, t.admin, 'disputes:update-rules', { rules: edited })).toMatchObject({ recomputed: 1 });
    // Saving the same rules again moves nothing.
    expect(await ok(t.app, t.admin, 'disputes:update-rules', { rules: edited })).toMatchObject({ recomputed: 0 });
  });
});
