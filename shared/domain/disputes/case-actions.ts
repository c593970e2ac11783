/**
 * What can be done to a case now, and why not: the one home of these rules. The
 * service guards every case step with `checkCaseAction` (and refuses with its
 * message); the case page offers exactly the actions `availableActions` returns.
 * The lifecycle (`dispute-lifecycle.ts`) still decides, at the moment of the step,
 * whether the facts a status change needs are all recorded.
 */
import { allowedTransitions, isOutcome, isPreOutcome, isTerminal } from './dispute-lifecycle';
import { checkCorrection } from './corrections';
import type { DisputeDetail } from './dispute-views';
import { STATUS_LABELS, type DisputeStatus, type DisputeTier } from './disputes.schema';

/** The steps of case work after intake, in the order a case is worked (the order the UI offers them). */
export const CASE_ACTIONS = [
  'assign', 'session', 'evidence', 'outcome', 'refer', 'department-result', 'feedback', 'return-visit',
  'close', 'escalate', 'edit-intake', 'correct', 'reject', 'withdraw',
] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const REFER_KINDS = ['court', 'department', 'joint'] as const;
export type ReferKind = (typeof REFER_KINDS)[number];

/** What the rules need to know about a case: built from the stored row (service) or the case view (renderer). */
export type CaseState = {
  status: DisputeStatus;
  tier: DisputeTier;
  departmentName: string | null;
  departmentReferredAt: string | null;
  departmentResult: string | null;
  jointReferralAt: string | null;
  agreedTerms: string | null;
  feedbackAt: string | null;
  returnVisitAt: string | null;
};

/** The rules' view of a case as the case page has it. */
export function caseStateOfView(d: DisputeDetail): CaseState {
  return {
    status: d.status,
    tier: d.tier,
    departmentName: d.department?.name ?? null,
    departmentReferredAt: d.department && !d.department.joint ? d.department.referredAt : null,
    departmentResult: d.department?.result ?? null,
    jointReferralAt: d.jointReferralAt,
    agreedTerms: d.agreedTerms,
    feedbackAt: d.feedback?.at ?? null,
    returnVisitAt: d.returnVisitAt,
  };
}

export type ActionCheck = { ok: true } | { ok: false; message: string };

const OK: ActionCheck = { ok: true };
const no = (message: string): ActionCheck => ({ ok: false, message });
const ended = (s: CaseState) => `该案件${STATUS_LABELS[s.status]}，`;

/**
 * The referrals that fit the case now: 诉调对接 after a failed mediation, a
 * department (once), or joint handling of a 大事 before its outcome (once).
 */
export function referKinds(s: CaseState): ReferKind[] {
  const kinds: ReferKind[] = [];
  if (s.status === 'failed') kinds.push('court');
  if ((allowedTransitions(s.status).includes('referred') || s.status === 'failed') && !s.departmentReferredAt) kinds.push('department');
  if (s.tier === 'major' && isPreOutcome(s.status) && !s.jointReferralAt) kinds.push('joint');
  return kinds;
}

function referCheck(s: CaseState, kind: ReferKind | undefined): ActionCheck {
  const kinds = referKinds(s);
  if (kind === undefined) return kinds.length > 0 ? OK : no(isTerminal(s.status) ? `${ended(s)}不能再移交。` : '该案件现在没有可以办理的移交。');
  if (kinds.includes(kind)) return OK;
  switch (kind) {
    case 'court':
      return no('诉调对接只用于调解不成的案件，请先记录调解不成。');
    case 'joint':
      if (s.tier !== 'major') return no('联合处置移交只用于「大事」，请先把案件升级为大事。');
      if (s.jointReferralAt) return no('该案件已经记录过联合处置移交。');
      return no('该案件已有结果或已结束，不能再记录联合处置移交。');
    case 'department':
      if (s.departmentReferredAt) return no(`该案件已移交「${s.departmentName ?? '部门'}」，不能再次移交部门。`);
      return no(isTerminal(s.status) ? `${ended(s)}不能再移交部门。` : '该案件已有调解结果，不能再移交部门。');
  }
}

/**
 * Whether `action` may be taken on the case now; when not, a zh-CN sentence a
 * clerk can act on. For `refer`, pass the kind to check that referral; without
 * it, whether any referral fits.
 */
export function checkCaseAction(action: CaseAction, s: CaseState, referKind?: ReferKind): ActionCheck {
  const next = allowedTransitions(s.status);
  switch (action) {
    case 'assign':
      return isPreOutcome(s.status) ? OK : no(`「${STATUS_LABELS[s.status]}」的案件不能再分派调解员。`);
    case 'session':
      if (s.status === 'assigned' || s.status === 'mediating') return OK;
      return no(s.status === 'registered' ? '请先分派调解员，再记录调解过程。' : '该案件已有调解结果或已结束，不能再记录调解过程。');
    case 'evidence':
      return isTerminal(s.status) ? no(`${ended(s)}不能再添加证据材料。`) : OK;
    case 'edit-intake':
      return isTerminal(s.status) ? no(`${ended(s)}不能再修改登记信息。`) : OK;
    case 'correct':
      // Whether anyone may; who may is checkCorrection's (corrections.ts), by role.
      return checkCorrection(s, 'director');
    case 'outcome':
      if (next.includes('settled') || next.includes('failed')) return OK;
      return no(isPreOutcome(s.status) ? '请先记录调解过程，再记录调解结果。' : '该案件已有调解结果或已结束，不能再记录调解结果。');
    case 'refer':
      return referCheck(s, referKind);
    case 'department-result':
      // A department referral, or the departments a 大事 was jointly referred to.
      if (!s.departmentReferredAt && !s.jointReferralAt) return no('该案件没有移交或联合处置记录，不能记录部门办理结果。');
      return s.departmentResult === null ? OK : no('该案件已经记录过部门办理结果。');
    case 'feedback':
      // Feedback is the party's view of an outcome (and the 12345 loop's 反馈), so it follows one.
      if (isOutcome(s.status)) return OK;
      if (s.status === 'closed') return s.feedbackAt === null ? OK : no('该案件已结案，反馈已经记录过。');
      return no(isTerminal(s.status) ? `${ended(s)}不能记录反馈。` : '当事人反馈在有了调解结果（调解成功、调解不成或已移交）后记录。');
    case 'return-visit':
      if (!s.agreedTerms) return no('回访用于调解成功的案件，该案件还没有调解协议。');
      if (s.status === 'rejected' || s.status === 'withdrawn') return no(`${ended(s)}不能记录回访。`);
      return s.returnVisitAt === null ? OK : no('该案件已经记录过回访。');
    case 'close':
      return next.includes('closed') ? OK : no(isTerminal(s.status) ? `${ended(s)}不能再结案。` : '案件有了调解结果或移交后才能结案。');
    case 'reject':
      return next.includes('rejected') ? OK : no(`「${STATUS_LABELS[s.status]}」的案件不能再决定不予受理。`);
    case 'withdraw':
      return next.includes('withdrawn') ? OK : no(`「${STATUS_LABELS[s.status]}」的案件不能再撤回。`);
    case 'escalate':
      if (!isPreOutcome(s.status)) return no(`「${STATUS_LABELS[s.status]}」的案件不能再升级处置等级。`);
      return s.tier === 'major' ? no('该案件已经是「大事」，不能再升级。') : OK;
  }
}

/**
 * Whether a party's details (性别、出生日期、民族、职业、住所、法定代表人/负责人) may
 * be filled in or corrected. Offered on each party rather than among the steps:
 * the agreement needs them even after the case is closed, so only a rejected or
 * withdrawn case refuses.
 */
export function checkPartyDetailsEdit(s: CaseState): ActionCheck {
  return s.status === 'rejected' || s.status === 'withdrawn' ? no(`${ended(s)}不能再修改当事人信息。`) : OK;
}

/** The actions to offer on the case, in work order, among those the operator may take (`may`). */
export function availableActions(s: CaseState, may: (action: CaseAction) => boolean = () => true): CaseAction[] {
  return CASE_ACTIONS.filter((a) => may(a) && checkCaseAction(a, s).ok);
}
