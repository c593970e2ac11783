import {
  allowedTransitions,
  canEscalate,
  checkEscalation,
  checkTransition,
  isTerminal,
  type TransitionFacts,
} from '#shared/domain/disputes/dispute-lifecycle';
import { DISPUTE_STATUSES, DISPUTE_TIERS, type DisputeStatus } from '#shared/domain/disputes/disputes.schema';
import { describe, expect, it } from 'vitest';

/** Every fact present: only the table itself can refuse. */
const ALL: TransitionFacts = {
  hasMediator: true,
  hasAgreement: true,
  hasFailureReason: true,
  hasCourtReferral: true,
  hasDepartmentReferral: true,
  hasDepartmentResult: true,
  hasFeedback: true,
  reason: '申请人已向法院起诉',
};

// The table of the disputes issue, written out independently of the code.
const ALLOWED = new Set([
  'registered→assigned', 'registered→rejected', 'registered→withdrawn',
  'assigned→mediating', 'assigned→referred', 'assigned→rejected', 'assigned→withdrawn',
  'mediating→settled', 'mediating→failed', 'mediating→referred', 'mediating→rejected', 'mediating→withdrawn',
  'settled→closed', 'failed→closed', 'referred→closed',
]);

const pairs = DISPUTE_STATUSES.flatMap((from) => DISPUTE_STATUSES.map((to) => [from, to] as const));

describe('dispute lifecycle: the transition table', () => {
  it.each(pairs.filter(([f, t]) => ALLOWED.has(`${f}→${t}`)))('allows %s → %s', (from, to) => {
    expect(checkTransition(from, to, ALL)).toEqual({ ok: true });
    expect(allowedTransitions(from)).toContain(to);
  });

  it.each(pairs.filter(([f, t]) => !ALLOWED.has(`${f}→${t}`)))('forbids %s → %s whatever the facts', (from, to) => {
    const result = checkTransition(from, to, ALL);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.code).toBe('forbidden-transition');
    expect(allowedTransitions(from)).not.toContain(to);
  });

  it('ends in closed, rejected and withdrawn only', () => {
    const terminal = DISPUTE_STATUSES.filter((s) => allowedTransitions(s).length === 0);
    expect(terminal).toEqual(['closed', 'rejected', 'withdrawn']);
    for (const s of DISPUTE_STATUSES) expect(isTerminal(s)).toBe(terminal.includes(s));
  });

  it.each([
    ['registered', 'settled', '「已登记」的案件不能直接改为「调解成功」，只能改为「已分派」、「不予受理」、「已撤回」。'],
    ['settled', 'mediating', '「调解成功」的案件不能直接改为「调解中」，只能改为「已结案」。'],
    ['closed', 'mediating', '案件已结案，不能再改为「调解中」。'],
    ['rejected', 'assigned', '案件已决定不予受理，不能再改为「已分派」。'],
    ['withdrawn', 'registered', '案件已撤回，不能再改为「已登记」。'],
    ['mediating', 'mediating', '案件已经是「调解中」状态。'],
  ] as const)('explains why %s → %s is refused', (from, to, message) => {
    expect(checkTransition(from, to, ALL)).toMatchObject({ ok: false, message, missing: null });
  });
});

describe('dispute lifecycle: what each step needs', () => {
  const without = (fact: keyof TransitionFacts): TransitionFacts => ({ ...ALL, [fact]: fact === 'reason' ? '  ' : false });

  it.each([
    ['registered', 'assigned', 'hasMediator', '分派前请先指定调解员。'],
    ['mediating', 'settled', 'hasAgreement', '调解成功前请先记录协议内容、履行方式和履行期限。'],
    ['mediating', 'referred', 'hasDepartmentReferral', '移交前请先记录接收部门和移交时间。'],
    ['assigned', 'referred', 'hasDepartmentReferral', '移交前请先记录接收部门和移交时间。'],
    ['registered', 'rejected', 'reason', '不予受理必须填写理由。'],
    ['settled', 'closed', 'hasFeedback', '结案前请先记录回访反馈（当事人满意度）。'],
    ['referred', 'closed', 'hasDepartmentResult', '已移交的案件结案前，请先记录部门的办理结果。'],
  ] as const)('%s → %s without %s: %s', (from, to, fact, message) => {
    expect(checkTransition(from, to, without(fact))).toEqual({ ok: false, code: 'forbidden-transition', message, missing: fact });
  });

  it('fails a mediation only with a reason, recorded or given now', () => {
    const message = '请填写调解不成的原因。';
    expect(checkTransition('mediating', 'failed', {})).toMatchObject({ ok: false, message });
    expect(checkTransition('mediating', 'failed', { reason: ' ' })).toMatchObject({ ok: false, message });
    expect(checkTransition('mediating', 'failed', { reason: '双方分歧过大' })).toEqual({ ok: true });
    expect(checkTransition('mediating', 'failed', { hasFailureReason: true })).toEqual({ ok: true });
  });

  it('closes a failed case with a court referral or a department referral, and not without either', () => {
    const none = { ...ALL, hasCourtReferral: false, hasDepartmentReferral: false };
    expect(checkTransition('failed', 'closed', none)).toMatchObject({
      ok: false,
      message: '调解不成的案件结案前，请先记录诉调对接（法院、移送日期、案号）或部门移交。',
    });
    expect(checkTransition('failed', 'closed', { ...none, hasCourtReferral: true })).toEqual({ ok: true });
    expect(checkTransition('failed', 'closed', { ...none, hasDepartmentReferral: true })).toEqual({ ok: true });
  });

  it('treats a fact the service did not pass as missing', () => {
    const blocked: [DisputeStatus, DisputeStatus][] = [
      ['registered', 'assigned'], ['mediating', 'settled'], ['mediating', 'referred'], ['registered', 'rejected'],
      ['settled', 'closed'], ['failed', 'closed'], ['referred', 'closed'], ['mediating', 'withdrawn'], ['registered', 'withdrawn'],
    ];
    for (const [from, to] of blocked) expect(checkTransition(from, to).ok, `${from}→${to}`).toBe(false);
    // Steps that need nothing more.
    for (const [from, to] of [['assigned', 'mediating']] as const) {
      expect(checkTransition(from, to)).toEqual({ ok: true });
    }
  });

  it('withdraws only with a reason, said in Chinese', () => {
    expect(checkTransition('mediating', 'withdrawn', { reason: '  ' })).toMatchObject({ ok: false, missing: 'reason', message: '撤回必须填写原因（例如当事人自行和解、申请人撤回申请）。' });
    expect(checkTransition('registered', 'withdrawn', { reason: '申请人已与邻居自行和解' })).toEqual({ ok: true });
  });
});

describe('tier escalation (小事 → 中事 → 大事)', () => {
  it.each(DISPUTE_TIERS.flatMap((from) => DISPUTE_TIERS.map((to) => [from, to] as const)))('%s → %s', (from, to) => {
    const upward = DISPUTE_TIERS.indexOf(to) > DISPUTE_TIERS.indexOf(from);
    expect(canEscalate(from, to)).toBe(upward);
  });

  it.each([
    ['mediating', 'minor', 'major', '多户业主联名，涉及消防通道', { ok: true }],
    ['registered', 'minor', 'medium', '', { ok: false, message: '升级处置等级必须填写原因。', missing: 'reason' }],
    ['assigned', 'medium', 'minor', '误判', { ok: false, message: '处置等级只能从低到高升级（小事 → 中事 → 大事），不能从「中事」改为「小事」。' }],
    ['assigned', 'major', 'major', '重复', { ok: false, message: '处置等级只能从低到高升级（小事 → 中事 → 大事），不能从「大事」改为「大事」。' }],
    ['settled', 'minor', 'medium', '协议未履行', { ok: false, message: '「调解成功」的案件不能再升级处置等级。' }],
    ['closed', 'minor', 'medium', '重新处理', { ok: false, message: '「已结案」的案件不能再升级处置等级。' }],
  ] as const)('a %s case from %s to %s with reason %j', (status, from, to, reason, expected) => {
    expect(checkEscalation(status, from, to, reason)).toMatchObject(expected);
  });
});
