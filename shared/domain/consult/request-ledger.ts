/**
 * 诉求响应台账: every resident request (a topic whose source is 居民诉求) from
 * receipt to completion. The 办结率 of a period is the share of the requests
 * received in it that were completed by its last day.
 */
export type RequestStage = 'collected' | 'scheduled' | 'resolved' | 'completed';

export type RateSummary = { received: number; completed: number; percent: number | null };

/** 办结率 in percent with one decimal (null when nothing was received). */
export function completionRate(rows: readonly { completedOn: string | null }[], until: string): RateSummary {
  const completed = rows.filter((r) => r.completedOn !== null && r.completedOn <= until).length;
  return { received: rows.length, completed, percent: rows.length === 0 ? null : Math.round((completed * 1000) / rows.length) / 10 };
}

/** Whole days from receipt (a China date) to completion, or to `today` while still open. */
export function daysOpen(receivedOn: string, completedOn: string | null, today: string): number {
  const end = completedOn ?? today;
  return Math.max(0, Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${receivedOn}T00:00:00Z`)) / 86_400_000));
}

/** Why a period is not one, or null. */
export const periodProblem = (from: string, until: string): string | null => (until < from ? `不能早于开始日期（${from}）` : null);
