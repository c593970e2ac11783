import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedEstates, sittingCommittee } from './helpers/committee-fixtures';
import { bootstrappedLedger, changeCount, ok, type TestLedger } from './helpers/temp-ledger';

let t: TestLedger;
let committeeId: string;
let memberIds: string[];
beforeEach(async () => {
  t = await bootstrappedLedger();
  const reg = await seedEstates(t.app, t.admin);
  committeeId = (await ok(t.app, t.admin, 'committees:create', sittingCommittee(reg.estateId))).id;
  for (const n of [1, 2, 3, 4, 5]) await ok(t.app, t.admin, 'committees:add-member', member(committeeId, n));
  memberIds = (await ok(t.app, t.admin, 'committees:get', { id: committeeId })).members.map((m) => m.id);
});
afterEach(() => t.close());

describe('劝退程序', () => {
  it('runs proposal → talk → assembly decision, ending the membership as persuaded-to-withdraw, and counts it against the 10% goal', async () => {
    let c = await ok(t.app, t.admin, 'committees:propose-withdrawal', { memberId: memberIds[0]!, proposedOn: '2026-09-01', grounds: '长期不参加会议，不履行职责' });
    const w = c.withdrawals[0]!;
    expect(w).toMatchObject({ step: 'proposed', memberName: '成员1' });
    // The assembly cannot decide before the talk.
    const early = await t.app.dispatch('committees:advance-withdrawal', { id: w.id, version: w.version, step: 'assembly', on: '2026-10-01', assemblyDecision: 'withdraw' }, t.admin);
    expect(early.ok || early.error.code).toBe('forbidden-transition');
    const before = changeCount(t.app);
    const backwards = await t.app.dispatch('committees:advance-withdrawal', { id: w.id, version: w.version, step: 'talk', on: '2026-08-01' }, t.admin);
    expect(backwards.ok || backwards.error.issues?.[0]?.path).toEqual(['on']);
    expect(changeCount(t.app)).toBe(before);
    c = await ok(t.app, t.admin, 'committees:advance-withdrawal', { id: w.id, version: w.version, step: 'talk', on: '2026-09-10', note: '社区党委书记谈话' });
    c = await ok(t.app, t.admin, 'committees:advance-withdrawal', { id: w.id, version: c.withdrawals[0]!.version, step: 'assembly', on: '2026-10-20', assemblyDecision: 'withdraw', note: '业主大会表决通过' });
    expect(c.withdrawals[0]).toMatchObject({ step: 'decided', decision: 'withdraw', assemblyOn: '2026-10-20' });
    expect(c.members.find((m) => m.id === memberIds[0])).toMatchObject({ ceasedOn: '2026-10-20', ceaseReason: 'persuaded-to-withdraw' });
    const d = await ok(t.app, t.admin, 'committees:dashboard', {});
    expect(d.unfit).toEqual({ year: '2026', adjusted: 1, members: 5, percent: 20, goalPercent: 10 });
  });

  it('keeps the member when the assembly does not agree, and refuses a second procedure under way', async () => {
    const c = await ok(t.app, t.admin, 'committees:propose-withdrawal', { memberId: memberIds[1]!, proposedOn: '2026-09-01', grounds: '擅自以业委会名义签订合同' });
    const again = await t.app.dispatch('committees:propose-withdrawal', { memberId: memberIds[1]!, proposedOn: '2026-09-02', grounds: '同上' }, t.admin);
    expect(again.ok || again.error.message).toContain('已有进行中的劝退程序');
    const w = c.withdrawals[0]!;
    const talked = await ok(t.app, t.admin, 'committees:advance-withdrawal', { id: w.id, version: w.version, step: 'talk', on: '2026-09-10' });
    const kept = await ok(t.app, t.admin, 'committees:advance-withdrawal', { id: w.id, version: talked.withdrawals[0]!.version, step: 'assembly', on: '2026-10-20', assemblyDecision: 'keep' });
    expect(kept.members.find((m) => m.id === memberIds[1])?.ceasedOn).toBeNull();
    expect(kept.withdrawals[0]?.decision).toBe('keep');
  });
});
