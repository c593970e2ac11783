import { z } from 'zod';

/**
 * 劝退程序: a member who does not act or acts wrongly (不作为、乱作为) is put through
 * the persuade-to-withdraw procedure, step by step: proposed by the community party
 * organisation → talk held → owners' assembly decision → outcome. A decision to
 * withdraw ends the membership with reason `persuaded-to-withdraw`.
 */
export const WITHDRAWAL_STEPS = ['proposed', 'talk-held', 'decided'] as const;
export type WithdrawalStep = (typeof WITHDRAWAL_STEPS)[number];
export const WITHDRAWAL_STEP_LABELS: Record<WithdrawalStep, string> = { proposed: '社区党组织提出', 'talk-held': '已谈话', decided: '业主大会已决定' };

export const ASSEMBLY_DECISIONS = ['withdraw', 'keep'] as const;
export type AssemblyDecision = (typeof ASSEMBLY_DECISIONS)[number];
export const ASSEMBLY_DECISION_LABELS: Record<AssemblyDecision, string> = { withdraw: '同意劝退', keep: '不同意劝退' };
export const assemblyDecision = z.enum(ASSEMBLY_DECISIONS, '只能是同意劝退或不同意劝退');

/** The published goal: adjust 10% of unfit members in a year. */
export const UNFIT_GOAL_PERCENT = 10;

export type WithdrawalState = { step: WithdrawalStep; proposedOn: string; talkOn: string | null };
export type StepCheck = { ok: true } | { ok: false; message: string; field?: string };

/** Whether `next` may be recorded on `date` now; steps go in order and never back in time. */
export function checkWithdrawalStep(next: 'talk' | 'assembly', s: WithdrawalState, date: string): StepCheck {
  if (s.step === 'decided') return { ok: false, message: '劝退程序已结束，只能查看' };
  if (next === 'talk') {
    if (s.step !== 'proposed') return { ok: false, message: '已记录谈话，下一步是业主大会决定' };
    return date < s.proposedOn ? { ok: false, field: 'on', message: `不能早于提出日期（${s.proposedOn}）` } : { ok: true };
  }
  if (s.step !== 'talk-held') return { ok: false, message: '须先由社区党组织与该成员谈话，再提交业主大会决定' };
  return s.talkOn !== null && date < s.talkOn ? { ok: false, field: 'on', message: `不能早于谈话日期（${s.talkOn}）` } : { ok: true };
}

/** The year's share of members adjusted (劝退 or 罢免) against the goal. */
export function unfitShare(adjusted: number, members: number) {
  return { adjusted, members, percent: members === 0 ? null : Math.floor((adjusted * 100) / members), goalPercent: UNFIT_GOAL_PERCENT };
}
