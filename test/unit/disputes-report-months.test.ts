import { addMonths, lastCompleteMonth, monthBounds, monthHasEnded, monthsEndingAt, shanghaiMonth } from '#shared/domain/disputes/report-months';
import { describe, expect, it } from 'vitest';

describe('lastCompleteMonth: the month 每月研判 opens on', () => {
  it.each([
    ['mid-month', '2026-11-25T06:00:00.000Z', '2026-10'],
    ['January goes back to the previous December', '2027-01-15T02:00:00.000Z', '2026-12'],
    // 00:30 on 1 December in Shanghai is still 30 November in UTC: November has ended.
    ['the first minutes of a month in Shanghai', '2026-11-30T16:30:00.000Z', '2026-11'],
    // 23:59 on 30 November in Shanghai: November is not over yet.
    ['the last minute of a month in Shanghai', '2026-11-30T15:59:00.000Z', '2026-10'],
    ['New Year in Shanghai while UTC is still in the old year', '2029-12-31T16:00:00.000Z', '2029-12'],
    ['the first day of a year', '2030-01-01T04:00:00.000Z', '2029-12'],
  ])('%s', (_case, now, expected) => {
    expect(lastCompleteMonth(new Date(now))).toBe(expected);
  });
});

describe('month arithmetic', () => {
  it.each([
    ['2026-11', -1, '2026-10'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2026-11', -11, '2025-12'],
    ['2026-03', -26, '2024-01'],
    ['2026-11', 0, '2026-11'],
  ])('%s %+d months is %s', (month, count, expected) => {
    expect(addMonths(month, count)).toBe(expected);
  });

  it('refuses what is not a month', () => {
    expect(() => addMonths('2026-13', 1)).toThrow(RangeError);
    expect(() => monthBounds('2026-1')).toThrow(RangeError);
  });

  it('lists twelve months ending with the chosen one, across a year end', () => {
    const months = monthsEndingAt('2027-02', 12);
    expect(months).toHaveLength(12);
    expect(months[0]).toBe('2026-03');
    expect(months.slice(-3)).toEqual(['2026-12', '2027-01', '2027-02']);
  });

  it('bounds a month by Shanghai midnight, as UTC instants', () => {
    expect(monthBounds('2026-11')).toEqual({ from: '2026-10-31T16:00:00.000Z', to: '2026-11-30T16:00:00.000Z' });
    expect(monthBounds('2026-12').to).toBe('2026-12-31T16:00:00.000Z');
    expect(monthBounds('2024-02')).toEqual({ from: '2024-01-31T16:00:00.000Z', to: '2024-02-29T16:00:00.000Z' });
  });

  it('names the Shanghai month of an instant, and knows when a month has ended', () => {
    expect(shanghaiMonth('2026-10-31T16:10:00.000Z')).toBe('2026-11');
    expect(shanghaiMonth('2026-10-31T15:59:59.999Z')).toBe('2026-10');
    expect(monthHasEnded('2026-11', new Date('2026-11-30T15:59:59.999Z'))).toBe(false);
    expect(monthHasEnded('2026-11', new Date('2026-11-30T16:00:00.000Z'))).toBe(true);
    expect(monthHasEnded('2026-10', new Date('2026-11-25T06:00:00.000Z'))).toBe(true);
  });
});
