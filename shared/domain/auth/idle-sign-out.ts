/**
 * Signing out a window nobody uses: a ledger left open on a shared office PC shows
 * ID numbers to whoever sits down next. The idle time is the operator's setting
 * (`prefs` key `IDLE_PREF_KEY`, whole minutes), else the default.
 */
export const IDLE_PREF_KEY = 'session.idle-minutes';
export const DEFAULT_IDLE_MINUTES = 15;
export const MIN_IDLE_MINUTES = 1;
export const MAX_IDLE_MINUTES = 240;

/** The idle time in minutes from the stored setting: the default when absent or not a whole number, clamped to the range. */
export function idleMinutesFrom(stored: string | null | undefined): number {
  if (stored == null || !/^\d{1,4}$/.test(stored.trim())) return DEFAULT_IDLE_MINUTES;
  return Math.min(MAX_IDLE_MINUTES, Math.max(MIN_IDLE_MINUTES, Number(stored.trim())));
}

/** Whether a window whose last keyboard or pointer activity was at `lastActivityMs` is idle at `nowMs`. */
export const isIdle = (lastActivityMs: number, nowMs: number, minutes: number): boolean => nowMs - lastActivityMs >= minutes * 60_000;
