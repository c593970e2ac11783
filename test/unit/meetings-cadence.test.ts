import { describe, expect, it } from 'vitest';
import { meetingDateOf, periodCells, periodEnded, periodOf, periodsBetween } from '#shared/domain/meetings/cadence';

describe('cadence periods in China', () => {
  it.each([
    // [cadence, China date, key, from, to]
    ['weekly', '2026-11-25', '2026-W48', '2026-11-23', '2026-11-30'],
    ['weekly', '2026-11-29', '2026-W48', '2026-11-23', '2026-11-30'],
    ['weekly', '2026-11-30', '2026-W49', '2026-11-30', '2026-12-07'],
    // 1 January 2026 is a Thursday: its week starts in December 2025 and is week 1 of 2026.
    ['weekly', '2026-01-01', '2026-W01', '2025-12-29', '2026-01-05'],
    // 1 January 2027 is a Friday: it belongs to week 53 of 2026.
    ['weekly', '2027-01-01', '2026-W53', '2026-12-28', '2027-01-04'],
    ['weekly', '2027-01-04', '2027-W01', '2027-01-04', '2027-01-11'],
    ['monthly', '2026-11-30', '2026-11', '2026-11-01', '2026-12-01'],
    ['monthly', '2026-12-31', '2026-12', '2026-12-01', '2027-01-01'],
    ['monthly', '2028-02-29', '2028-02', '2028-02-01', '2028-03-01'],
    ['quarterly', '2026-03-31', '2026-Q1', '2026-01-01', '2026-04-01'],
    ['quarterly', '2026-04-01', '2026-Q2', '2026-04-01', '2026-07-01'],
    ['quarterly', '2026-12-31', '2026-Q4', '2026-10-01', '2027-01-01'],
  ] as const)('%s period of %s is %s [%s, %s)', (cadence, date, key, from, to) => {
    expect(periodOf(cadence, date)).toEqual({ key, from, to });
  });

  it('takes the China date of an instant, not the UTC one', () => {
    expect(meetingDateOf('2026-11-30T15:59:59.000Z')).toBe('2026-11-30');
    expect(meetingDateOf('2026-11-30T16:00:00.000Z')).toBe('2026-12-01');
    expect(periodOf('monthly', meetingDateOf('2026-11-30T16:00:00.000Z')).key).toBe('2026-12');
    // Sunday 23:30 in Shanghai is still that week; Monday 00:00 is the next.
    expect(periodOf('weekly', meetingDateOf('2026-11-29T15:30:00.000Z')).key).toBe('2026-W48');
    expect(periodOf('weekly', meetingDateOf('2026-11-29T16:00:00.000Z')).key).toBe('2026-W49');
  });

  it('a period ends at midnight in Shanghai after its last day', () => {
    const november = periodOf('monthly', '2026-11-15');
    expect(periodEnded(november, new Date('2026-11-30T15:59:59.999Z'))).toBe(false);
    expect(periodEnded(november, new Date('2026-11-30T16:00:00.000Z'))).toBe(true);
  });

  it('lists the periods overlapping a year', () => {
    expect(periodsBetween('monthly', '2026-01-01', '2027-01-01')).toHaveLength(12);
    expect(periodsBetween('quarterly', '2026-01-01', '2027-01-01').map((p) => p.key)).toEqual(['2026-Q1', '2026-Q2', '2026-Q3', '2026-Q4']);
    const weeks = periodsBetween('weekly', '2026-01-01', '2027-01-01');
    expect(weeks[0]!.key).toBe('2026-W01');
    expect(weeks.at(-1)!.key).toBe('2026-W53');
    expect(weeks).toHaveLength(53);
  });
});

describe('missed meetings', () => {
  const unit = { id: 'c1', name: '温泉社区', since: '2026-02-10' };
  const now = new Date('2026-05-20T04:00:00.000Z');

  it('marks held, missed, still open and before the place existed', () => {
    const cells = periodCells('monthly', '2026-01-01', '2026-07-01', unit, ['2026-03-05', '2026-03-20', '2026-05-08'], now);
    expect(cells.map((c) => [c.period.key, c.state, c.held])).toEqual([
      ['2026-01', 'before', 0],
      ['2026-02', 'missed', 0],
      ['2026-03', 'held', 2],
      ['2026-04', 'missed', 0],
      ['2026-05', 'held', 1],
      ['2026-06', 'open', 0],
    ]);
  });

  it('a meeting on the last day of a week counts for that week, the next day for the next', () => {
    const cells = periodCells('weekly', '2026-11-23', '2026-12-07', { ...unit, since: '2020-01-01' }, ['2026-11-29'], new Date('2026-12-07T00:00:00.000Z'));
    expect(cells.map((c) => [c.period.key, c.state])).toEqual([['2026-W48', 'held'], ['2026-W49', 'missed']]);
  });
});
