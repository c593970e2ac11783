/**
 * Names and field schemas of the disputes domain (物业纠纷调解台账). The enum values
 * are fixed by the disputes issue: other parts, the database CHECKs and tests rely
 * on them. Messages never repeat the field name: dispatch prefixes 「字段名」.
 */
import { z } from 'zod';
import { entityId, optionalText, phone, requiredText } from '../registry/registry.schema';
import { idNumberProblem } from './id-number';
import { GENDERS, birthDateProblem, partyDetailsProblems } from './party-details';

export const DISPUTE_SOURCES = ['walk-in', 'phone', 'hotline-12345', 'grid-report', 'department-referral', 'court-referral'] as const;
export type DisputeSource = (typeof DISPUTE_SOURCES)[number];
export const SOURCE_LABELS: Record<DisputeSource, string> = {
  'walk-in': '来访',
  phone: '来电',
  'hotline-12345': '12345热线',
  'grid-report': '网格员上报',
  'department-referral': '部门移交',
  'court-referral': '法院委派',
};

export const DISPUTE_CATEGORIES = [
  'property-fee',
  'repairs',
  'parking',
  'noise-neighbours',
  'public-revenue',
  'fee-adjustment',
  'renovation',
  'illegal-construction',
  'fire-hazard',
  'street-occupation',
  'maintenance-fund',
  'greening',
  'sanitation',
  'other',
] as const;
export type DisputeCategory = (typeof DISPUTE_CATEGORIES)[number];
export const CATEGORY_LABELS: Record<DisputeCategory, string> = {
  'property-fee': '物业费',
  repairs: '设施设备维修',
  parking: '停车',
  'noise-neighbours': '噪音与邻里',
  'public-revenue': '公共收益',
  'fee-adjustment': '物业费调整',
  renovation: '公共设施改造',
  'illegal-construction': '违法搭建',
  'fire-hazard': '消防隐患',
  'street-occupation': '占道经营',
  'maintenance-fund': '专项维修资金',
  greening: '绿化',
  sanitation: '环境卫生',
  other: '其他',
};

/** Ordered from least to most serious: escalation only moves right. */
export const DISPUTE_TIERS = ['minor', 'medium', 'major'] as const;
export type DisputeTier = (typeof DISPUTE_TIERS)[number];
export const TIER_LABELS: Record<DisputeTier, string> = { minor: '小事', medium: '中事', major: '大事' };

export const DISPUTE_STATUSES = ['registered', 'assigned', 'mediating', 'settled', 'failed', 'referred', 'closed', 'rejected', 'withdrawn'] as const;
export type DisputeStatus = (typeof DISPUTE_STATUSES)[number];
export const STATUS_LABELS: Record<DisputeStatus, string> = {
  registered: '已登记',
  assigned: '已分派',
  mediating: '调解中',
  settled: '调解成功',
  failed: '调解不成',
  referred: '已移交',
  closed: '已结案',
  rejected: '不予受理',
  withdrawn: '已撤回',
};

export const PARTY_ROLES = ['applicant', 'respondent'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];
export const PARTY_ROLE_LABELS: Record<PartyRole, string> = { applicant: '申请人', respondent: '被申请人' };

export const PARTY_KINDS = ['person', 'company', 'committee'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];
export const PARTY_KIND_LABELS: Record<PartyKind, string> = { person: '个人', company: '物业服务企业', committee: '业委会/物管会' };

export const SATISFACTIONS = ['satisfied', 'basically-satisfied', 'dissatisfied'] as const;
export type Satisfaction = (typeof SATISFACTIONS)[number];
export const SATISFACTION_LABELS: Record<Satisfaction, string> = {
  satisfied: '满意',
  'basically-satisfied': '基本满意',
  dissatisfied: '不满意',
};

export const DEADLINE_KINDS = ['mediate', 'resolve', 'refer', 'organise-mediation', 'feedback', 'return-visit'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];
export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  mediate: '调解时限',
  resolve: '办结时限',
  refer: '移交联合处置时限',
  'organise-mediation': '组织调解时限',
  feedback: '反馈时限',
  'return-visit': '回访时限',
};

/** The recorded event that meets a deadline (what the case is waiting for while it runs). */
export const DEADLINE_MET_BY = ['first-session', 'outcome', 'joint-referral', 'feedback', 'return-visit'] as const;
export type DeadlineMetBy = (typeof DEADLINE_MET_BY)[number];
export const DEADLINE_MET_BY_LABELS: Record<DeadlineMetBy, string> = {
  'first-session': '首次调解',
  outcome: '记录调解结果',
  'joint-referral': '记录联合处置移交',
  feedback: '记录反馈',
  'return-visit': '记录回访',
};

export const DEADLINE_STATUSES = ['on-track', 'due-soon', 'overdue', 'met', 'met-late'] as const;
export type DeadlineStatus = (typeof DEADLINE_STATUSES)[number];
export const DEADLINE_STATUS_LABELS: Record<DeadlineStatus, string> = {
  'on-track': '正常',
  'due-soon': '即将到期',
  overdue: '已逾期',
  met: '已完成',
  'met-late': '逾期办结',
};

const oneOf = (labels: Record<string, string>) => `只能是${Object.values(labels).join('、')}之一`;
export const disputeSource = z.enum(DISPUTE_SOURCES, oneOf(SOURCE_LABELS));
export const disputeCategory = z.enum(DISPUTE_CATEGORIES, oneOf(CATEGORY_LABELS));
export const disputeTier = z.enum(DISPUTE_TIERS, '只能是小事、中事或大事');
export const disputeStatus = z.enum(DISPUTE_STATUSES, oneOf(STATUS_LABELS));
export const partyRole = z.enum(PARTY_ROLES, '只能是申请人或被申请人');
export const partyKind = z.enum(PARTY_KINDS, '只能是个人、物业服务企业或业委会/物管会');
export const satisfaction = z.enum(SATISFACTIONS, '只能是满意、基本满意或不满意');
export const deadlineKind = z.enum(DEADLINE_KINDS, oneOf(DEADLINE_KIND_LABELS));
export const deadlineStatus = z.enum(DEADLINE_STATUSES, oneOf(DEADLINE_STATUS_LABELS));

/**
 * Party fields holding personal data. Later issues encrypt them at rest and keep
 * them out of city bundles; the UI shows them masked until revealed.
 */
export const SENSITIVE_PARTY_FIELDS = ['phone', 'idNumber'] as const;
export const SENSITIVE = { sensitive: true } as const;

/** True when a schema was marked with `.meta(SENSITIVE)`. */
export function isSensitive(schema: z.ZodType): boolean {
  return z.globalRegistry.get(schema)?.['sensitive'] === true;
}

/** 18-digit resident ID, GB 11643-1999; a lower-case x is accepted and stored upper-case. */
export const idNumber = z
  .string()
  .trim()
  .max(30, '应为 18 位')
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v.toUpperCase()))
  .superRefine((v, ctx) => {
    const problem = v === null ? null : idNumberProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .meta(SENSITIVE);

export const partyPhone = phone.meta(SENSITIVE);

export const gender = z.enum(GENDERS, '只能是男或女');

/** A calendar date YYYY-MM-DD; the clock-dependent checks (not after today) are the service's. */
export const birthDate = z
  .string()
  .trim()
  .max(10, '应为日期，如 1980-01-31')
  .nullish()
  .transform((v) => (v === undefined || v === null || v === '' ? null : v))
  .superRefine((v, ctx) => {
    const problem = v === null ? null : birthDateProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/**
 * What the 人民调解协议书 prints for a party (see party-details.ts): optional at
 * intake, required (by document-requirements.ts) before the agreement is written.
 */
export const partyDetailFields = {
  gender: gender.nullish().transform((v) => v ?? null),
  birthDate,
  ethnicity: optionalText(20),
  occupation: optionalText(60),
  residence: optionalText(200),
  representative: optionalText(30),
};

export const party = z
  .strictObject({
    role: partyRole,
    kind: partyKind,
    name: requiredText(60),
    phone: partyPhone,
    idNumber,
    companyId: entityId.nullish().transform((v) => v ?? null),
    ...partyDetailFields,
  })
  .superRefine((p, ctx) => {
    // An ID number identifies a person; a company is linked by the registry instead.
    if (p.idNumber !== null && p.kind !== 'person') {
      ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '只有个人当事人才填写身份证号' });
    }
    if (p.companyId !== null && p.kind !== 'company') {
      ctx.addIssue({ code: 'custom', path: ['companyId'], message: '只有物业服务企业当事人才能关联企业' });
    }
    for (const issue of partyDetailsProblems(p.kind, p.idNumber, p)) {
      // The field's own format error is already reported.
      if (issue.field === 'birthDate' && p.birthDate !== null && birthDateProblem(p.birthDate) !== null) continue;
      ctx.addIssue({ code: 'custom', path: [issue.field], message: issue.message });
    }
  });

export const MAX_PARTIES = 50;
export const parties = z
  .array(party, '应为当事人列表')
  .min(1, '至少要有一名申请人')
  .max(MAX_PARTIES, `不能超过 ${MAX_PARTIES} 人，人数更多的群体纠纷请登记代表人`)
  .refine((ps) => ps.some((p) => p.role === 'applicant'), '至少要有一名申请人');

/** Long enough for a full account of the facts; longer text belongs in session notes. */
export const DESCRIPTION_MAX = 2000;
export const description = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(DESCRIPTION_MAX, `不能超过 ${DESCRIPTION_MAX} 个字，更多内容请记入调解笔录`);

/** The earliest plausible time of a case: the ledger holds nothing from before 2000. */
export const EARLIEST_RECEIVED_AT = '2000-01-01T00:00:00+08:00';

/** An instant with an explicit offset, normalised to ISO UTC (the storage form). */
export const isoInstant = z
  .iso.datetime({ offset: true, error: '应为带时区的时间，如 2026-11-21T09:30:00+08:00' })
  .transform((v) => new Date(v).toISOString());

export const receivedAt = isoInstant.refine((v) => Date.parse(v) >= Date.parse(EARLIEST_RECEIVED_AT), '不能早于 2000 年');

/** The part of the receivedAt check that needs the clock: the service passes `now`. */
export function receivedAtProblem(receivedAtIso: string, now: Date): string | null {
  const at = Date.parse(receivedAtIso);
  if (Number.isNaN(at)) return '应为带时区的时间，如 2026-11-21T09:30:00+08:00';
  if (at < Date.parse(EARLIEST_RECEIVED_AT)) return '不能早于 2000 年';
  if (at > now.getTime()) return '不能晚于当前时间';
  return null;
}

export const hotlineOrderNo = optionalText(40);

/** A computed deadline as every dispute read returns it. */
export const deadlineView = z.object({
  kind: deadlineKind,
  /** What meets it: the dashboard orders late cases by this (no first session before a late return visit). */
  metBy: z.enum(DEADLINE_MET_BY),
  dueAt: z.string(),
  metAt: z.string().nullable(),
  status: deadlineStatus,
  /** Set on a deadline missed under a tier the case was escalated out of: it stays in the record. */
  underTier: disputeTier.optional(),
  /** Years a working-day deadline ran over without a published holiday arrangement (counted by weekends alone). */
  calendarGap: z.array(z.int()).optional(),
});
export type DeadlineView = z.infer<typeof deadlineView>;

/**
 * Intake fields (disputes:create) with the cross-field rule of the issue: a 12345
 * case carries its work-order number. The contract may spread `disputeIntakeFields`
 * and add `disputeIntakeRefine`.
 */
export const disputeIntakeFields = {
  source: disputeSource,
  hotlineOrderNo,
  hotlineReceivedAt: isoInstant.nullish().transform((v) => v ?? null),
  receivedAt,
  estateId: entityId,
  category: disputeCategory,
  description,
  parties,
  tier: disputeTier.optional(),
  tierReason: optionalText(200),
  /** Why a 12345 order number another case already carries is registered again (orders are re-dispatched). */
  duplicateOrderReason: optionalText(200),
};

export function disputeIntakeRefine(
  v: { source: DisputeSource; hotlineOrderNo: string | null; hotlineReceivedAt: string | null; receivedAt: string },
  ctx: z.RefinementCtx,
): void {
  if (v.source === 'hotline-12345' && v.hotlineOrderNo === null) {
    ctx.addIssue({ code: 'custom', path: ['hotlineOrderNo'], message: '12345 热线转来的案件必须填写' });
  }
  if (v.source !== 'hotline-12345') {
    for (const key of ['hotlineOrderNo', 'hotlineReceivedAt'] as const) {
      if (v[key] !== null) ctx.addIssue({ code: 'custom', path: [key], message: '只有 12345 热线转来的案件才填写' });
    }
  }
  // The hotline hands the case on after taking the call, never before.
  if (v.hotlineReceivedAt !== null && v.hotlineReceivedAt > v.receivedAt) {
    ctx.addIssue({ code: 'custom', path: ['hotlineReceivedAt'], message: '不能晚于街道收到案件的时间' });
  }
}

export const disputeIntake = z.strictObject(disputeIntakeFields).superRefine(disputeIntakeRefine);

/**
 * A party as 更正登记信息 sends it: `id` names a stored party (left out: a party
 * added), and a phone or ID number left out keeps the stored one, because the
 * form only ever saw them masked. Parties not sent are removed. The agreement
 * details are not corrected here (补全信息 does that) and stay as stored.
 */
export const correctionParty = z
  .strictObject({
    id: entityId.optional(),
    role: partyRole,
    kind: partyKind,
    name: requiredText(60),
    phone: partyPhone.optional(),
    idNumber: idNumber.optional(),
    companyId: entityId.nullish().transform((v) => v ?? null),
  })
  .superRefine((p, ctx) => {
    if (p.idNumber && p.kind !== 'person') ctx.addIssue({ code: 'custom', path: ['idNumber'], message: '只有个人当事人才填写身份证号' });
    if (p.companyId !== null && p.kind !== 'company') ctx.addIssue({ code: 'custom', path: ['companyId'], message: '只有物业服务企业当事人才能关联企业' });
  });

export const correctionParties = z
  .array(correctionParty, '应为当事人列表')
  .min(1, '至少要有一名申请人')
  .max(MAX_PARTIES, `不能超过 ${MAX_PARTIES} 人，人数更多的群体纠纷请登记代表人`)
  .refine((ps) => ps.some((p) => p.role === 'applicant'), '至少要有一名申请人');

/** 更正登记信息 (disputes:correct-case): the intake facts as they should have been, and why. */
export const disputeCorrectionFields = {
  source: disputeSource,
  hotlineOrderNo,
  hotlineReceivedAt: isoInstant.nullish().transform((v) => v ?? null),
  receivedAt,
  tier: disputeTier,
  tierReason: optionalText(200),
  parties: correctionParties,
  reason: requiredText(500),
};
