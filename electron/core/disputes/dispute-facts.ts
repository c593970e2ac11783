import { z } from 'zod';
import { computeDeadlines, dueByStep, hotlineDispatchedLate, nextDueAt, supersededDeadline, type DeadlineFacts, type DeadlineRule, type SupersededDeadline } from '#shared/domain/disputes/deadlines';
import { DEADLINE_MET_BY } from '#shared/domain/disputes/disputes.schema';
import { isDueToday } from '#shared/domain/disputes/office-hours';
import { CHINA_WORK_CALENDAR, type WorkCalendar } from '#shared/domain/disputes/work-calendar';
import type { CaseState } from '#shared/domain/disputes/case-actions';
import type { TransitionFacts } from '#shared/domain/disputes/dispute-lifecycle';
import type { DeadlineView } from '#shared/domain/disputes/disputes.schema';
import type { DisputeRecord } from './disputes.repository';
import { STEP_DUE_COLUMNS, type DerivedDues } from './disputes.table';

type DeadlineColumns = Pick<
  DisputeRecord,
  | 'source' | 'tier' | 'status' | 'received_at' | 'tier_started_at' | 'outcome_at' | 'first_session_at' | 'joint_referral_at'
  | 'feedback_at' | 'return_visit_at' | 'return_visit_due_at' | 'department_result_at' | 'superseded_deadlines'
> & Partial<Pick<DisputeRecord, 'agreed_terms' | 'failure_reason' | 'department_referred_at'>>;

const supersededList = z.array(supersededDeadline);

/** The stored superseded deadlines; a value that is not the expected JSON reads as none (and `ledger check` flags an edited row). */
export function readSuperseded(json: string | null | undefined): SupersededDeadline[] {
  if (!json) return [];
  try {
    const parsed = supersededList.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : [];
  } catch {
    return [];
  }
}

/** Which outcome a case reached, kept after it is closed. */
function outcomeOf(d: DeadlineColumns): 'settled' | 'failed' | 'referred' | null {
  if (d.status === 'settled' || d.status === 'failed' || d.status === 'referred') return d.status;
  if (d.status !== 'closed') return null;
  if (d.failure_reason) return 'failed';
  if (d.agreed_terms) return 'settled';
  if (d.department_referred_at) return 'referred';
  return null;
}

/** A stored case as the pure deadline rules see it. */
export function deadlineFacts(d: DeadlineColumns): DeadlineFacts {
  const outcome = outcomeOf(d);
  return {
    source: d.source,
    tier: d.tier,
    status: d.status,
    receivedAt: d.received_at,
    clockStart: d.tier_started_at,
    outcome,
    outcomeAt: outcome === 'referred' ? (d.department_referred_at ?? d.outcome_at) : d.outcome_at,
    firstSessionAt: d.first_session_at,
    jointReferralAt: d.joint_referral_at,
    feedbackAt: d.feedback_at,
    returnVisitAt: d.return_visit_at,
    dueOverrides: d.return_visit_due_at ? { 'return-visit': d.return_visit_due_at } : {},
    superseded: readSuperseded(d.superseded_deadlines),
  };
}

export type DeadlineSummary = { deadlines: DeadlineView[]; nextDueAt: string | null; overdue: boolean; dueSoon: boolean; dueToday: boolean };

export function deadlinesOf(d: DeadlineColumns, rules: readonly DeadlineRule[], now: Date, calendar: WorkCalendar = CHINA_WORK_CALENDAR): DeadlineSummary {
  const deadlines = computeDeadlines(deadlineFacts(d), rules, now, calendar);
  const next = nextDueAt(deadlines);
  return {
    deadlines,
    nextDueAt: next,
    overdue: deadlines.some((x) => x.status === 'overdue'),
    dueSoon: deadlines.some((x) => x.status === 'due-soon'),
    // The nearest unmet deadline decides, as the ledger's 今日到期 filter does over next_due_at.
    dueToday: isDueToday(next, now, calendar),
  };
}

/** The derived due columns of a case (nearest unmet due time, overall and per step), as stored. */
export function derivedDues(d: DeadlineColumns, rules: readonly DeadlineRule[], now: Date, calendar: WorkCalendar = CHINA_WORK_CALENDAR): DerivedDues {
  // Not deadlinesOf: the demo writes a million cases through here and needs no display flags.
  const deadlines = computeDeadlines(deadlineFacts(d), rules, now, calendar);
  const byStep = dueByStep(deadlines);
  const dues = { next_due_at: nextDueAt(deadlines) } as DerivedDues;
  for (const step of DEADLINE_MET_BY) dues[STEP_DUE_COLUMNS[step]] = byStep[step];
  return dues;
}

/** True when the stored derived columns differ from `dues`. */
export const duesChanged = (stored: DerivedDues, dues: DerivedDues): boolean =>
  (Object.keys(dues) as (keyof DerivedDues)[]).some((k) => stored[k] !== dues[k]);

export const lateHotline = (d: Pick<DisputeRecord, 'received_at' | 'hotline_received_at'>) => hotlineDispatchedLate(d.received_at, d.hotline_received_at);

/** What the lifecycle guards need to know about a stored case. */
export function transitionFacts(d: DisputeRecord, reason?: string | null): TransitionFacts {
  return {
    hasMediator: d.mediator_id !== null,
    hasAgreement: !!d.agreed_terms && !!d.performance,
    hasFailureReason: !!d.failure_reason,
    hasCourtReferral: !!d.court_name && !!d.court_date && !!d.court_reference,
    hasDepartmentReferral: !!d.department_name && !!d.department_referred_at,
    hasDepartmentResult: !!d.department_result,
    hasFeedback: !!d.feedback_at,
    reason: reason ?? null,
  };
}

/** A stored case as the case-action rules see it (the renderer builds the same from the case view). */
export function caseState(d: DisputeRecord): CaseState {
  return {
    status: d.status,
    tier: d.tier,
    departmentName: d.department_name,
    departmentReferredAt: d.department_referred_at,
    departmentResult: d.department_result,
    jointReferralAt: d.joint_referral_at,
    agreedTerms: d.agreed_terms,
    feedbackAt: d.feedback_at,
    returnVisitAt: d.return_visit_at,
  };
}
