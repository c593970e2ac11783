import { describe, expect, it } from 'vitest';
import { periodLabel, periodShortLabel } from '#shared/domain/meetings/period-label';
import { periodOf } from '#shared/domain/meetings/cadence';

describe('period labels (the clerk reads Chinese, not 2026-W48)', () => {
  it('reads weeks, months and quarters in full', () => {
    expect(periodLabel('2026-W48')).toBe('2026 年第 48 周');
    expect(periodLabel('2026-W01')).toBe('2026 年第 1 周');
    expect(periodLabel('2026-11')).toBe('2026 年 11 月');
    expect(periodLabel('2026-01')).toBe('2026 年 1 月');
    expect(periodLabel('2026-Q1')).toBe('2026 年第一季度');
    expect(periodLabel('2026-Q4')).toBe('2026 年第四季度');
  });

  it('reads them within a year for the table’s columns', () => {
    expect(periodShortLabel('2026-W48')).toBe('第 48 周');
    expect(periodShortLabel('2026-03')).toBe('3 月');
    expect(periodShortLabel('2026-Q2')).toBe('二季度');
  });

  it('labels the keys cadence.ts makes, including an ISO week that belongs to the next year', () => {
    expect(periodLabel(periodOf('weekly', '2026-12-31').key)).toBe('2026 年第 53 周');
    expect(periodLabel(periodOf('weekly', '2025-12-29').key)).toBe('2026 年第 1 周');
    expect(periodLabel(periodOf('monthly', '2026-12-31').key)).toBe('2026 年 12 月');
    expect(periodLabel(periodOf('quarterly', '2026-08-15').key)).toBe('2026 年第三季度');
  });

  it('shows a key it does not know as it is', () => {
    expect(periodLabel('2026-Q5')).toBe('2026-Q5');
    expect(periodLabel('2026-13')).toBe('2026-13');
    expect(periodShortLabel('someday')).toBe('someday');
  });
});
