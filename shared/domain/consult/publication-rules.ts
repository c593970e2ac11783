/**
 * 结果公示: where a resolved topic's result is posted and for how long. Dates are
 * China calendar days (YYYY-MM-DD), both ends included.
 */
export const DEFAULT_PUBLICATION_DAYS = 7;

const DAY = 86_400_000;
const dayNumber = (d: string) => Math.round(Date.parse(`${d}T00:00:00Z`) / DAY);
const dateOf = (n: number) => new Date(n * DAY).toISOString().slice(0, 10);

/** The last day of a publication of `days` days starting on `from` (seven days: the start and six more). */
export const defaultPublicationEnd = (from: string, days = DEFAULT_PUBLICATION_DAYS): string => dateOf(dayNumber(from) + days - 1);

/** Why a period cannot be a publication's, or null. */
export function publicationPeriodProblem(from: string, until: string): string | null {
  return until < from ? `不能早于公示开始日期（${from}）` : null;
}

export type Countdown =
  | { state: 'upcoming'; startsInDays: number; days: number }
  | { state: 'running'; daysLeft: number; days: number }
  | { state: 'ended'; endedDaysAgo: number; days: number };

/**
 * Where a publication stands on `today`: not yet begun, running (with the days left,
 * today counted: 1 on the last day), or ended.
 */
export function publicationCountdown(from: string, until: string, today: string): Countdown {
  const days = dayNumber(until) - dayNumber(from) + 1;
  const t = dayNumber(today);
  if (t < dayNumber(from)) return { state: 'upcoming', startsInDays: dayNumber(from) - t, days };
  if (t > dayNumber(until)) return { state: 'ended', endedDaysAgo: t - dayNumber(until), days };
  return { state: 'running', daysLeft: dayNumber(until) - t + 1, days };
}

/** The countdown in words, as the dashboard and the topic show it. */
export function countdownText(c: Countdown): string {
  switch (c.state) {
    case 'upcoming':
      return `${c.startsInDays} 天后开始公示（共 ${c.days} 天）`;
    case 'running':
      return c.daysLeft === 1 ? `公示最后 1 天（共 ${c.days} 天）` : `公示中，还剩 ${c.daysLeft} 天（共 ${c.days} 天）`;
    case 'ended':
      return `公示期已满 ${c.endedDaysAgo} 天`;
  }
}
