/**
 * Deadlines of a dispute. The rules are data the director can edit; the defaults
 * are the published municipal practice (the disputes issue). All instants are ISO
 * UTC strings; day arithmetic happens in Asia/Shanghai (see work-calendar.ts).
 */
import { z } from 'zod';
import {
  DEADLINE_MET_BY,
  deadlineKind,
  disputeSource,
  disputeTier,
  type DeadlineKind,
  type DeadlineMetBy,
  type DeadlineStatus,
  type DeadlineView,
  type DisputeSource,
  type DisputeStatus,
  type DisputeTier,
} from './disputes.schema';
import { OUTCOME_STATUSES, isOutcome, type OutcomeStatus } from './dispute-lifecycle';
import { CHINA_WORK_CALENDAR, SHANGHAI_OFFSET_MS, addCalendarDays, addWorkingDays, shanghaiDate, shanghaiStartOfDay, type WorkCalendar } from './work-calendar';

// Kept importable from here, where the rules that use them live.
export { DEADLINE_MET_BY, DEADLINE_MET_BY_LABELS, type DeadlineMetBy } from './disputes.schema';

export const DEADLINE_UNITS = ['hours', 'calendar-days', 'working-days'] as const;
export type DeadlineUnit = (typeof DEADLINE_UNITS)[number];
export const DEADLINE_UNIT_LABELS: Record<DeadlineUnit, string> = { hours: '小时', 'calendar-days': '自然日', 'working-days': '工作日' };

/** Where a clock starts: receipt, the current tier taking effect (escalation restarts it), or the outcome. */
export const CLOCK_ANCHORS = ['received', 'tier', 'outcome'] as const;
export type ClockAnchor = (typeof CLOCK_ANCHORS)[number];

/** Which cases a rule applies to: every condition given must hold. `status` means "has reached that outcome". */
export type DeadlineWhen = { tier?: DisputeTier; source?: DisputeSource; status?: OutcomeStatus };

export type DeadlineRule = {
  kind: DeadlineKind;
  when: DeadlineWhen;
  amount: number;
  unit: DeadlineUnit;
  metBy: DeadlineMetBy;
  /** Defaults: 'outcome' for a status rule, 'tier' for a tier rule, else 'received'. */
  from?: ClockAnchor;
};

export const DEFAULT_DEADLINE_RULES: readonly DeadlineRule[] = [
  // 小事: the community mediates within 24 hours.
  { kind: 'mediate', when: { tier: 'minor' }, amount: 24, unit: 'hours', metBy: 'first-session' },
  // 中事: the street office resolves within 7 days.
  { kind: 'resolve', when: { tier: 'medium' }, amount: 7, unit: 'calendar-days', metBy: 'outcome' },
  // 大事: referred for joint handling within 24 hours.
  { kind: 'refer', when: { tier: 'major' }, amount: 24, unit: 'hours', metBy: 'joint-referral' },
  // 12345 loop 分流—处置—反馈: mediation organised within 24 h, feedback within 7 days.
  { kind: 'organise-mediation', when: { source: 'hotline-12345' }, amount: 24, unit: 'hours', metBy: 'first-session' },
  { kind: 'feedback', when: { source: 'hotline-12345' }, amount: 7, unit: 'calendar-days', metBy: 'feedback' },
  // Return visit after a settlement; the mediator may set another date (dueOverrides).
  { kind: 'return-visit', when: { status: 'settled' }, amount: 7, unit: 'calendar-days', metBy: 'return-visit' },
];

const MAX_HOURS = 24 * 366;
const MAX_DAYS = 366;

/** An edited rule, as the director's form submits it. */
export const deadlineRule = z
  .strictObject({
    kind: deadlineKind,
    when: z
      .strictObject({ tier: disputeTier.optional(), source: disputeSource.optional(), status: z.enum(OUTCOME_STATUSES, '只能是调解成功、调解不成或已移交').optional() })
      .refine((w) => w.tier !== undefined || w.source !== undefined || w.status !== undefined, '请至少选择一个适用条件（等级、来源或结果）'),
    amount: z.int('应为整数').min(1, '至少为 1'),
    unit: z.enum(DEADLINE_UNITS, '只能是小时、自然日或工作日'),
    metBy: z.enum(DEADLINE_MET_BY, '请选择完成时限的事项'),
    from: z.enum(CLOCK_ANCHORS, '只能从登记、定级或调解结果起算').optional(),
  })
  .superRefine((r, ctx) => {
    const max = r.unit === 'hours' ? MAX_HOURS : MAX_DAYS;
    if (r.amount > max) ctx.addIssue({ code: 'custom', path: ['amount'], message: `不能超过 ${max} 个${DEADLINE_UNIT_LABELS[r.unit]}` });
  });

/** The stored key of a rule's conditions, e.g. 'tier:minor' or 'source:hotline-12345,status:settled'. */
export function ruleWhenKey(when: DeadlineWhen): string {
  const parts: string[] = [];
  if (when.tier) parts.push(`tier:${when.tier}`);
  if (when.source) parts.push(`source:${when.source}`);
  if (when.status) parts.push(`status:${when.status}`);
  return parts.join(',');
}

/** Reads a key written by `ruleWhenKey`; null when it is not one. */
export function parseRuleWhenKey(key: string): DeadlineWhen | null {
  const when: Record<string, string> = {};
  for (const part of key.split(',')) {
    const [name, value, extra] = part.split(':');
    if (!name || !value || extra !== undefined || name in when) return null;
    when[name] = value;
  }
  const parsed = deadlineRule.shape.when.safeParse(when);
  return parsed.success ? parsed.data : null;
}

/** What the service knows about a case, all instants ISO UTC. */
export type DeadlineFacts = {
  source: DisputeSource;
  tier: DisputeTier;
  status: DisputeStatus;
  receivedAt: string;
  /** When the current tier took effect: receivedAt, or the last escalation (which restarts tier clocks). */
  clockStart?: string | null;
  /** The outcome reached, kept after the case is closed. Defaults to the status when it is an outcome. */
  outcome?: OutcomeStatus | null;
  outcomeAt?: string | null;
  firstSessionAt?: string | null;
  jointReferralAt?: string | null;
  feedbackAt?: string | null;
  returnVisitAt?: string | null;
  /** Due times set by hand (the mediator's return-visit date), replacing the rule's. */
  dueOverrides?: Partial<Record<DeadlineKind, string | null>>;
  /** Deadlines already missed under an earlier tier when the case was escalated (stored with the case). */
  superseded?: readonly SupersededDeadline[];
};

/**
 * A deadline that was overdue under the old tier when the case was escalated. The
 * new tier restarts the clocks, but the lateness happened: it stays in the record
 * (overdue until the step is done, then 逾期办结) and in the monthly count.
 */
export type SupersededDeadline = { kind: DeadlineKind; dueAt: string; metBy: DeadlineMetBy; tier: DisputeTier };
export const supersededDeadline = z.object({ kind: deadlineKind, dueAt: z.string(), metBy: z.enum(DEADLINE_MET_BY), tier: disputeTier });

export type ComputedDeadline = DeadlineView;

const HOUR_MS = 60 * 60 * 1000;

function metAtOf(metBy: DeadlineMetBy, f: DeadlineFacts): string | null {
  const at = {
    'first-session': f.firstSessionAt,
    outcome: f.outcomeAt,
    'joint-referral': f.jointReferralAt,
    feedback: f.feedbackAt,
    'return-visit': f.returnVisitAt,
  }[metBy];
  return at ?? null;
}

const anchorOf = (rule: DeadlineRule): ClockAnchor => rule.from ?? (rule.when.status ? 'outcome' : rule.when.tier ? 'tier' : 'received');

function matches(when: DeadlineWhen, f: DeadlineFacts, outcome: OutcomeStatus | null): boolean {
  if (when.tier !== undefined && when.tier !== f.tier) return false;
  if (when.source !== undefined && when.source !== f.source) return false;
  if (when.status !== undefined && when.status !== outcome) return false;
  return true;
}

/** The due instant of a clock started at `startIso`. */
export function dueFrom(startIso: string, amount: number, unit: DeadlineUnit, calendar: WorkCalendar = CHINA_WORK_CALENDAR): string {
  const start = Date.parse(startIso);
  if (unit === 'hours') return new Date(start + amount * HOUR_MS).toISOString();
  if (unit === 'calendar-days') {
    // UTC+8 has no DST, so "same clock time N days later in China" is exactly N×24 h.
    return new Date(start + amount * 24 * HOUR_MS).toISOString();
  }
  // 民法典 第二百零一条/第二百零三条: the start day does not count and the last day
  // ends at 24:00, i.e. at 00:00 China time of the following calendar day.
  return workingDue(calendar, shanghaiDate(startIso), amount);
}

// A recompute of a million cases asks for the same few thousand (start day, count) pairs
// over and over; a calendar's answers never change (a new pack makes a new calendar).
const workingDueCache = new WeakMap<WorkCalendar, Map<string, string>>();

function workingDue(calendar: WorkCalendar, startDay: string, amount: number): string {
  let cache = workingDueCache.get(calendar);
  if (!cache) workingDueCache.set(calendar, (cache = new Map()));
  const key = `${startDay}|${amount}`;
  let due = cache.get(key);
  if (due === undefined) {
    due = shanghaiStartOfDay(addCalendarDays(addWorkingDays(startDay, amount, calendar), 1)).toISOString();
    cache.set(key, due);
  }
  return due;
}

/**
 * met when done in time, met-late (逾期办结) when done after the due time; overdue
 * once now is past the due time; due-soon when less than a quarter of the window
 * (start → due) is left; on-track otherwise.
 */
export function deadlineStatusAt(startIso: string, dueIso: string, metAt: string | null, now: Date): DeadlineStatus {
  if (metAt !== null) return Date.parse(metAt) > Date.parse(dueIso) ? 'met-late' : 'met';
  const [start, due, t] = [Date.parse(startIso), Date.parse(dueIso), now.getTime()];
  if (t > due) return 'overdue';
  return (due - t) * 4 < due - start ? 'due-soon' : 'on-track';
}

/** Statuses whose unmet clocks stop: nothing more is done on a rejected or withdrawn case. */
const STOPPED: readonly DisputeStatus[] = ['rejected', 'withdrawn'];

/**
 * The deadlines that apply to a case now, nearest first. Per kind only the earliest
 * due time is kept when several rules match. Once a case is rejected or withdrawn
 * its unmet clocks are dropped; once it is closed only the post-outcome clocks (the
 * return visit) keep running, because the work before the outcome is over.
 */
export function computeDeadlines(
  facts: DeadlineFacts,
  rules: readonly DeadlineRule[],
  now: Date,
  calendar: WorkCalendar = CHINA_WORK_CALENDAR,
): ComputedDeadline[] {
  const current = evaluate(facts, rules, now, calendar).map(({ kind, metBy, dueAt, metAt, status, calendarGap }) => ({
    kind, metBy, dueAt, metAt, status, ...(calendarGap ? { calendarGap } : {}),
  }));
  const superseded = (facts.superseded ?? []).flatMap((s): ComputedDeadline[] => {
    const metAt = metAtOf(s.metBy, facts);
    // Like any clock, an unmet one stops when nothing more will be done on the case.
    if (metAt === null && (STOPPED.includes(facts.status) || facts.status === 'closed')) return [];
    const status: DeadlineStatus = metAt === null ? 'overdue' : Date.parse(metAt) > Date.parse(s.dueAt) ? 'met-late' : 'met';
    return [{ kind: s.kind, metBy: s.metBy, dueAt: s.dueAt, metAt, status, underTier: s.tier }];
  });
  return [...current, ...superseded].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/**
 * What escalating the case now to `to` leaves behind: the deadlines overdue under
 * the current tier that the new tier's clocks no longer carry. The caller stores
 * them with the case (`superseded`), together with any from earlier escalations.
 */
export function supersededByEscalation(
  facts: DeadlineFacts,
  to: DisputeTier,
  rules: readonly DeadlineRule[],
  now: Date,
  calendar: WorkCalendar = CHINA_WORK_CALENDAR,
): SupersededDeadline[] {
  const after = evaluate({ ...facts, tier: to, clockStart: now.toISOString() }, rules, now, calendar);
  return evaluate(facts, rules, now, calendar)
    .filter((d) => d.status === 'overdue' && !after.some((a) => a.kind === d.kind && a.dueAt === d.dueAt))
    .map((d) => ({ kind: d.kind, dueAt: d.dueAt, metBy: d.metBy, tier: facts.tier }));
}

type Evaluated = ComputedDeadline & { startAt: string; metBy: DeadlineMetBy };

/** The years a working-day count from `startAt` to `dueAt` crossed that the calendar has no arrangement for. */
function calendarGapOf(calendar: WorkCalendar, startAt: string, dueAt: string): number[] {
  const gap: number[] = [];
  // The due instant is 00:00 after the last day, so the last day counted is the day before.
  // (Years straight from the instants: formatting dates here was a recompute's hot spot.)
  const yearOf = (ms: number) => new Date(ms + SHANGHAI_OFFSET_MS).getUTCFullYear();
  const last = yearOf(Date.parse(dueAt) - 1);
  for (let y = yearOf(Date.parse(startAt)); y <= last; y++) if (!calendar.covers(y)) gap.push(y);
  return gap;
}

/** The current rules applied to the case: per kind the earliest due time, nearest first. */
function evaluate(facts: DeadlineFacts, rules: readonly DeadlineRule[], now: Date, calendar: WorkCalendar): Evaluated[] {
  const outcome = facts.outcome ?? (isOutcome(facts.status) ? facts.status : null);
  const byKind = new Map<DeadlineKind, Evaluated>();
  for (const rule of rules) {
    if (!matches(rule.when, facts, outcome)) continue;
    const anchor = anchorOf(rule);
    const startAt = anchor === 'outcome' ? (facts.outcomeAt ?? null) : anchor === 'tier' ? (facts.clockStart ?? facts.receivedAt) : facts.receivedAt;
    if (startAt === null) continue; // the clock has not started yet
    const metAt = metAtOf(rule.metBy, facts);
    if (metAt === null && STOPPED.includes(facts.status)) continue;
    if (metAt === null && facts.status === 'closed' && anchor !== 'outcome') continue;
    const override = facts.dueOverrides?.[rule.kind];
    const dueAt = override ? new Date(override).toISOString() : dueFrom(startAt, rule.amount, rule.unit, calendar);
    const previous = byKind.get(rule.kind);
    if (previous && previous.dueAt <= dueAt) continue;
    const gap = !override && rule.unit === 'working-days' ? calendarGapOf(calendar, startAt, dueAt) : [];
    byKind.set(rule.kind, {
      kind: rule.kind, dueAt, metAt, status: deadlineStatusAt(startAt, dueAt, metAt, now), startAt, metBy: rule.metBy,
      ...(gap.length > 0 ? { calendarGap: gap } : {}),
    });
  }
  return [...byKind.values()].sort((a, b) => a.dueAt.localeCompare(b.dueAt));
}

/** The nearest unmet due time (for sorting lists by deadline), or null. */
export function nextDueAt(deadlines: readonly ComputedDeadline[]): string | null {
  const open = deadlines.filter((d) => d.metAt === null).map((d) => d.dueAt).sort();
  return open[0] ?? null;
}

/**
 * The nearest unmet due time per event that meets it (null where nothing waits for
 * it), kept beside `nextDueAt` so the ledger can count and filter late cases by
 * what they are waiting for at a million cases.
 */
export function dueByStep(deadlines: readonly ComputedDeadline[]): Record<DeadlineMetBy, string | null> {
  const due = Object.fromEntries(DEADLINE_MET_BY.map((step) => [step, null])) as Record<DeadlineMetBy, string | null>;
  for (const d of deadlines) {
    if (d.metAt !== null) continue;
    const current = due[d.metBy];
    if (current === null || d.dueAt < current) due[d.metBy] = d.dueAt;
  }
  return due;
}

export const isOverdue = (deadlines: readonly ComputedDeadline[]): boolean => deadlines.some((d) => d.status === 'overdue');

/** A deadline that was missed: overdue now, or met only after it was due. */
export const isMissed = (d: Pick<ComputedDeadline, 'status'>): boolean => d.status === 'overdue' || d.status === 'met-late';

/** The hotline must hand a case to the street within 1 hour of taking the call. */
export const HOTLINE_DISPATCH_LIMIT_MS = HOUR_MS;

/** True when the 12345 hotline took the call more than 1 hour before the office received the case. */
export function hotlineDispatchedLate(receivedAt: string, hotlineReceivedAt: string | null | undefined): boolean {
  if (!hotlineReceivedAt) return false;
  return Date.parse(receivedAt) - Date.parse(hotlineReceivedAt) > HOTLINE_DISPATCH_LIMIT_MS;
}

/**
 * Problems of a rules table the schema cannot see: two rules for the same step under
 * the same condition. One list, used by the service and by the editor before it asks
 * 确定保存吗？.
 */
export function duplicateRuleProblems(rules: readonly Pick<DeadlineRule, 'kind' | 'when'>[]): { index: number; message: string }[] {
  const seen = new Set<string>();
  const problems: { index: number; message: string }[] = [];
  rules.forEach((r, i) => {
    const key = `${r.kind}|${ruleWhenKey(r.when)}`;
    if (seen.has(key)) problems.push({ index: i, message: `第 ${i + 1} 条与前面的规则重复（同一事项、同一条件）` });
    seen.add(key);
  });
  return problems;
}
