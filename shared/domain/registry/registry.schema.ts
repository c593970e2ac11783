import { z } from 'zod';
import { STAFF_ROLES } from '../auth/roles';
import { CREDIT_CODE_MESSAGES, creditCodeProblem } from './credit-code';
import { divisionCodeProblem } from './division-code';

/** Required text: trimmed, not empty, at most `max` characters. */
export const requiredText = (max: number) =>
  z.string().trim().min(1, '不能为空').max(max, `不能超过 ${max} 个字`);

/** Optional text: empty or missing becomes null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `不能超过 ${max} 个字`)
    .nullish()
    .transform((v) => (v === undefined || v === null || v === '' ? null : v));

/**
 * A record picked from a list. Empty or left out means nothing was picked: say so,
 * rather than 格式不正确 (the clerk never typed anything).
 */
export const entityId = z.uuid({ error: (issue) => (issue.input === '' || issue.input === undefined || issue.input === null ? '还没有选择，请选择' : '格式不正确') });
export const version = z.int('应为整数').min(1).max(Number.MAX_SAFE_INTEGER);

export const creditCode = z
  .string()
  .trim()
  .max(40, '应为 18 位')
  .transform((v) => v.toUpperCase())
  .superRefine((v, ctx) => {
    const problem = creditCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: CREDIT_CODE_MESSAGES[problem] });
  });

export const divisionCode = z
  .string()
  .trim()
  .max(20, '应为 9 位或 12 位数字')
  .superRefine((v, ctx) => {
    const problem = divisionCodeProblem(v);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  });

/** Mobile (11 digits) or landline with area code. Marked sensitive: later issues encrypt it. */
export const phone = optionalText(20).refine(
  (v) => v === null || /^(1[3-9]\d{9}|0\d{2,3}-?\d{7,8}(-\d{1,6})?)$/.test(v),
  '格式不正确：手机号为 11 位，座机请写区号，如 0715-8123456',
);

export const households = z
  .int('应为整数')
  .min(0, '不能为负数')
  .max(100_000, '不能超过 100000');

export const staffRole = z.enum(STAFF_ROLES, '只能是主任、调解员、审查员或记录员');

/** Fields every stored record carries. */
export const recordMeta = {
  id: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number(),
};

export const officeView = z.object({
  ...recordMeta,
  name: z.string(),
  divisionCode: z.string(),
  address: z.string().nullable(),
  /** Who a court or department calls about a referred case, and the office's phone (not a private number). */
  contactName: z.string().nullable(),
  contactPhone: z.string().nullable(),
  /** The mediation committee on the seal line; null: 「<name>人民调解委员会」. */
  committeeName: z.string().nullable(),
});

/** The committee on the documents' seal line: the office's own name for it, else 「<街道>人民调解委员会」. */
export const committeeNameOf = (o: { name: string; committeeName: string | null }): string => o.committeeName ?? `${o.name}人民调解委员会`;

export const communityView = z.object({
  ...recordMeta,
  name: z.string(),
  estateCount: z.number(),
});

export const companyView = z.object({
  ...recordMeta,
  name: z.string(),
  creditCode: z.string(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  estateCount: z.number(),
});

export const estateView = z.object({
  ...recordMeta,
  name: z.string(),
  address: z.string(),
  communityId: z.string(),
  communityName: z.string(),
  companyId: z.string().nullable(),
  companyName: z.string().nullable(),
  households: z.number(),
});

export const staffView = z.object({
  ...recordMeta,
  name: z.string(),
  role: staffRole,
  certificateNo: z.string().nullable(),
});

export type OfficeView = z.infer<typeof officeView>;
export type CommunityView = z.infer<typeof communityView>;
export type CompanyView = z.infer<typeof companyView>;
export type EstateView = z.infer<typeof estateView>;
export type StaffView = z.infer<typeof staffView>;
