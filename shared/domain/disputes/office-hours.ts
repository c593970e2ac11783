/**
 * Office hours, and what "今日到期" (due today) means for the people who keep them.
 * Pure: the caller passes `now`; days are Shanghai calendar days (work-calendar.ts).
 */
import { CHINA_WORK_CALENDAR, addCalendarDays, shanghaiDate, shanghaiStartOfDay, type LocalDate, type WorkCalendar } from './work-calendar';

/**
 * A street office's hours on a working day, Beijing time, in minutes after midnight:
 * 8:30 to 17:30, the usual schedule of street offices and their governance centres.
 * The lunch break does not matter here: a deadline at 13:00 can still be met in the
 * morning, so only the first and last minute of the day count.
 */
export const OFFICE_HOURS = { opens: 8 * 60 + 30, closes: 17 * 60 + 30 } as const;

const MINUTE_MS = 60_000;

/** '8:30', '17:30': an office-hours time as people say it. */
export const clockText = (minutes: number): string => `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;

/** The instant the office opens on `date`. */
export const officeOpensOn = (date: LocalDate): Date => new Date(shanghaiStartOfDay(date).getTime() + OFFICE_HOURS.opens * MINUTE_MS);

/** The first working day after `date` (the calendar knows 调休 make-up days and holidays). */
export function nextWorkday(date: LocalDate, calendar: WorkCalendar = CHINA_WORK_CALENDAR): LocalDate {
  let day = addCalendarDays(date, 1);
  // The longest run of days off in China is 9, so this ends quickly.
  while (!calendar.isWorkday(day)) day = addCalendarDays(day, 1);
  return day;
}

/**
 * When "today" ends for deadlines: the moment the office next opens after today
 * (today = the Shanghai date of `now`). A deadline is 今日到期 when it has not passed
 * yet and passes before then, because nobody is at work in between to meet it:
 *
 * - due before 17:30 today: due today, the plain case;
 * - due after 17:30 tonight or in the night before 8:30 tomorrow: due today too, it
 *   would be late before anyone is back (a 24-hour case received at 19:00 yesterday);
 * - a 24-hour case received on Tuesday at 16:00 is due on Wednesday at 16:00: it is
 *   not due today on Tuesday (the office is open on Wednesday morning before it
 *   passes) and is due today all Wednesday, from midnight;
 * - the same case received on a Friday at 16:00 is due on the Saturday, so it is due
 *   today on the Friday: the office is closed until Monday, and a holiday stretches
 *   "today" the same way (the last working day before 国庆 shows what falls due in it).
 *
 * Today is a calendar day, not an office day: at 20:00 the window still ends at the
 * next opening. The older "due soon" status (a quarter of the window left) is not
 * used for this: a 24-hour case crossed it 18 hours after receipt, often overnight.
 */
export function dueTodayUntil(now: Date, calendar: WorkCalendar = CHINA_WORK_CALENDAR): Date {
  return officeOpensOn(nextWorkday(shanghaiDate(now), calendar));
}

/** Whether an unmet deadline due at `dueAt` is 今日到期 at `now` (not yet passed, see `dueTodayUntil`). */
export function isDueToday(dueAt: string | null, now: Date, calendar: WorkCalendar = CHINA_WORK_CALENDAR): boolean {
  if (dueAt === null) return false;
  const due = Date.parse(dueAt);
  return due >= now.getTime() && due < dueTodayUntil(now, calendar).getTime();
}
