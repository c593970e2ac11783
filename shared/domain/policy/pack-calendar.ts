/**
 * The working-day calendar as a lookup: the holiday years of the packs in force first,
 * then the `chinese-days` data, and a list of the years neither covers, so a deadline
 * counted over such a year can say it was counted by weekends alone. No year's
 * holidays are written in code: they come from a pack or from the package.
 */
import { CHINA_WORK_CALENDAR, addCalendarDays, shanghaiDate, weekday, type LocalDate, type WorkCalendar } from '../disputes/work-calendar';
import type { HolidayYear } from './pack.schema';

/** A calendar over `base` where each pack year replaces the base's answer for that whole year. */
export function packCalendar(years: readonly HolidayYear[], base: WorkCalendar = CHINA_WORK_CALENDAR): WorkCalendar {
  if (years.length === 0) return base;
  const byYear = new Map<number, { off: Set<LocalDate>; on: Set<LocalDate> }>();
  for (const y of years) byYear.set(y.year, { off: new Set(y.holidays.map((h) => h.date)), on: new Set(y.workdays.map((w) => w.date)) });
  return {
    isWorkday(date) {
      const y = byYear.get(Number(date.slice(0, 4)));
      if (!y) return base.isWorkday(date);
      if (y.on.has(date)) return true;
      if (y.off.has(date)) return false;
      const day = weekday(date);
      return day !== 0 && day !== 6;
    },
    covers: (year) => byYear.has(year) || base.covers(year),
  };
}

/** The years from `from` to `to` (China dates, inclusive) the calendar does not cover, ascending. */
export function uncoveredYears(calendar: WorkCalendar, from: LocalDate, to: LocalDate): number[] {
  const out: number[] = [];
  for (let y = Number(from.slice(0, 4)); y <= Number(to.slice(0, 4)); y++) if (!calendar.covers(y)) out.push(y);
  return out;
}

/** What every screen says when a deadline runs over a year without an imported arrangement. */
export const calendarGapNotice = (years: readonly number[]): string =>
  `${years.join('、')} 年节假日安排尚未导入，按周末计算`;

/**
 * How far ahead the office screens look for a missing year: a working-day deadline
 * set today can end up to this many days later (the longest default rule is weeks,
 * an edited one at most a year), and December's new cases already run into January.
 */
export const NOTICE_HORIZON_DAYS = 31;

/** The years from today to the horizon without an arrangement (what the dashboard and rules page warn of). */
export function upcomingGaps(calendar: WorkCalendar, now: Date, horizonDays = NOTICE_HORIZON_DAYS): number[] {
  const today = shanghaiDate(now);
  return uncoveredYears(calendar, today, addCalendarDays(today, horizonDays));
}
