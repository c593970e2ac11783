import { dueByStep } from '#shared/domain/disputes/deadlines';
import type { DeadlineMetBy, DeadlineView } from '#shared/domain/disputes/disputes.schema';
import { OVERDUE_PRIORITY, compareByUrgency, orderByUrgency, overdueStep, pressingDeadline, stepsBefore, type Urgent } from '#shared/domain/disputes/urgency';
import { describe, expect, it } from 'vitest';

const KIND = { 'first-session': 'mediate', outcome: 'resolve', 'joint-referral': 'refer', feedback: 'feedback', 'return-visit': 'return-visit' } as const;
const late = (metBy: DeadlineMetBy, dueAt: string): DeadlineView => ({ kind: KIND[metBy], metBy, dueAt, metAt: null, status: 'overdue' });
const pending = (metBy: DeadlineMetBy, dueAt: string): DeadlineView => ({ kind: KIND[metBy], metBy, dueAt, metAt: null, status: 'on-track' });
const met = (metBy: DeadlineMetBy, dueAt: string): DeadlineView => ({ kind: KIND[metBy], metBy, dueAt, metAt: dueAt, status: 'met' });
const row = (caseNo: string, deadlines: DeadlineView[], receivedAt = '2026-11-01T00:00:00.000Z'): Urgent & { caseNo: string } => ({
  caseNo,
  receivedAt,
  deadlines,
  nextDueAt: deadlines.filter((d) => d.metAt === null).map((d) => d.dueAt).sort()[0] ?? null,
});

describe('what a late case waits for, most pressing first', () => {
  it('puts no first session first and return visits last', () => {
    expect(OVERDUE_PRIORITY).toEqual(['first-session', 'outcome', 'joint-referral', 'feedback', 'return-visit']);
    expect(stepsBefore('joint-referral')).toEqual(['first-session', 'outcome']);
    expect(stepsBefore('first-session')).toEqual([]);
  });

  it.each<[DeadlineView[], DeadlineMetBy | null, string]>([
    [[late('return-visit', '2026-06-01'), late('first-session', '2026-11-20')], 'first-session', 'the most pressing late step, not the oldest'],
    [[late('feedback', '2026-11-20'), late('outcome', '2026-11-22')], 'outcome', 'no outcome before the 12345 feedback'],
    [[late('return-visit', '2026-06-01'), pending('first-session', '2026-11-30')], 'return-visit', 'only late deadlines count'],
    [[met('first-session', '2026-11-20'), late('joint-referral', '2026-11-21')], 'joint-referral', 'met deadlines do not count'],
    [[pending('outcome', '2026-11-30')], null, 'nothing late'],
    [[], null, 'nothing due at all'],
  ])('%j is late on %s (%s)', (deadlines, step) => {
    expect(overdueStep(deadlines)).toBe(step);
  });
});

describe('the order of late cases', () => {
  const cases = [
    row('visit-june', [late('return-visit', '2026-06-01T00:00:00.000Z')]),
    row('visit-oct', [late('return-visit', '2026-10-01T00:00:00.000Z')]),
    row('no-session-new', [late('first-session', '2026-11-24T00:00:00.000Z')]),
    row('no-session-old', [late('first-session', '2026-11-20T00:00:00.000Z'), late('return-visit', '2026-05-01T00:00:00.000Z')]),
    row('no-outcome', [late('outcome', '2026-11-10T00:00:00.000Z')]),
    row('referral', [late('joint-referral', '2026-11-22T00:00:00.000Z')]),
    row('feedback', [late('feedback', '2026-11-01T00:00:00.000Z')]),
    row('due-later', [pending('outcome', '2026-12-05T00:00:00.000Z')]),
    row('due-sooner', [pending('first-session', '2026-11-26T00:00:00.000Z')]),
    row('nothing-due', [met('outcome', '2026-11-01T00:00:00.000Z')]),
  ];

  it('ranks by what the case waits for, then the longest late on that step, then cases not late by nearest deadline', () => {
    expect(orderByUrgency(cases).map((c) => c.caseNo)).toEqual([
      'no-session-old',
      'no-session-new',
      'no-outcome',
      'referral',
      'feedback',
      'visit-june',
      'visit-oct',
      'due-sooner',
      'due-later',
      'nothing-due',
    ]);
  });

  it('breaks ties by receipt, then case number, and does not change its input', () => {
    const a = row('2026-0002', [late('outcome', '2026-11-10T00:00:00.000Z')], '2026-11-01T00:00:00.000Z');
    const b = row('2026-0001', [late('outcome', '2026-11-10T00:00:00.000Z')], '2026-11-02T00:00:00.000Z');
    const c = row('2026-0003', [late('outcome', '2026-11-10T00:00:00.000Z')], '2026-11-02T00:00:00.000Z');
    const input = [c, b, a];
    expect(orderByUrgency(input).map((r) => r.caseNo)).toEqual(['2026-0002', '2026-0001', '2026-0003']);
    expect(input.map((r) => r.caseNo)).toEqual(['2026-0003', '2026-0001', '2026-0002']);
    expect(compareByUrgency(a, a)).toBe(0);
  });
});

describe('the deadline shown beside a case', () => {
  it.each<[DeadlineView[], string | null, string]>([
    [[late('return-visit', '2026-05-01'), late('first-session', '2026-11-20')], '2026-11-20', 'the step it is ranked by, not its oldest late deadline'],
    [[late('first-session', '2026-11-22'), late('first-session', '2026-11-21')], '2026-11-21', 'the longest late of that step'],
    [[pending('feedback', '2026-11-30'), pending('outcome', '2026-11-27'), met('first-session', '2026-11-20')], '2026-11-27', 'not late: the nearest unmet'],
    [[met('outcome', '2026-11-20')], null, 'nothing due'],
  ])('%j shows the one due %s (%s)', (deadlines, dueAt) => {
    expect(pressingDeadline(deadlines)?.dueAt ?? null).toBe(dueAt);
  });
});

describe('due time per step (the derived columns)', () => {
  it('keeps the nearest unmet due time of each step, null where nothing waits', () => {
    const deadlines = [
      pending('first-session', '2026-11-26T00:00:00.000Z'),
      { ...pending('first-session', '2026-11-25T00:00:00.000Z'), kind: 'organise-mediation' as const },
      late('feedback', '2026-11-20T00:00:00.000Z'),
      met('outcome', '2026-11-22T00:00:00.000Z'),
    ];
    expect(dueByStep(deadlines)).toEqual({
      'first-session': '2026-11-25T00:00:00.000Z',
      outcome: null,
      'joint-referral': null,
      feedback: '2026-11-20T00:00:00.000Z',
      'return-visit': null,
    });
  });
});
