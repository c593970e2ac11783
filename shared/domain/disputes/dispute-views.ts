import { z } from 'zod';
import { recordMeta } from '../registry/registry.schema';
import {
  deadlineView,
  disputeCategory,
  gender,
  disputeSource,
  disputeStatus,
  disputeTier,
  partyKind,
  partyRole,
  satisfaction,
} from './disputes.schema';

/** One row of the disputes grid. Phone and ID numbers are never in a list. */
export const disputeRow = z.object({
  id: z.string(),
  version: z.number(),
  caseNo: z.string(),
  status: disputeStatus,
  tier: disputeTier,
  category: disputeCategory,
  source: disputeSource,
  receivedAt: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  mediatorId: z.string().nullable(),
  mediatorName: z.string().nullable(),
  applicants: z.string(),
  respondents: z.string(),
  summary: z.string(),
  nextDueAt: z.string().nullable(),
  deadlines: z.array(deadlineView),
  overdue: z.boolean(),
  dueSoon: z.boolean(),
  /** 今日到期 (office-hours.ts): the nearest unmet deadline passes before the office next opens. */
  dueToday: z.boolean(),
  hotlineDispatchedLate: z.boolean(),
});
export type DisputeRow = z.infer<typeof disputeRow>;

/** A party as read back: sensitive fields masked unless revealed through disputes:reveal. */
export const partyView = z.object({
  id: z.string(),
  role: partyRole,
  kind: partyKind,
  name: z.string(),
  phoneMasked: z.string().nullable(),
  idNumberMasked: z.string().nullable(),
  companyId: z.string().nullable(),
  /** The details the agreement prints, as entered (null when left empty). */
  gender: gender.nullable(),
  birthDate: z.string().nullable(),
  ethnicity: z.string().nullable(),
  occupation: z.string().nullable(),
  residence: z.string().nullable(),
  representative: z.string().nullable(),
  /** The gender a valid ID number gives (digit 17, which the masked number shows anyway). */
  idNumberGender: gender.nullable(),
  /** Whether a valid ID number supplies the birth date (digits 7–14 stay masked, so not the date itself). */
  idNumberGivesBirthDate: z.boolean(),
});

export const sessionView = z.object({ id: z.string(), heldAt: z.string(), place: z.string(), attendees: z.string(), mediatorId: z.string().nullable(), mediatorName: z.string().nullable(), notes: z.string() });
export const evidenceView = z.object({ id: z.string(), name: z.string(), providedBy: z.string().nullable(), receivedAt: z.string(), notes: z.string().nullable() });
export const escalationView = z.object({ id: z.string(), fromTier: disputeTier, toTier: disputeTier, reason: z.string(), escalatedAt: z.string(), actor: z.string().nullable() });

/** Everything about one case. */
export const disputeDetail = z.object({
  ...recordMeta,
  caseNo: z.string(),
  status: disputeStatus,
  allowedTransitions: z.array(disputeStatus),
  source: disputeSource,
  hotlineOrderNo: z.string().nullable(),
  hotlineReceivedAt: z.string().nullable(),
  hotlineDispatchedLate: z.boolean(),
  receivedAt: z.string(),
  estateId: z.string(),
  estateName: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  category: disputeCategory,
  tier: disputeTier,
  suggestedTier: disputeTier,
  tierReason: z.string().nullable(),
  tierStartedAt: z.string(),
  description: z.string(),
  mediatorId: z.string().nullable(),
  mediatorName: z.string().nullable(),
  assignedAt: z.string().nullable(),
  outcomeAt: z.string().nullable(),
  agreedTerms: z.string().nullable(),
  performance: z.string().nullable(),
  performanceDue: z.string().nullable(),
  failureReason: z.string().nullable(),
  court: z.object({ name: z.string(), date: z.string(), reference: z.string() }).nullable(),
  /**
   * The department(s) handling the case: a referral (移交), or the lead named at a
   * 大事's joint referral (`joint`), with their result once recorded.
   */
  department: z.object({ name: z.string(), referredAt: z.string(), result: z.string().nullable(), resultAt: z.string().nullable(), joint: z.boolean() }).nullable(),
  jointReferralAt: z.string().nullable(),
  feedback: z.object({ at: z.string(), satisfaction, notes: z.string().nullable() }).nullable(),
  returnVisitDueAt: z.string().nullable(),
  returnVisitAt: z.string().nullable(),
  returnVisitNotes: z.string().nullable(),
  rejectionReason: z.string().nullable(),
  withdrawalReason: z.string().nullable(),
  /** Who closed, rejected or withdrew the case (from the change log). */
  endedBy: z.string().nullable(),
  closedAt: z.string().nullable(),
  parties: z.array(partyView),
  sessions: z.array(sessionView),
  evidence: z.array(evidenceView),
  escalations: z.array(escalationView),
  deadlines: z.array(deadlineView),
});
export type DisputeDetail = z.infer<typeof disputeDetail>;

const countBy = z.array(z.object({ key: z.string(), label: z.string(), count: z.number(), previous: z.number() }));
/** A figure of the month and the same figure of the month before. */
const compared = z.object({ count: z.number(), previous: z.number() });

/** One month of the twelve-month trend: received and accepted by receipt, settled by outcome, late by receipt. */
export const monthlyTrendPoint = z.object({ month: z.string(), received: z.number(), accepted: z.number(), settled: z.number(), overdue: z.number() });
export type MonthlyTrendPoint = z.infer<typeof monthlyTrendPoint>;

/** 每月研判: one month against the previous, and the twelve months ending with it. */
export const monthlyAnalysis = z.object({
  month: z.string(),
  previousMonth: z.string(),
  /** False while the month is still running (chosen by hand): its figures are not a whole month. */
  complete: z.boolean(),
  /** Every case registered in the month, whatever became of it. */
  received: compared,
  /** Received less 不予受理 and 已撤回: the cases the breakdowns and 高发问题 count. */
  accepted: compared,
  rejected: compared,
  withdrawn: compared,
  byCategory: countBy,
  byTier: countBy,
  byCommunity: countBy,
  byEstate: countBy,
  byCompany: countBy,
  topCategories: z.array(z.object({ key: z.string(), label: z.string(), count: z.number(), share: z.number() })),
  outcomes: z.object({ settled: z.number(), failed: z.number(), referred: z.number(), successRate: z.number().nullable(), previousSuccessRate: z.number().nullable() }),
  /** Feedback recorded in the month; `rate` is the share 满意 or 基本满意, null without feedback. */
  satisfaction: z.object({
    satisfied: z.number(),
    basicallySatisfied: z.number(),
    dissatisfied: z.number(),
    rate: z.number().nullable(),
    previousRate: z.number().nullable(),
  }),
  overdue: compared,
  /** The twelve months ending with `month`, oldest first. */
  trend: z.array(monthlyTrendPoint),
});
export type MonthlyAnalysis = z.infer<typeof monthlyAnalysis>;
