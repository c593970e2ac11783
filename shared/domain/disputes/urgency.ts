/**
 * Which late case matters most. A settled case whose return visit is months late
 * must not bury a case nobody has mediated yet, so late cases are ordered by what
 * they wait for before how late they are. Pure: deadlines come computed at `now`.
 */
import type { DeadlineMetBy, DeadlineView } from './disputes.schema';

/**
 * What a late case waits for, most pressing first: nobody has mediated yet
 * (首次调解), no outcome (调解结果), the joint referral of a 大事, the 12345 feedback
 * (the hotline scores it), and last the return visit after a settlement, when the
 * dispute itself is over.
 */
export const OVERDUE_PRIORITY = ['first-session', 'outcome', 'joint-referral', 'feedback', 'return-visit'] as const satisfies readonly DeadlineMetBy[];

const RANK = new Map<DeadlineMetBy, number>(OVERDUE_PRIORITY.map((step, i) => [step, i]));
const NOT_LATE = OVERDUE_PRIORITY.length;

/** The most pressing step a case is late on, or null when none of its deadlines is overdue. */
export function overdueStep(deadlines: readonly DeadlineView[]): DeadlineMetBy | null {
  let best: DeadlineMetBy | null = null;
  for (const d of deadlines) {
    if (d.status !== 'overdue') continue;
    if (best === null || RANK.get(d.metBy)! < RANK.get(best)!) best = d.metBy;
  }
  return best;
}

/** The steps before `step` in the priority: a case late on one of them is counted there instead. */
export const stepsBefore = (step: DeadlineMetBy): DeadlineMetBy[] => OVERDUE_PRIORITY.slice(0, RANK.get(step));

/**
 * The deadline to show beside a case: for a late case the longest-late deadline of
 * the step it is ranked by (not its oldest, which may be a months-old return visit),
 * else the nearest unmet one; null when nothing is due.
 */
export function pressingDeadline(deadlines: readonly DeadlineView[]): DeadlineView | null {
  const step = overdueStep(deadlines);
  const candidates = deadlines.filter((d) => (step === null ? d.metAt === null : d.status === 'overdue' && d.metBy === step));
  return candidates.reduce<DeadlineView | null>((best, d) => (best === null || d.dueAt < best.dueAt ? d : best), null);
}

export type Urgent = { deadlines: readonly DeadlineView[]; nextDueAt: string | null; receivedAt: string; caseNo: string };

const LAST = '\uffff';

function keyOf(row: Urgent): [number, string] {
  const step = overdueStep(row.deadlines);
  if (step === null) return [NOT_LATE, row.nextDueAt ?? LAST];
  return [RANK.get(step)!, pressingDeadline(row.deadlines)!.dueAt];
}

/**
 * Late cases first, by the most pressing step they are late on, then the longest
 * late on that step; then cases not late, nearest deadline first; then cases with
 * nothing due. Earlier receipt, then case number, break ties.
 */
export function compareByUrgency(a: Urgent, b: Urgent): number {
  const [ka, kb] = [keyOf(a), keyOf(b)];
  return ka[0] - kb[0] || cmp(ka[1], kb[1]) || cmp(a.receivedAt, b.receivedAt) || cmp(a.caseNo, b.caseNo);
}

const cmp = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);

/** A copy of `rows` in the order of `compareByUrgency`. */
export const orderByUrgency = <T extends Urgent>(rows: readonly T[]): T[] => [...rows].sort(compareByUrgency);
