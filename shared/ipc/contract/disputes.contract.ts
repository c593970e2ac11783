import { historyEntry } from '../../domain/disputes/case-history';
import { z } from 'zod';
import { openDocumentInput, writtenDocument } from '../../domain/documents/documents.schema';
import type { Role } from '../../domain/auth/roles';
import { DEADLINE_MET_BY, deadlineRule } from '../../domain/disputes/deadlines';
import { DOCUMENT_KINDS } from '../../domain/disputes/document-requirements';
import { disputeDetail, disputeRow, monthlyAnalysis } from '../../domain/disputes/dispute-views';
import { MONTH_PATTERN } from '../../domain/disputes/report-months';
import {
  DESCRIPTION_MAX,
  description,
  disputeCategory,
  disputeCorrectionFields,
  disputeIntakeFields,
  disputeIntakeRefine,
  disputeStatus,
  disputeTier,
  isoInstant,
  partyDetailFields,
  satisfaction,
} from '../../domain/disputes/disputes.schema';
import { entityId, optionalText, requiredText, version } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';
import { formProblems } from '../../domain/disputes/form-problems';
import { intakeWarning } from '../../domain/disputes/intake-warnings';
import { shanghaiDate } from '../../domain/disputes/work-calendar';

/** Clerks, mediators and leadership record case work. */
const WORKERS: readonly Role[] = ['administrator', 'director', 'mediator', 'secretary'];
/** Assigning, escalating and editing the rules are the director's calls; a clerk may refuse (不予受理) at intake. */
const LEADS: readonly Role[] = ['administrator', 'director'];
/**
 * The office's day on 工作台 (待分派, 今日到期, 已逾期): the director assigns and chases,
 * the clerk who registers cases and the reviewer follow it. Not mediators: their day
 * is their own cases (disputes:my-cases), which the office-wide lists would bury.
 */
const OFFICE_DAY: readonly Role[] = ['administrator', 'director', 'secretary', 'reviewer'];

const target = { id: entityId, version };
const listFilters = {
  search: z.string().trim().max(100, '不能超过 100 个字').optional(),
  status: z.array(disputeStatus).max(9).optional(),
  tier: z.array(disputeTier).max(3).optional(),
  category: z.array(disputeCategory).max(14).optional(),
  estateId: entityId.optional(),
  companyId: entityId.optional(),
  mediatorId: entityId.optional(),
  overdue: z.boolean().optional(),
  /** 今日到期: the nearest unmet deadline has not passed and passes before the office next opens (office-hours.ts). */
  dueToday: z.boolean().optional(),
  /** Late, and the most pressing step it is late on is this one (urgency.ts): the dashboard's 已逾期 breakdown. */
  overdueStep: z.enum(DEADLINE_MET_BY, '只能是首次调解、调解结果、联合处置移交、反馈或回访').optional(),
  receivedFrom: isoInstant.optional(),
  receivedTo: isoInstant.optional(),
};
const month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, '应为年月，如 2026-11');
const listSort = z.enum(['due', 'received-desc', 'received-asc', 'case-no-desc'], '排序方式不正确').optional();
/** A file the office wrote into its own data folder: where it is and what it is called (never a path from the caller). */
const savedFile = z.object({ file: z.string(), fileName: z.string() });
const casesAndTotal = z.object({ rows: z.array(disputeRow), total: z.number() });
const write = <I extends z.ZodObject>(summary: string, input: I, access: readonly Role[] = WORKERS) =>
  procedure({ summary, input, output: disputeDetail, mutates: true, access });

const intakeInput = z.strictObject(disputeIntakeFields).superRefine(disputeIntakeRefine);
const correctionInput = z.strictObject({ ...target, ...disputeCorrectionFields }).superRefine(disputeIntakeRefine);

export const disputesContract = {
  /** Registers a dispute; the tier defaults to the rule table's suggestion for the category. */
  'disputes:create': procedure({
    summary: '登记纠纷',
    input: intakeInput,
    output: disputeDetail,
    mutates: true,
    access: WORKERS,
    problems: (raw, now) => formProblems(intakeInput, raw, now, shanghaiDate(now)),
  }),
  /**
   * What the intake form warns of as the clerk types: another case with the same 12345 order
   * number, an open case of the same applicant (phone, ID number or name) about the same estate
   * and category. Each names the case to open; none stops the intake.
   */
  'disputes:intake-warnings': procedure({
    summary: '登记前的提示（重复工单、同一申请人未办结案件）',
    input: z.strictObject({
      estateId: entityId.optional(),
      category: disputeCategory.optional(),
      hotlineOrderNo: z.string().trim().min(1).max(40).optional(),
      applicants: z
        .array(z.strictObject({ name: z.string().trim().min(1).max(60).optional(), phone: z.string().trim().min(1).max(40).optional(), idNumber: z.string().trim().min(1).max(18).optional() }))
        .max(20),
    }),
    output: z.array(intakeWarning),
    mutates: false,
    access: WORKERS,
  }),
  /** One case with parties (masked), sessions, evidence, escalations and deadlines. */
  'disputes:get': procedure({ summary: '查看纠纷', input: z.strictObject({ id: entityId }), output: disputeDetail, mutates: false, access: 'signed-in' }),
  /** 操作记录: every change-log entry of the case and its parties, sessions, evidence and escalations, newest first. */
  'disputes:history': procedure({ summary: '案件操作记录', input: z.strictObject({ id: entityId }), output: z.array(historyEntry), mutates: false, access: 'signed-in' }),
  /** The paged, filtered, searchable list (Chinese search: every space-separated term required). */
  'disputes:list': procedure({
    summary: '纠纷列表与搜索',
    input: z.strictObject({
      ...listFilters,
      sort: listSort,
      offset: z.int().min(0).max(10_000_000),
      limit: z.int().min(1).max(500, '每页不能超过 500 条'),
    }),
    /** `notice`: why the search found nothing to look for (only punctuation), in Chinese. */
    output: z.object({ rows: z.array(disputeRow), total: z.number(), notice: z.string().optional() }),
    mutates: false,
    access: 'signed-in',
  }),
  /**
   * Writes every case matching the grid's filters, in the grid's order, as .xlsx into
   * `<data dir>/exports/`; phones are masked as on screen, ID numbers left out. The
   * export is written to the change log (who, which filters, how many cases).
   */
  'disputes:export-ledger': procedure({
    summary: '导出纠纷台账（.xlsx，按当前筛选条件）',
    input: z.strictObject({ ...listFilters, sort: listSort }),
    output: savedFile.extend({ rows: z.number() }),
    mutates: true,
    access: 'signed-in',
  }),
  /** Corrects the intake facts (category, description, estate). */
  /**
   * Corrects the category, estate and facts. A new category brings its suggested
   * tier; keeping or choosing another tier than the suggestion needs a reason, as at intake.
   */
  'disputes:update-intake': write(
    '修改登记信息',
    z.strictObject({ ...target, category: disputeCategory, description, estateId: entityId, tier: disputeTier.optional(), tierReason: optionalText(200) }),
  ),
  /**
   * 更正登记信息: source, receipt time, the 12345 order, tier and the parties (added,
   * removed, names, phones, ID numbers), with a reason written to the change log.
   * Until mediation starts anyone who works cases; afterwards only the director
   * (shared/domain/disputes/corrections.ts). The case number stays as issued.
   */
  'disputes:correct-case': { ...write('更正登记信息', correctionInput), problems: (raw: Record<string, unknown>, now: Date) => formProblems(correctionInput, raw, now, shanghaiDate(now)) },
  /** Assigns the mediator (registered → assigned). */
  'disputes:assign': write('分派调解员', z.strictObject({ ...target, mediatorId: entityId }), LEADS),
  /**
   * Sets one party's details for the agreement (性别、出生日期、民族、职业或职务、住所,
   * 法定代表人/负责人) to what is sent: a field left out is cleared. Version of the case.
   */
  'disputes:update-party': write('补全当事人信息', z.strictObject({ ...target, partyId: entityId, ...partyDetailFields })),
  /** Logs a mediation session (the first one moves the case to 调解中). */
  'disputes:record-session': write(
    '记录调解过程',
    z.strictObject({ ...target, heldAt: isoInstant, place: requiredText(100), attendees: requiredText(500), mediatorId: entityId.optional(), notes: requiredText(DESCRIPTION_MAX) }),
  ),
  /** Adds an item to the evidence list. */
  'disputes:add-evidence': write(
    '登记证据材料',
    z.strictObject({ ...target, name: requiredText(100), providedBy: optionalText(60), receivedAt: isoInstant, notes: optionalText(500) }),
  ),
  /** Records the outcome: settled with agreed terms, or failed with the reason. */
  'disputes:record-outcome': write(
    '记录调解结果',
    z.strictObject({
      ...target,
      outcome: z.enum(['settled', 'failed'], '只能是调解成功或调解不成'),
      agreedTerms: optionalText(DESCRIPTION_MAX),
      performance: optionalText(500),
      performanceDue: isoInstant.optional(),
      returnVisitDueAt: isoInstant.optional(),
      failureReason: optionalText(500),
    }),
  ),
  /** Records a referral: 诉调对接 to a court, a department (→ 已移交), or joint handling of a 大事. */
  'disputes:refer': write(
    '记录移交',
    z.strictObject({
      ...target,
      kind: z.enum(['court', 'department', 'joint'], '只能是法院、部门或联合处置'),
      to: requiredText(100),
      at: isoInstant,
      reference: optionalText(60),
    }),
  ),
  /** The receiving department's result of a referred case. */
  'disputes:record-department-result': write('记录部门办理结果', z.strictObject({ ...target, result: requiredText(1000) })),
  /** Feedback to the applicant (12345 feedback) with satisfaction. */
  'disputes:record-feedback': write('记录反馈', z.strictObject({ ...target, satisfaction, notes: optionalText(500), feedbackAt: isoInstant.optional() })),
  /** The return visit after a settlement. */
  'disputes:record-return-visit': write('记录回访', z.strictObject({ ...target, visitedAt: isoInstant, notes: requiredText(500), satisfaction: satisfaction.optional() })),
  /** Moves the case along the lifecycle: 调解中, 结案, 不予受理 (reason), 撤回. */
  'disputes:transition': write(
    '变更案件状态',
    z.strictObject({ ...target, to: z.enum(['mediating', 'closed', 'rejected', 'withdrawn'], '只能改为调解中、已结案、不予受理或已撤回'), reason: optionalText(500) }),
  ),
  /** Escalates 小事 → 中事 → 大事 with a reason; the deadline clock restarts under the new tier. */
  'disputes:escalate': write('升级处理等级', z.strictObject({ ...target, to: disputeTier, reason: requiredText(500) }), LEADS),
  /** Shows one sensitive field of a party in clear; the reveal is written to the change log. */
  'disputes:reveal': procedure({
    summary: '查看当事人敏感信息（记入变更记录）',
    input: z.strictObject({ partyId: entityId, field: z.enum(['phone', 'idNumber'], '只能是电话或身份证号') }),
    output: z.object({ value: z.string().nullable() }),
    mutates: true,
    access: WORKERS,
  }),
  /**
   * Writes the 人民调解协议书 (settled) or the court-referral sheet (failed) as .docx,
   * with phone and ID numbers in clear, and logs who generated it; returns its path
   * and the id 打开/打印 use. Refused, naming what is missing, until the case and its
   * parties (or the office's contact, for the referral) hold what the document prints.
   */
  'disputes:export-document': procedure({
    summary: '生成调解协议书或诉调对接移送单（.docx，记入变更记录）',
    input: z.strictObject({ id: entityId, kind: z.enum(DOCUMENT_KINDS, '只能是调解协议书或移送单') }),
    output: writtenDocument,
    mutates: true,
    access: WORKERS,
  }),
  /**
   * Opens a generated document with the desktop's Word or WPS (to read or print it),
   * by the id disputes:export-document issued, never by a path. Only the Electron
   * window can; over the loopback host the page downloads the file instead. Each
   * opening is logged (who, which file), which is what 删除已打印 goes by.
   */
  'disputes:open-document': procedure({
    summary: '用本机的 Word/WPS 打开生成的文书（桌面程序）',
    input: openDocumentInput,
    output: z.object({ fileName: z.string() }),
    mutates: true,
    access: WORKERS,
  }),
  /**
   * 每月研判: accepted cases by category, tier, community, estate and company, rejected and
   * withdrawn apart, success and satisfaction rates and overdue against the month before,
   * and the twelve-month trend. Without `month`, the last complete month by the ledger's clock.
   */
  'disputes:monthly-analysis': procedure({
    summary: '每月研判',
    input: z.strictObject({ month: z.string().regex(MONTH_PATTERN, '应为年月，如 2026-11').optional() }),
    output: monthlyAnalysis,
    mutates: false,
    access: 'signed-in',
  }),
  /** 每月研判 as .xlsx (a summary sheet, then one sheet per breakdown) in `<data dir>/exports/`. */
  'disputes:export-monthly': procedure({
    summary: '导出每月研判（.xlsx）',
    input: z.strictObject({ month }),
    output: savedFile,
    mutates: false,
    access: 'signed-in',
  }),
  /**
   * The office's day: 待分派 (registered, nobody assigned), 今日到期, and 已逾期 by what
   * the case waits for (no first session first, return visits last), each with the
   * count the ledger shows when its filter is applied.
   */
  'disputes:dashboard': procedure({
    summary: '工作台：待分派、今日到期与已逾期的案件',
    input: z.strictObject({ limit: z.int().min(1).max(200).optional() }),
    output: z.object({
      open: z.number(),
      unassigned: casesAndTotal,
      dueToday: casesAndTotal,
      overdue: casesAndTotal.extend({ bySteps: z.array(z.object({ step: z.enum(DEADLINE_MET_BY), count: z.number() })) }),
      dueTodayUntil: z.string(),
    }),
    mutates: false,
    access: OFFICE_DAY,
  }),
  /**
   * 我的案件: the open cases assigned to the member of staff the signed-in account
   * stands for, most urgent first. `staff` is null when the account is linked to nobody.
   */
  'disputes:my-cases': procedure({
    summary: '我的案件：分派给我的在办案件',
    input: z.strictObject({ limit: z.int().min(1).max(200).optional() }),
    output: z.object({
      staff: z.object({ id: z.string(), name: z.string() }).nullable(),
      open: casesAndTotal,
      overdue: z.number(),
      dueToday: z.number(),
      dueTodayUntil: z.string(),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Disputes against one property company, by category. */
  'disputes:company-summary': procedure({
    summary: '物业服务企业涉及的纠纷（按类别）',
    input: z.strictObject({ companyId: entityId }),
    output: z.object({ total: z.number(), byCategory: z.array(z.object({ key: disputeCategory, label: z.string(), count: z.number() })) }),
    mutates: false,
    access: 'signed-in',
  }),
  /** The office's deadline rules (defaults until the director edits them). */
  'disputes:get-rules': procedure({
    summary: '查看办理时限规则',
    input: z.strictObject({}),
    output: z.object({ rules: z.array(deadlineRule), edited: z.boolean() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Replaces the deadline rules and recomputes the due times of open cases. */
  'disputes:update-rules': procedure({
    summary: '修改办理时限规则',
    input: z.strictObject({ rules: z.array(deadlineRule).min(1, '至少保留一条规则').max(50) }),
    output: z.object({ rules: z.array(deadlineRule), edited: z.boolean(), recomputed: z.number() }),
    mutates: true,
    access: LEADS,
  }),
  // --- dispute categories in force (policy packs) ---
  /** The categories in force: labels (the city's pack may rename), which intake offers, the tier each suggests. Every screen's labels come from here. */
  'disputes:categories': procedure({
    summary: '纠纷类别（现行名称、是否受理、默认等级）',
    input: z.strictObject({}),
    output: z.object({
      categories: z.array(z.object({ code: disputeCategory, label: z.string(), builtInLabel: z.string(), offered: z.boolean(), tier: disputeTier })),
    }),
    mutates: false,
    access: 'signed-in',
  }),
};
