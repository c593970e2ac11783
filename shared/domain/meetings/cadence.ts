import { addCalendarDays, shanghaiDate, shanghaiStartOfDay, weekday, type LocalDate } from '../disputes/work-calendar';
import type { Cadence } from './meetings.schema';

/**
 * Cadence periods in China (UTC+8, no daylight saving): weeks run Monday to Sunday
 * (ISO weeks, keyed 2026-W48), months 2026-11, quarters 2026-Q4. `from` is the first
 * day, `to` the day after the last (half-open), both China calendar dates.
 */
export type Period = { key: string; from: LocalDate; to: LocalDate };
export type PeriodCadence = Exclude<Cadence, 'none'>;

const pad = (n: number) => String(n).padStart(2, '0');

/** The ISO week-numbering year and week of a date (the week holding that year's first Thursday is week 1). */
function isoWeek(monday: LocalDate): { year: number; week: number } {
  const thursday = addCalendarDays(monday, 3);
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${year}-01-01`;
  const days = (Date.parse(`${thursday}T00:00:00Z`) - Date.parse(`${jan1}T00:00:00Z`)) / 86_400_000;
  return { year, week: Math.floor(days / 7) + 1 };
}

/** The period of `cadence` holding China date `date`. */
export function periodOf(cadence: PeriodCadence, date: LocalDate): Period {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  if (cadence === 'weekly') {
    const monday = addCalendarDays(date, -((weekday(date) + 6) % 7));
    const w = isoWeek(monday);
    return { key: `${w.year}-W${pad(w.week)}`, from: monday, to: addCalendarDays(monday, 7) };
  }
  if (cadence === 'monthly') {
    const next = m === 12 ? `${y + 1}-01-01` : `${y}-${pad(m + 1)}-01`;
    return { key: `${y}-${pad(m)}`, from: `${y}-${pad(m)}-01`, to: next };
  }
  const q = Math.floor((m - 1) / 3);
  const next = q === 3 ? `${y + 1}-01-01` : `${y}-${pad(q * 3 + 4)}-01`;
  return { key: `${y}-Q${q + 1}`, from: `${y}-${pad(q * 3 + 1)}-01`, to: next };
}

/** Every period of `cadence` that overlaps [from, to), in order. */
export function periodsBetween(cadence: PeriodCadence, from: LocalDate, to: LocalDate): Period[] {
  const out: Period[] = [];
  for (let p = periodOf(cadence, from); p.from < to; p = periodOf(cadence, p.to)) out.push(p);
  return out;
}

/** A period has ended once its last day is over in China. */
export const periodEnded = (p: Period, now: Date): boolean => shanghaiStartOfDay(p.to).getTime() <= now.getTime();

/** The China date of an instant (a meeting's `meeting_date`). */
export const meetingDateOf = (startsAt: string): LocalDate => shanghaiDate(startsAt);

/** One place (an estate, a community, or the street) that a kind with a cadence applies to. */
export type CadenceUnit = { id: string; name: string; since: LocalDate };
export type HeldMeeting = { unitId: string; date: LocalDate };
export type PeriodCell = { period: Period; held: number; state: 'held' | 'missed' | 'open' | 'before' };

/**
 * Each period of `cadence` in [from, to) for one unit: held (a held meeting's date
 * falls in it), missed (it ended without one), open (still running, none yet) or
 * before (it ended before the unit existed: not expected of it).
 */
export function periodCells(cadence: PeriodCadence, from: LocalDate, to: LocalDate, unit: CadenceUnit, held: readonly LocalDate[], now: Date): PeriodCell[] {
  const sorted = [...held].sort();
  let i = 0;
  return periodsBetween(cadence, from, to).map((period) => {
    while (i < sorted.length && sorted[i]! < period.from) i += 1;
    let count = 0;
    for (let j = i; j < sorted.length && sorted[j]! < period.to; j += 1) count += 1;
    const state = count > 0 ? 'held' : period.to <= unit.since ? 'before' : periodEnded(period, now) ? 'missed' : 'open';
    return { period, held: count, state };
  });
}
