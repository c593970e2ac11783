import { describe, expect, it } from 'vitest';
import { countdownText, defaultPublicationEnd, publicationCountdown, publicationPeriodProblem } from '#shared/domain/consult/publication-rules';
import { completionRate, daysOpen, periodProblem } from '#shared/domain/consult/request-ledger';

describe('结果公示 period and countdown', () => {
  it.each([
    ['2026-11-21', '2026-11-27'],
    ['2026-12-28', '2027-01-03'],
    ['2028-02-25', '2028-03-02'],
  ])('seven days from %s end on %s', (from, until) => {
    expect(defaultPublicationEnd(from)).toBe(until);
  });

  it('refuses an end before the start; one day is a period', () => {
    expect(publicationPeriodProblem('2026-11-21', '2026-11-20')).toBe('不能早于公示开始日期（2026-11-21）');
    expect(publicationPeriodProblem('2026-11-21', '2026-11-21')).toBeNull();
  });

  it.each([
    ['2026-11-20', { state: 'upcoming', startsInDays: 1, days: 7 }, '1 天后开始公示（共 7 天）'],
    ['2026-11-21', { state: 'running', daysLeft: 7, days: 7 }, '公示中，还剩 7 天（共 7 天）'],
    ['2026-11-27', { state: 'running', daysLeft: 1, days: 7 }, '公示最后 1 天（共 7 天）'],
    ['2026-11-28', { state: 'ended', endedDaysAgo: 1, days: 7 }, '公示期已满 1 天'],
  ])('on %s', (today, countdown, text) => {
    const c = publicationCountdown('2026-11-21', '2026-11-27', today);
    expect(c).toEqual(countdown);
    expect(countdownText(c)).toBe(text);
  });
});

describe('诉求响应台账 办结率', () => {
  it('counts the requests completed by the last day of the period, to one decimal', () => {
    const rows = [{ completedOn: '2026-11-10' }, { completedOn: '2026-12-02' }, { completedOn: null }];
    expect(completionRate(rows, '2026-11-30')).toEqual({ received: 3, completed: 1, percent: 33.3 });
    expect(completionRate(rows, '2026-12-31')).toEqual({ received: 3, completed: 2, percent: 66.7 });
    expect(completionRate([], '2026-11-30')).toEqual({ received: 0, completed: 0, percent: null });
  });

  it('days open run to completion, or to today while open; a period ends on or after its start', () => {
    expect(daysOpen('2026-11-10', '2026-11-24', '2026-12-01')).toBe(14);
    expect(daysOpen('2026-11-10', null, '2026-11-25')).toBe(15);
    expect(daysOpen('2026-12-31', null, '2027-01-01')).toBe(1);
    expect(periodProblem('2026-11-30', '2026-11-01')).toBe('不能早于开始日期（2026-11-30）');
    expect(periodProblem('2026-11-01', '2026-11-01')).toBeNull();
  });
});
