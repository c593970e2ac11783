/**
 * Dates in Asia/Shanghai and the Chinese working-day calendar.
 *
 * China has used one fixed offset, UTC+8, with no daylight saving since 1991, so a
 * constant offset is exact for every date the ledger holds (from 2000) and needs no
 * time-zone database (which a browser renderer or a trimmed Node may lack).
 *
 * Statutory holidays and 调休 make-up workdays come from `chinese-days`, which
 * bundles the State Council schedules as data (no network at run time). Its data
 * covers 2004–2026 in version 1.5.7; for a later year it knows only weekends, so
 * `covers(year)` lets the service warn, and `calendarWithOverrides` lets an office
 * enter a newly published schedule before the package is updated.
 */
import chineseDays from 'chinese-days';

/** UTC+8 in milliseconds. */
export const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** A calendar date in China, 'YYYY-MM-DD'. */
export type LocalDate = string;

export type WorkCalendar = {
  /** True when people work that day: a weekday that is no holiday, or a 调休 make-up day. */
  isWorkday(date: LocalDate): boolean;
  /** True when the calendar knows that year's published holiday schedule. */
  covers(year: number): boolean;
};

const LOCAL_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parts(date: LocalDate): [number, number, number] {
  const m = LOCAL_DATE.exec(date);
  if (!m) throw new RangeError(`not a YYYY-MM-DD date: ${date}`);
  return [Number(m[1]), Number(m[2]), Number(m[3])];
}

const fromUtcDay = (ms: number): LocalDate => new Date(ms).toISOString().slice(0, 10);

/** The date in China at an instant. */
export function shanghaiDate(instant: Date | string): LocalDate {
  const ms = typeof instant === 'string' ? Date.parse(instant) : instant.getTime();
  return fromUtcDay(ms + SHANGHAI_OFFSET_MS);
}

/** The instant 00:00 in China starts `date`. */
export function shanghaiStartOfDay(date: LocalDate): Date {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d) - SHANGHAI_OFFSET_MS);
}

export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const [y, m, d] = parts(date);
  return fromUtcDay(Date.UTC(y, m - 1, d) + days * DAY_MS);
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: LocalDate): number {
  const [y, m, d] = parts(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/**
 * chinese-days parses 'YYYY-MM-DD' strings as UTC midnight but reads them back with
 * local-time getters, which shifts the day on machines west of Greenwich. A Date at
 * local noon reads back as the same calendar day in every time zone.
 */
const asLocalNoon = (date: LocalDate): Date => {
  const [y, m, d] = parts(date);
  return new Date(y, m - 1, d, 12);
};

/** The first year whose schedule chinese-days ships. */
export const HOLIDAY_DATA_FIRST_YEAR = 2004;

// chinese-days takes ~14 µs a day and a deadline asks about several days: 每月研判's year of
// cases at a million-case ledger spent seconds here. Its answers are fixed data, and the
// ledger's dates span a few decades (tens of thousands of entries at most).
const workdayCache = new Map<LocalDate, boolean>();
// Asked for every working-day deadline (does its count cross a year without data?).
const coverCache = new Map<number, boolean>();

/** The mainland calendar as published by the State Council, from chinese-days. */
export const CHINA_WORK_CALENDAR: WorkCalendar = {
  isWorkday: (date) => {
    let workday = workdayCache.get(date);
    if (workday === undefined) {
      workday = chineseDays.isWorkday(asLocalNoon(date));
      workdayCache.set(date, workday);
    }
    return workday;
  },
  // 1 January (元旦) is a holiday every year: the package names it only for years it has data for.
  covers: (year) => {
    let known = coverCache.get(year);
    if (known === undefined) {
      known = chineseDays.getDayDetail(asLocalNoon(`${String(year).padStart(4, '0')}-01-01`)).name.includes('元旦');
      coverCache.set(year, known);
    }
    return known;
  },
};

/** The last year the bundled data covers (probed, so an updated package needs no code change). */
export function holidayDataLastYear(calendar: WorkCalendar = CHINA_WORK_CALENDAR): number {
  let year = HOLIDAY_DATA_FIRST_YEAR;
  while (calendar.covers(year + 1)) year++;
  return year;
}

/**
 * A calendar with an office's own corrections layered on top: extra holidays and
 * extra make-up workdays, e.g. next year's schedule announced after the last
 * package update. `coveredYears` lists years the overrides complete.
 */
export function calendarWithOverrides(
  base: WorkCalendar,
  overrides: { holidays?: readonly LocalDate[]; workdays?: readonly LocalDate[]; coveredYears?: readonly number[] },
): WorkCalendar {
  const holidays = new Set(overrides.holidays ?? []);
  const workdays = new Set(overrides.workdays ?? []);
  const years = new Set(overrides.coveredYears ?? []);
  return {
    isWorkday: (date) => (workdays.has(date) ? true : holidays.has(date) ? false : base.isWorkday(date)),
    covers: (year) => years.has(year) || base.covers(year),
  };
}

/**
 * The `n`th working day after `date` (the start day itself never counts, as in
 * 民法典 第二百零一条: 开始的当日不计入). `n` must be at least 1.
 */
export function addWorkingDays(date: LocalDate, n: number, calendar: WorkCalendar = CHINA_WORK_CALENDAR): LocalDate {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`working days must be a positive integer, got ${n}`);
  let day = date;
  let left = n;
  // The longest run of days off in China is 9 (Spring Festival 2026), so this ends quickly.
  while (left > 0) {
    day = addCalendarDays(day, 1);
    if (calendar.isWorkday(day)) left--;
  }
  return day;
}
