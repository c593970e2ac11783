/**
 * Times as a clerk types them: <input type="datetime-local">, "date" and "month"
 * hold Beijing wall-clock time, whatever time zone the computer is set to. China
 * has kept UTC+8 without daylight saving since 1991, so a fixed offset is exact.
 */
const OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Beijing wall-clock time of an instant, 'YYYY-MM-DDTHH:mm'. */
export function chinaLocal(at: Date | string = new Date()): string {
  const ms = typeof at === 'string' ? Date.parse(at) : at.getTime();
  return new Date(ms + OFFSET_MS).toISOString().slice(0, 16);
}

/** Beijing date 'YYYY-MM-DD', `days` after the given instant (default now). */
export function chinaDate(days = 0, at: Date = new Date()): string {
  return new Date(at.getTime() + OFFSET_MS + days * DAY_MS).toISOString().slice(0, 10);
}

/** This month in Beijing, 'YYYY-MM'. */
export const chinaMonth = (): string => chinaDate().slice(0, 7);

/** A datetime-local value as ISO with the +08:00 offset ('2026-11-21T09:30:00+08:00'); '' stays ''. */
export function localToIso(value: string): string {
  const v = value.trim();
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(v)) return `${v}:00+08:00`;
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?$/.test(v)) return `${v}+08:00`;
  return v;
}

/** A date as the instant that day starts in Beijing, or (endOfDay) its last second. */
export function dateToIso(value: string, endOfDay = false): string {
  const v = value.trim();
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return v;
  return `${v}T${endOfDay ? '23:59:59' : '00:00:00'}+08:00`;
}

/** The start of the day after `value` in Beijing (an exclusive upper bound for "until this date"). */
export function dayAfterIso(value: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return value;
  const next = new Date(Date.parse(`${value}T00:00:00Z`) + DAY_MS).toISOString().slice(0, 10);
  return `${next}T00:00:00+08:00`;
}

/** An optional time field: '' becomes undefined (not sent). */
export const optionalIso = (value: string, convert: (v: string) => string = localToIso): string | undefined =>
  value.trim() === '' ? undefined : convert(value);

const dateOnly = new Intl.DateTimeFormat('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' });

/** An ISO instant as its Beijing date, e.g. 2026/11/22. */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateOnly.format(date);
}
