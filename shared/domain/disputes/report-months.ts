/**
 * Calendar months as 每月研判 counts them: Shanghai months named 'YYYY-MM'. China keeps
 * UTC+8 all year, so a month is the instants from its first day's 00:00 in Shanghai up
 * to the next month's; the caller passes `now`, there is no clock here.
 */
import { shanghaiDate, shanghaiStartOfDay } from './work-calendar';

/** 'YYYY-MM', months 01–12. */
export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

const name = (year: number, month: number) => `${year}-${String(month).padStart(2, '0')}`;

function parts(month: string): [number, number] {
  if (!MONTH_PATTERN.test(month)) throw new RangeError(`not a YYYY-MM month: ${month}`);
  return [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
}

/** The month `count` months after `month` (before it when negative). */
export function addMonths(month: string, count: number): string {
  const [y, m] = parts(month);
  const index = y * 12 + (m - 1) + count;
  return name(Math.floor(index / 12), (index % 12) + 1);
}

/** The Shanghai month an instant falls in. */
export const shanghaiMonth = (at: Date | string): string => shanghaiDate(at).slice(0, 7);

/**
 * The last month that has ended by `now` (in Shanghai): the month 每月研判 opens on, so
 * a whole month is compared with a whole month, never the first days of an unfinished one.
 */
export const lastCompleteMonth = (now: Date): string => addMonths(shanghaiMonth(now), -1);

/** The first instant of `month` and of the month after it, ISO UTC: the half-open range [from, to). */
export function monthBounds(month: string): { from: string; to: string } {
  return {
    from: shanghaiStartOfDay(`${month}-01`).toISOString(),
    to: shanghaiStartOfDay(`${addMonths(month, 1)}-01`).toISOString(),
  };
}

/** The `count` months ending with `month`, oldest first. */
export const monthsEndingAt = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, i) => addMonths(month, i - count + 1));

/** True once `month` has ended at `now`. */
export const monthHasEnded = (month: string, now: Date): boolean => Date.parse(monthBounds(month).to) <= now.getTime();
