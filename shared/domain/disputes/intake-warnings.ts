/**
 * Warnings at intake, which the clerk may read and go on past (they are not refusals):
 * - the 12345 work-order number is already on another case (orders are re-dispatched,
 *   so registering it again is allowed, with a reason: the service requires one);
 * - the same applicant already has an open case about the same estate and category
 *   (the same caller phoning again, or a second clerk typing the same visit in).
 * The service finds the candidate cases and applies these rules; the intake form shows
 * the warnings with a link to each case, as the clerk types.
 */
import { z } from 'zod';
import { isTerminal } from './dispute-lifecycle';
import type { DisputeStatus } from './disputes.schema';

export const INTAKE_WARNING_KINDS = ['duplicate-order', 'open-case'] as const;
export type IntakeWarningKind = (typeof INTAKE_WARNING_KINDS)[number];

export const intakeWarning = z.object({ kind: z.enum(INTAKE_WARNING_KINDS), caseId: z.string(), caseNo: z.string(), message: z.string() });
export type IntakeWarning = z.infer<typeof intakeWarning>;

/**
 * An applicant as intake compares them: the phone and the ID number as their keyed hashes
 * (never the numbers: they are encrypted at rest, and the hash is taken over the normal
 * form, so 42…001x and 42…001X hash alike), and the name.
 */
export type ApplicantKey = { name: string | null; phoneHash: string | null; idNumberHash: string | null };

/**
 * Whether two applicants are the same person: the same phone (by keyed hash), the same
 * ID number, or the same name (a name alone is enough here because the cases compared
 * are already about the same estate and category, and the clerk decides).
 */
export function sameApplicant(a: ApplicantKey, b: ApplicantKey): boolean {
  if (a.phoneHash && a.phoneHash === b.phoneHash) return true;
  if (a.idNumberHash && a.idNumberHash === b.idNumberHash) return true;
  const name = a.name?.trim();
  return Boolean(name) && name === b.name?.trim();
}

/** A registered case that intake compares against. */
export type CaseCandidate = { id: string; caseNo: string; status: DisputeStatus; applicants: ApplicantKey[] };

/** The open cases (not closed, rejected or withdrawn) one of whose applicants is one of `applicants`. */
export function openCaseWarnings(applicants: readonly ApplicantKey[], candidates: readonly CaseCandidate[]): IntakeWarning[] {
  return candidates
    .filter((c) => !isTerminal(c.status) && c.applicants.some((x) => applicants.some((a) => sameApplicant(a, x))))
    .map((c) => ({
      kind: 'open-case' as const,
      caseId: c.id,
      caseNo: c.caseNo,
      message: `该申请人在本小区已有同类未办结案件 ${c.caseNo}，请先核对是否为同一纠纷；确属新的纠纷可以继续登记。`,
    }));
}

/** Other cases carrying the same 12345 work-order number. */
export function duplicateOrderWarnings(orderNo: string, cases: readonly { id: string; caseNo: string }[]): IntakeWarning[] {
  return cases.map((c) => ({
    kind: 'duplicate-order' as const,
    caseId: c.id,
    caseNo: c.caseNo,
    message: `工单号 ${orderNo} 已用于案件 ${c.caseNo}。同一工单重新派单的，请写明原因后再保存；否则请核对工单号。`,
  }));
}
