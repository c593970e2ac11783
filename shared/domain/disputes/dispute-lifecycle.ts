/**
 * The dispute lifecycle as a pure state machine. The service builds the facts from
 * the stored case plus the transition's own input and refuses with
 * `forbidden-transition` and the message returned here.
 *
 *   registered → assigned → mediating → settled | failed | referred → closed
 *   registered | assigned | mediating → rejected | withdrawn   (terminal)
 */
import { DISPUTE_TIERS, STATUS_LABELS, TIER_LABELS, type DisputeStatus, type DisputeTier } from './disputes.schema';

export const TRANSITIONS: Readonly<Record<DisputeStatus, readonly DisputeStatus[]>> = {
  registered: ['assigned', 'rejected', 'withdrawn'],
  // A 大事 goes to joint handling by the departments without a mediation session,
  // so an assigned case may be referred directly.
  assigned: ['mediating', 'referred', 'rejected', 'withdrawn'],
  mediating: ['settled', 'failed', 'referred', 'rejected', 'withdrawn'],
  settled: ['closed'],
  failed: ['closed'],
  referred: ['closed'],
  closed: [],
  rejected: [],
  withdrawn: [],
};

/** States before an outcome: the case may still be rejected, withdrawn or escalated. */
export const PRE_OUTCOME_STATUSES = ['registered', 'assigned', 'mediating'] as const satisfies readonly DisputeStatus[];
export const OUTCOME_STATUSES = ['settled', 'failed', 'referred'] as const satisfies readonly DisputeStatus[];
export const TERMINAL_STATUSES = ['closed', 'rejected', 'withdrawn'] as const satisfies readonly DisputeStatus[];
/** 在办: every case not yet ended (before or at its outcome, not yet 结案). */
export const OPEN_STATUSES = [...PRE_OUTCOME_STATUSES, ...OUTCOME_STATUSES] as const satisfies readonly DisputeStatus[];
export type TerminalStatus = (typeof TERMINAL_STATUSES)[number];
const ENDED: Record<TerminalStatus, string> = { closed: '已结案', rejected: '已决定不予受理', withdrawn: '已撤回' };
export type OutcomeStatus = (typeof OUTCOME_STATUSES)[number];

export const isTerminal = (s: DisputeStatus): s is TerminalStatus => (TERMINAL_STATUSES as readonly DisputeStatus[]).includes(s);
export const isPreOutcome = (s: DisputeStatus): boolean => (PRE_OUTCOME_STATUSES as readonly DisputeStatus[]).includes(s);
export const isOutcome = (s: DisputeStatus): s is OutcomeStatus => (OUTCOME_STATUSES as readonly DisputeStatus[]).includes(s);

/**
 * What the service knows about the case (stored, or arriving with the transition).
 * Every flag defaults to false: a fact the service forgot to pass blocks the
 * transition rather than letting an incomplete case through.
 */
export type TransitionFacts = {
  /** A mediator is named (to assign). */
  hasMediator?: boolean;
  /** Agreed terms and how/by when they are performed are recorded (to settle). */
  hasAgreement?: boolean;
  /** Why mediation failed is recorded (to fail). */
  hasFailureReason?: boolean;
  /** Court, date and reference of the 诉调对接 referral are all recorded. */
  hasCourtReferral?: boolean;
  /** A department referral (which department, when) is recorded. */
  hasDepartmentReferral?: boolean;
  /** The receiving department's result is recorded. */
  hasDepartmentResult?: boolean;
  /** Feedback (satisfaction) is recorded. */
  hasFeedback?: boolean;
  /** Reason given with this transition (required to reject). */
  reason?: string | null;
};

export type MissingFact = Exclude<keyof TransitionFacts, 'reason'> | 'reason';

export type TransitionCheck =
  | { ok: true }
  | { ok: false; code: 'forbidden-transition'; message: string; missing: MissingFact | null };

const refuse = (message: string, missing: MissingFact | null = null): TransitionCheck => ({
  ok: false,
  code: 'forbidden-transition',
  message,
  missing,
});
const hasText = (s: string | null | undefined): boolean => typeof s === 'string' && s.trim() !== '';

/** The statuses a case in `from` may move to, in the order the UI offers them. */
export function allowedTransitions(from: DisputeStatus): readonly DisputeStatus[] {
  return TRANSITIONS[from];
}

/** Whether `from → to` is allowed given the facts; when not, a zh-CN sentence saying what is missing. */
export function checkTransition(from: DisputeStatus, to: DisputeStatus, facts: TransitionFacts = {}): TransitionCheck {
  const [fromLabel, toLabel] = [STATUS_LABELS[from], STATUS_LABELS[to]];
  if (from === to) return refuse(`案件已经是「${fromLabel}」状态。`);
  if (isTerminal(from)) return refuse(`案件${ENDED[from]}，不能再改为「${toLabel}」。`);
  if (!TRANSITIONS[from].includes(to)) {
    const next = TRANSITIONS[from].map((s) => `「${STATUS_LABELS[s]}」`).join('、');
    return refuse(`「${fromLabel}」的案件不能直接改为「${toLabel}」，只能改为${next}。`);
  }
  switch (to) {
    case 'assigned':
      return facts.hasMediator ? { ok: true } : refuse('分派前请先指定调解员。', 'hasMediator');
    case 'settled':
      return facts.hasAgreement ? { ok: true } : refuse('调解成功前请先记录协议内容、履行方式和履行期限。', 'hasAgreement');
    case 'failed':
      return facts.hasFailureReason || hasText(facts.reason) ? { ok: true } : refuse('请填写调解不成的原因。', 'hasFailureReason');
    case 'referred':
      return facts.hasDepartmentReferral ? { ok: true } : refuse('移交前请先记录接收部门和移交时间。', 'hasDepartmentReferral');
    case 'rejected':
      return hasText(facts.reason) ? { ok: true } : refuse('不予受理必须填写理由。', 'reason');
    case 'withdrawn':
      return hasText(facts.reason) ? { ok: true } : refuse('撤回必须填写原因（例如当事人自行和解、申请人撤回申请）。', 'reason');
    case 'closed':
      return closeCheck(from, facts);
    default:
      return { ok: true };
  }
}

function closeCheck(from: DisputeStatus, facts: TransitionFacts): TransitionCheck {
  if (from === 'settled' && !facts.hasFeedback) return refuse('结案前请先记录回访反馈（当事人满意度）。', 'hasFeedback');
  if (from === 'failed' && !facts.hasCourtReferral && !facts.hasDepartmentReferral) {
    return refuse('调解不成的案件结案前，请先记录诉调对接（法院、移送日期、案号）或部门移交。', 'hasCourtReferral');
  }
  if (from === 'referred' && !facts.hasDepartmentResult) return refuse('已移交的案件结案前，请先记录部门的办理结果。', 'hasDepartmentResult');
  return { ok: true };
}

/** True when `to` is a more serious tier than `from` (小事 → 中事 → 大事). */
export function canEscalate(from: DisputeTier, to: DisputeTier): boolean {
  return DISPUTE_TIERS.indexOf(to) > DISPUTE_TIERS.indexOf(from);
}

/** Whether a case in `status` at tier `from` may be escalated to `to` with this reason. */
export function checkEscalation(
  status: DisputeStatus,
  from: DisputeTier,
  to: DisputeTier,
  reason: string | null | undefined,
): TransitionCheck {
  if (!isPreOutcome(status)) return refuse(`「${STATUS_LABELS[status]}」的案件不能再升级处置等级。`);
  if (!canEscalate(from, to)) {
    return refuse(`处置等级只能从低到高升级（小事 → 中事 → 大事），不能从「${TIER_LABELS[from]}」改为「${TIER_LABELS[to]}」。`);
  }
  if (!hasText(reason)) return refuse('升级处置等级必须填写原因。', 'reason');
  return { ok: true };
}
