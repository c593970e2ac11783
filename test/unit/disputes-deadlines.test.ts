// Deadline rules and their statuses. Working-day cases use the official 2026
// schedule pinned in disputes-work-calendar.test.ts (National Day 1–7 Oct off,
// 20 Sep and 10 Oct worked; Spring Festival 15–23 Feb off, 14 and 28 Feb worked).
import {
  DEFAULT_DEADLINE_RULES,
  computeDeadlines,
  deadlineRule,
  deadlineStatusAt,
  dueFrom,
  hotlineDispatchedLate,
  isMissed,
  isOverdue,
  nextDueAt,
  parseRuleWhenKey,
  ruleWhenKey,
  supersededByEscalation,
  type DeadlineFacts,
  type DeadlineRule,
} from '#shared/domain/disputes/deadlines';
import { describe, expect, it } from 'vitest';

const RECEIVED = '2026-11-21T02:00:00.000Z'; // 10:00 on Saturday 21 Nov in China
const at = (iso: string) => new Date(iso);
const minor: DeadlineFacts = { source: 'walk-in', tier: 'minor', status: 'registered', receivedAt: RECEIVED };
const run = (facts: Partial<DeadlineFacts>, now = RECEIVED, rules: readonly DeadlineRule[] = DEFAULT_DEADLINE_RULES) =>
  computeDeadlines({ ...minor, ...facts }, rules, at(now));

describe('default deadline rules (the published practice)', () => {
  it.each([
    ['minor', 'mediate', 'first-session', '2026-11-22T02:00:00.000Z'], // + 24 h
    ['medium', 'resolve', 'outcome', '2026-11-28T02:00:00.000Z'], // + 7 calendar days
    ['major', 'refer', 'joint-referral', '2026-11-22T02:00:00.000Z'], // + 24 h
  ] as const)('a %s case gets a %s deadline (met by %s) due %s', (tier, kind, metBy, dueAt) => {
    expect(run({ tier })).toEqual([{ kind, metBy, dueAt, metAt: null, status: 'on-track' }]);
  });

  it('a 12345 case also gets organise-mediation (24 h) and feedback (7 days), nearest first', () => {
    expect(run({ source: 'hotline-12345' }).map((d) => [d.kind, d.dueAt])).toEqual([
      ['mediate', '2026-11-22T02:00:00.000Z'],
      ['organise-mediation', '2026-11-22T02:00:00.000Z'],
      ['feedback', '2026-11-28T02:00:00.000Z'],
    ]);
  });

  it('calendar days run straight through a holiday', () => {
    const [resolve] = run({ tier: 'medium', receivedAt: '2026-09-28T01:00:00.000Z' }, '2026-09-28T01:00:00.000Z');
    expect(resolve?.dueAt).toBe('2026-10-05T01:00:00.000Z');
  });

  it('each deadline is met by its own event', () => {
    const facts: Partial<DeadlineFacts> = {
      source: 'hotline-12345',
      status: 'mediating',
      firstSessionAt: '2026-11-21T08:00:00.000Z',
    };
    const byKind = Object.fromEntries(run(facts, '2026-11-21T09:00:00.000Z').map((d) => [d.kind, d]));
    expect(byKind['mediate']).toMatchObject({ metAt: '2026-11-21T08:00:00.000Z', status: 'met' });
    expect(byKind['organise-mediation']).toMatchObject({ status: 'met' });
    expect(byKind['feedback']).toMatchObject({ metAt: null, status: 'on-track' });
    const major = run({ tier: 'major', jointReferralAt: '2026-11-21T05:00:00.000Z' });
    expect(major).toEqual([{ kind: 'refer', metBy: 'joint-referral', dueAt: '2026-11-22T02:00:00.000Z', metAt: '2026-11-21T05:00:00.000Z', status: 'met' }]);
  });

  it('a deadline met after it was due is met-late (逾期办结), not a plain met', () => {
    const [late] = run({ firstSessionAt: '2026-11-23T02:00:00.000Z' }, '2026-11-24T00:00:00.000Z');
    expect(late?.status).toBe('met-late');
    expect(isMissed(late!)).toBe(true);
    // Met exactly at the due time is on time.
    const [onTime] = run({ firstSessionAt: late!.dueAt }, '2026-11-24T00:00:00.000Z');
    expect(onTime?.status).toBe('met');
    expect(isMissed(onTime!)).toBe(false);
  });
});

describe('status boundaries (24 h window, a quarter is 6 h)', () => {
  const due = '2026-11-22T02:00:00.000Z';
  it.each([
    ['2026-11-21T02:00:00.000Z', 'on-track'], // just received
    ['2026-11-21T20:00:00.000Z', 'on-track'], // exactly a quarter left: not yet "less than"
    ['2026-11-21T20:00:00.001Z', 'due-soon'],
    ['2026-11-22T02:00:00.000Z', 'due-soon'], // at the due instant: not yet late
    ['2026-11-22T02:00:00.001Z', 'overdue'],
    ['2027-01-01T00:00:00.000Z', 'overdue'],
  ] as const)('at %s it is %s', (now, status) => {
    expect(deadlineStatusAt(RECEIVED, due, null, at(now))).toBe(status);
    expect(run({}, now)[0]?.status).toBe(status);
  });

  it('is met whatever the time once done', () => {
    expect(deadlineStatusAt(RECEIVED, due, '2026-11-21T03:00:00.000Z', at('2030-01-01T00:00:00Z'))).toBe('met');
  });
});

describe('escalation restarts the clock under the new tier', () => {
  const escalatedAt = '2026-11-22T10:00:00.000Z';
  it('drops the old tier’s deadline and starts the new one at the escalation', () => {
    const deadlines = run({ tier: 'medium', clockStart: escalatedAt }, '2026-11-28T09:00:00.000Z');
    expect(deadlines).toEqual([{ kind: 'resolve', metBy: 'outcome', dueAt: '2026-11-29T10:00:00.000Z', metAt: null, status: 'due-soon' }]);
  });

  it('keeps source clocks (12345) anchored on receipt', () => {
    const deadlines = run({ tier: 'major', source: 'hotline-12345', clockStart: escalatedAt }, '2026-11-22T11:00:00.000Z');
    expect(deadlines.map((d) => [d.kind, d.dueAt, d.status])).toEqual([
      ['organise-mediation', '2026-11-22T02:00:00.000Z', 'overdue'],
      ['refer', '2026-11-23T10:00:00.000Z', 'on-track'],
      ['feedback', '2026-11-28T02:00:00.000Z', 'on-track'],
    ]);
  });
});

describe('a deadline missed before an escalation stays missed', () => {
  // A 小事 received Saturday 10:00 with no session: its 24 h mediate clock ran out Sunday 10:00.
  const escalatedAt = '2026-11-22T10:00:00.000Z';
  const missed = supersededByEscalation({ ...minor, status: 'assigned' }, 'medium', DEFAULT_DEADLINE_RULES, at(escalatedAt));

  it('names the old tier\'s overdue clock the new tier no longer carries', () => {
    expect(missed).toEqual([{ kind: 'mediate', dueAt: '2026-11-22T02:00:00.000Z', metBy: 'first-session', tier: 'minor' }]);
    // Nothing is left behind when the old clock was met or not yet due.
    expect(supersededByEscalation({ ...minor, status: 'mediating', firstSessionAt: '2026-11-21T08:00:00.000Z' }, 'medium', DEFAULT_DEADLINE_RULES, at(escalatedAt))).toEqual([]);
    expect(supersededByEscalation({ ...minor, status: 'assigned' }, 'medium', DEFAULT_DEADLINE_RULES, at('2026-11-21T20:00:00.000Z'))).toEqual([]);
  });

  it('keeps it overdue beside the new tier\'s clock, then 逾期办结 once the step is done', () => {
    const after = { tier: 'medium' as const, status: 'assigned' as const, clockStart: escalatedAt, superseded: missed };
    expect(run(after, '2026-11-23T00:00:00.000Z')).toEqual([
      { kind: 'mediate', metBy: 'first-session', dueAt: '2026-11-22T02:00:00.000Z', metAt: null, status: 'overdue', underTier: 'minor' },
      { kind: 'resolve', metBy: 'outcome', dueAt: '2026-11-29T10:00:00.000Z', metAt: null, status: 'on-track' },
    ]);
    const mediated = run({ ...after, status: 'mediating', firstSessionAt: '2026-11-23T01:00:00.000Z' }, '2026-11-23T02:00:00.000Z');
    expect(mediated[0]).toMatchObject({ kind: 'mediate', status: 'met-late', underTier: 'minor' });
    expect(nextDueAt(mediated)).toBe('2026-11-29T10:00:00.000Z');
    // Withdrawn: the unmet clock stops, as every clock does.
    expect(run({ ...after, status: 'withdrawn' }, '2026-11-23T00:00:00.000Z')).toEqual([]);
  });
});

describe('the return visit after a settlement', () => {
  const settled: Partial<DeadlineFacts> = {
    status: 'settled',
    tier: 'medium',
    firstSessionAt: '2026-11-22T02:00:00.000Z',
    outcomeAt: '2026-11-25T03:00:00.000Z',
  };

  it('starts at the outcome, default 7 days', () => {
    const visit = run(settled, '2026-11-26T00:00:00.000Z').find((d) => d.kind === 'return-visit');
    expect(visit).toEqual({ kind: 'return-visit', metBy: 'return-visit', dueAt: '2026-12-02T03:00:00.000Z', metAt: null, status: 'on-track' });
  });

  it('takes the date the mediator set', () => {
    const visit = run({ ...settled, dueOverrides: { 'return-visit': '2026-12-10T02:00:00+08:00' } }).find((d) => d.kind === 'return-visit');
    expect(visit?.dueAt).toBe('2026-12-09T18:00:00.000Z');
  });

  it('does not exist before the settlement, nor after a failure', () => {
    expect(run({ status: 'mediating' }).some((d) => d.kind === 'return-visit')).toBe(false);
    expect(run({ ...settled, status: 'failed' }).some((d) => d.kind === 'return-visit')).toBe(false);
  });

  it('keeps running after the case is closed; pre-outcome clocks stop', () => {
    const closed = run({ ...settled, source: 'hotline-12345', status: 'closed', outcome: 'settled' }, '2026-12-05T00:00:00.000Z');
    expect(closed.map((d) => [d.kind, d.status])).toEqual([
      ['organise-mediation', 'met'],
      ['resolve', 'met'],
      ['return-visit', 'overdue'],
    ]);
  });
});

describe('stopped cases', () => {
  it.each(['rejected', 'withdrawn'] as const)('a %s case keeps only the deadlines already met', (status) => {
    expect(run({ status }, '2026-12-01T00:00:00.000Z')).toEqual([]);
    const met = run({ status, firstSessionAt: '2026-11-21T05:00:00.000Z' }, '2026-12-01T00:00:00.000Z');
    expect(met.map((d) => d.status)).toEqual(['met']);
  });
});

describe('rules the director edits', () => {
  const workingDays: DeadlineRule = { kind: 'resolve', when: { tier: 'medium' }, amount: 3, unit: 'working-days', metBy: 'outcome' };

  it.each([
    // received at 10:00 China time on 30 Sep: 8, 9 and (make-up) 10 Oct; due at 24:00 that day
    ['2026-09-30T02:00:00.000Z', 3, '2026-10-10T16:00:00.000Z'],
    // 23:30 China time on 7 Oct is still 7 Oct in China, though 15:30 UTC; 8 Oct is day one
    ['2026-10-07T15:30:00.000Z', 1, '2026-10-08T16:00:00.000Z'],
    // 07:30 China time on 8 Oct (7 Oct in UTC): the 8th does not count, the 9th is day one
    ['2026-10-07T23:30:00.000Z', 1, '2026-10-09T16:00:00.000Z'],
    // Friday 13 Feb: Saturday 14 is worked, then Spring Festival until the 23rd
    ['2026-02-13T09:00:00.000Z', 1, '2026-02-14T16:00:00.000Z'],
    ['2026-02-13T09:00:00.000Z', 2, '2026-02-24T16:00:00.000Z'],
    // Friday 18 Sep: Sunday 20 Sep is worked
    ['2026-09-18T02:00:00.000Z', 1, '2026-09-20T16:00:00.000Z'],
  ] as const)('%s + %i working days is due %s', (receivedAt, amount, dueAt) => {
    expect(dueFrom(receivedAt, amount, 'working-days')).toBe(dueAt);
    const [resolve] = run({ tier: 'medium', receivedAt }, receivedAt, [{ ...workingDays, amount }]);
    expect(resolve?.dueAt).toBe(dueAt);
  });

  it('measures due-soon against the whole working-day window (holidays included)', () => {
    // window 30 Sep 02:00Z → 10 Oct 16:00Z is 254 h; a quarter is 63.5 h → due-soon after 8 Oct 00:30Z
    const rules = [workingDays];
    const facts = { tier: 'medium' as const, receivedAt: '2026-09-30T02:00:00.000Z' };
    expect(run(facts, '2026-10-08T00:30:00.000Z', rules)[0]?.status).toBe('on-track');
    expect(run(facts, '2026-10-08T00:30:00.001Z', rules)[0]?.status).toBe('due-soon');
  });

  it('keeps the earliest due time when two rules give the same kind', () => {
    const rules: DeadlineRule[] = [
      { kind: 'feedback', when: { source: 'hotline-12345' }, amount: 7, unit: 'calendar-days', metBy: 'feedback' },
      { kind: 'feedback', when: { tier: 'minor' }, amount: 48, unit: 'hours', metBy: 'feedback' },
    ];
    expect(run({ source: 'hotline-12345' }, RECEIVED, rules)).toEqual([
      { kind: 'feedback', metBy: 'feedback', dueAt: '2026-11-23T02:00:00.000Z', metAt: null, status: 'on-track' },
    ]);
  });

  it('requires every condition of a rule to hold', () => {
    const rule: DeadlineRule = { kind: 'refer', when: { tier: 'major', source: 'grid-report' }, amount: 12, unit: 'hours', metBy: 'joint-referral' };
    expect(run({ tier: 'major', source: 'walk-in' }, RECEIVED, [rule])).toEqual([]);
    expect(run({ tier: 'major', source: 'grid-report' }, RECEIVED, [rule])).toHaveLength(1);
  });

  it('can anchor a status rule on receipt instead of the outcome', () => {
    const rule: DeadlineRule = { kind: 'return-visit', when: { status: 'settled' }, amount: 30, unit: 'calendar-days', metBy: 'return-visit', from: 'received' };
    expect(run({ status: 'settled', outcomeAt: '2026-11-25T00:00:00.000Z' }, RECEIVED, [rule])[0]?.dueAt).toBe('2026-12-21T02:00:00.000Z');
  });

  it('validates an edited rule, with messages that do not repeat the field name', () => {
    for (const rule of DEFAULT_DEADLINE_RULES) expect(deadlineRule.safeParse(rule).success).toBe(true);
    const bad = (patch: object) => deadlineRule.safeParse({ ...workingDays, ...patch }).error?.issues[0]?.message;
    expect(bad({ amount: 0 })).toBe('至少为 1');
    expect(bad({ amount: 1.5 })).toBe('应为整数');
    expect(bad({ amount: 400 })).toBe('不能超过 366 个工作日');
    expect(bad({ amount: 9000, unit: 'hours' })).toBe('不能超过 8784 个小时');
    expect(bad({ when: {} })).toBe('请至少选择一个适用条件（等级、来源或结果）');
    expect(bad({ when: { status: 'mediating' } })).toBe('只能是调解成功、调解不成或已移交');
    expect(bad({ unit: 'weeks' })).toBe('只能是小时、自然日或工作日');
  });

  it.each([
    [{ tier: 'minor' }, 'tier:minor'],
    [{ source: 'hotline-12345' }, 'source:hotline-12345'],
    [{ status: 'settled', tier: 'major' }, 'tier:major,status:settled'],
  ] as const)('stores the conditions %o as %s and reads them back', (when, key) => {
    expect(ruleWhenKey(when)).toBe(key);
    expect(parseRuleWhenKey(key)).toEqual(when);
  });

  it.each(['', 'tier', 'tier:huge', 'tier:minor,tier:major', 'colour:red', 'tier:minor:x'])('reads %j as no conditions', (key) => {
    expect(parseRuleWhenKey(key)).toBeNull();
  });
});

describe('summaries', () => {
  it('gives the nearest unmet due time and whether anything is overdue', () => {
    const deadlines = run({ source: 'hotline-12345', firstSessionAt: '2026-11-21T03:00:00.000Z' }, '2026-11-29T00:00:00.000Z');
    expect(nextDueAt(deadlines)).toBe('2026-11-28T02:00:00.000Z');
    expect(isOverdue(deadlines)).toBe(true);
    expect(nextDueAt([])).toBeNull();
    expect(isOverdue(run({}))).toBe(false);
  });
});

describe('the hotline’s 1-hour dispatch limit', () => {
  it.each([
    ['2026-11-21T01:00:00.000Z', false], // exactly 1 h: on time
    ['2026-11-21T00:59:59.999Z', true],
    ['2026-11-20T02:00:00.000Z', true],
    ['2026-11-21T02:30:00.000Z', false], // recorded after receipt: not late
    [null, false],
    [undefined, false],
  ] as const)('hotline took the call at %s → late: %s', (hotlineReceivedAt, late) => {
    expect(hotlineDispatchedLate(RECEIVED, hotlineReceivedAt)).toBe(late);
  });
});
