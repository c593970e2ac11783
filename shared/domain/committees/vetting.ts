import { z } from 'zod';

/**
 * Candidate vetting (资格审查) and the joint review (联审联查): the checklist and
 * the departments are rules as data (defaults from published practice, which the
 * director may edit); the decision's guard is here, used by the service and the
 * election page alike.
 */
export type ChecklistItem = { key: string; label: string; required: boolean };

export const DEFAULT_CHECKLIST: readonly ChecklistItem[] = [
  { key: 'owner', label: '业主身份', required: true },
  { key: 'no-dishonesty', label: '无失信记录', required: true },
  { key: 'fees-paid', label: '按时缴纳物业费、专项维修资金', required: true },
  { key: 'no-relative-at-company', label: '近亲属未在本小区物业服务企业任职', required: true },
  { key: 'not-under-investigation', label: '未被立案调查（负面清单）', required: true },
  { key: 'no-criminal-record', label: '无犯罪记录（负面清单）', required: true },
  { key: 'no-party-discipline', label: '无违反党纪情形（负面清单）', required: true },
  { key: 'public-spirited', label: '热心公益', required: true },
  { key: 'knows-property-law', label: '熟悉物业法规', required: true },
  { key: 'pledges-signed', label: '签署参选、履职、辞职承诺书', required: true },
];

export const DEFAULT_DEPARTMENTS: readonly string[] = ['公安', '司法', '市场监管', '住建', '民政', '信用/发改'];

export const CHECK_RESULTS = ['met', 'not-met', 'pending'] as const;
export type CheckResult = (typeof CHECK_RESULTS)[number];
export const CHECK_RESULT_LABELS: Record<CheckResult, string> = { met: '符合', 'not-met': '不符合', pending: '待核查' };

export const VETTING_DECISIONS = ['passed', 'failed'] as const;
export type VettingDecision = (typeof VETTING_DECISIONS)[number];
export const DECISION_LABELS: Record<VettingDecision, string> = { passed: '通过', failed: '不通过' };

export const OPINIONS = ['no-objection', 'objection'] as const;
export type Opinion = (typeof OPINIONS)[number];
export const OPINION_LABELS: Record<Opinion, string> = { 'no-objection': '无异议', objection: '有异议' };

export const checkResult = z.enum(CHECK_RESULTS, '只能是符合、不符合或待核查');
export const vettingDecision = z.enum(VETTING_DECISIONS, '只能是通过或不通过');
export const opinion = z.enum(OPINIONS, '只能是无异议或有异议');

export const checklistItem = z.strictObject({
  key: z.string().trim().regex(/^[a-z][a-z0-9-]{1,39}$/, '应为小写英文字母、数字和连字符'),
  label: z.string().trim().min(1, '不能为空').max(40, '不能超过 40 个字'),
  required: z.boolean(),
});

export type CandidateVetting = {
  /** item key → result; a missing key is still pending. */
  checks: ReadonlyMap<string, CheckResult>;
  /** department → opinion; a missing department has not answered. */
  opinions: ReadonlyMap<string, Opinion>;
  /** The director's written override of the departments' objections, if given. */
  override: string | null;
};

export type VettingCheck = { ok: true } | { ok: false; message: string; field: 'decision' | 'override' };

/** Items not met, and items still pending, of the required ones, in checklist order. */
export function unmetItems(checklist: readonly ChecklistItem[], checks: CandidateVetting['checks']) {
  const required = checklist.filter((i) => i.required);
  return {
    notMet: required.filter((i) => checks.get(i.key) === 'not-met'),
    pending: required.filter((i) => (checks.get(i.key) ?? 'pending') === 'pending'),
  };
}

/** Departments that have not yet answered, and those that objected. */
export function reviewState(departments: readonly string[], opinions: CandidateVetting['opinions']) {
  return {
    outstanding: departments.filter((d) => !opinions.has(d)),
    objections: departments.filter((d) => opinions.get(d) === 'objection'),
  };
}

const names = (items: readonly { label: string }[]) => items.map((i) => `「${i.label}」`).join('');

/**
 * Whether a candidate may be given `decision`. 不通过 always may (with a reason,
 * checked by the contract); 通过 needs every required item met, every department's
 * opinion in, and, where a department objected, the director's written override.
 */
export function checkVettingDecision(decision: VettingDecision, c: CandidateVetting, checklist: readonly ChecklistItem[], departments: readonly string[]): VettingCheck {
  if (decision === 'failed') return { ok: true };
  const { notMet, pending } = unmetItems(checklist, c.checks);
  if (notMet.length > 0) return { ok: false, field: 'decision', message: `${names(notMet)}不符合，不能通过资格审查` };
  if (pending.length > 0) return { ok: false, field: 'decision', message: `${names(pending)}尚未核查，不能通过资格审查` };
  const { outstanding, objections } = reviewState(departments, c.opinions);
  if (outstanding.length > 0) return { ok: false, field: 'decision', message: `联审尚缺${outstanding.join('、')}的意见，不能通过资格审查` };
  if (objections.length > 0 && c.override === null) {
    return { ok: false, field: 'override', message: `${objections.join('、')}有异议，须由主任书面同意后才能通过` };
  }
  return { ok: true };
}
