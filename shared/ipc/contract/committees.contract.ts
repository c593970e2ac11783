import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { committeeDetail, committeeRow, committeeRulesView, evaluationView } from '../../domain/committees/committee-views';
import { half } from '../../domain/committees/evaluation-rules';
import { TRAINING_KINDS, trainingKind } from '../../domain/committees/training-rules';
import { assemblyDecision } from '../../domain/committees/withdrawal';
import { ceaseReason, COMMITTEE_SORTS, committeeKind, committeeStatus, isoDate, memberPosition, personIdNumber, personName, personPhone } from '../../domain/committees/committees.schema';
import { checklistItem } from '../../domain/committees/vetting';
import { entityId, optionalText, requiredText, version } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';
import { committeeElectionsContract } from './committee-elections.contract';

/** Committee records (terms, members) are kept by the office's clerks, reviewers and leadership. */
const CLERKS: readonly Role[] = ['administrator', 'director', 'reviewer', 'secretary'];
/** Correcting a committee's decision, ordering re-election and editing the rules are the director's calls. */
const LEADS: readonly Role[] = ['administrator', 'director'];
/** The secretary (记录员) records evaluation scores, with the leadership. */
const SCORERS: readonly Role[] = ['administrator', 'director', 'secretary'];

const target = { id: entityId, version };
const trainingSessionView = z.object({ id: z.string(), heldOn: z.string(), topic: z.string(), kind: z.enum(TRAINING_KINDS), trainer: z.string(), place: z.string(), attendees: z.number() });
const coverageView = z.object({ sitting: z.number(), trained: z.number(), percent: z.number().nullable() });
const optionalDate = isoDate.nullish().transform((v) => v ?? null);
const committeeOut = committeeDetail;
const write = <I extends z.ZodObject>(summary: string, input: I, access: readonly Role[] = CLERKS) =>
  procedure({ summary, input, output: committeeOut, mutates: true, access });

const memberFields = {
  name: personName,
  position: memberPosition,
  partyMember: z.boolean('应为是或否'),
  crossServing: z.boolean('应为是或否'),
  phone: personPhone,
  idNumber: personIdNumber,
  designatedOn: isoDate,
};

const termFields = {
  kind: committeeKind,
  termNo: z.int('应为整数').min(1, '届次从 1 开始').max(99, '不能超过 99'),
  termStart: isoDate,
  /** Without it, the term length of the rules (default 5 years) decides. */
  termEnd: optionalDate,
  filedOn: optionalDate,
  partyBranch: optionalText(60),
};

export const committeesContract = {
  /** The office's current committees (one per estate at most), filtered, sorted and paged. */
  'committees:list': procedure({
    summary: '业委会列表',
    input: z.strictObject({
      search: z.string().trim().max(50, '不能超过 50 个字').optional(),
      kind: committeeKind.optional(),
      status: z.array(committeeStatus).max(4).optional(),
      partyShort: z.boolean().optional(),
      sort: z.enum(COMMITTEE_SORTS, '排序方式不正确').optional(),
      direction: z.enum(['asc', 'desc'], '只能是升序或降序').optional(),
      offset: z.int().min(0).max(1_000_000),
      limit: z.int().min(1).max(500, '每页不能超过 500 条'),
    }),
    output: z.object({ rows: z.array(committeeRow), total: z.number() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** One term with members (phones and ID numbers masked), the estate's terms, corrections and the next actions. */
  'committees:get': procedure({ summary: '查看业委会', input: z.strictObject({ id: entityId }), output: committeeOut, mutates: false, access: 'signed-in' }),
  /** The estate's current committee (null when none) and every earlier term, for the estate page's card. */
  'committees:estate-card': procedure({
    summary: '小区的业委会',
    input: z.strictObject({ estateId: entityId }),
    output: z.object({ current: committeeRow.nullable(), terms: z.number() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Registers a term (筹备中 or 在任); refused while the estate has a current committee or the term overlaps an earlier one. */
  'committees:create': write('登记业委会（届）', z.strictObject({ estateId: entityId, status: z.enum(['preparing', 'sitting'], '只能是筹备中或在任'), ...termFields })),
  /** Corrects a term's facts. */
  'committees:update': write('修改届次信息', z.strictObject({ ...target, ...termFields })),
  /** 筹备中 → 在任, with the filing date (备案日期). */
  'committees:seat': write('确认就任（备案）', z.strictObject({ ...target, filedOn: isoDate })),
  /** Ends the term early (已解散); its members cease on that day. */
  'committees:dissolve': write('解散', z.strictObject({ ...target, endedOn: isoDate, reason: requiredText(500) }), LEADS),
  /** 纠错: records an unlawful decision of the committee and the street's correction. */
  'committees:record-correction': write(
    '记录纠错',
    z.strictObject({ ...target, decision: requiredText(1000), decidedOn: isoDate, correction: requiredText(1000), correctedOn: isoDate }),
    LEADS,
  ),
  /** 改选: the street orders the committee re-elected (→ 换届中), with the reason. */
  'committees:order-re-election': write('责令改选', z.strictObject({ ...target, orderedOn: isoDate, reason: requiredText(1000) }), LEADS),
  /** Adds a member; the same ID number may not sit on another current committee. */
  'committees:add-member': write('增补成员', z.strictObject({ committeeId: entityId, ...memberFields })),
  /** Corrects a serving member's record (optimistic: a stale version is `conflict`). */
  'committees:update-member': write('修改成员信息', z.strictObject({ ...target, ...memberFields })),
  /** Ends a membership with the date and reason (任期届满, 辞职, 劝退, 罢免, 其他). */
  'committees:cease-member': write('成员离任', z.strictObject({ ...target, ceasedOn: isoDate, reason: ceaseReason, note: optionalText(500) })),
  /** One sensitive field of a member or candidate in clear; the reveal is written to the change log. */
  'committees:reveal': procedure({
    summary: '查看成员或候选人敏感信息（记入变更记录）',
    input: z.strictObject({ person: z.enum(['member', 'candidate'], '只能是成员或候选人'), id: entityId, field: z.enum(['phone', 'idNumber'], '只能是电话或身份证号') }),
    output: z.object({ value: z.string().nullable() }),
    mutates: true,
    access: CLERKS,
  }),
  /** The committee rules as data: term length, party-share thresholds, publication days, checklist, departments. */
  'committees:get-rules': procedure({ summary: '查看业委会规则', input: z.strictObject({}), output: committeeRulesView, mutates: false, access: 'signed-in' }),
  /** Replaces the committee rules (the director's); items already checked keep their key. */
  'committees:update-rules': procedure({
    summary: '修改业委会规则',
    input: z.strictObject({
      termYears: z.int('应为整数').min(1, '至少 1 年').max(10, '不能超过 10 年'),
      composition: z.strictObject({ requiredPercent: z.int().min(0).max(100, '不能超过 100'), targetPercent: z.int().min(0).max(100, '不能超过 100') }),
      publicationDays: z.int('应为整数').min(1, '至少 1 天').max(60, '不能超过 60 天'),
      checklist: z.array(checklistItem).min(1, '至少要有一项').max(40, '不能超过 40 项'),
      departments: z.array(z.string().trim().min(1, '不能为空').max(20, '不能超过 20 个字')).max(20, '不能超过 20 个部门'),
      scoringSheet: z
        .array(z.strictObject({ key: checklistItem.shape.key, label: checklistItem.shape.label, max: z.int('应为整数').min(1, '至少 1 分').max(100, '不能超过 100 分') }))
        .min(1, '至少要有一项')
        .max(30, '不能超过 30 项'),
      passScore: z.int('应为整数').min(0).max(1000),
      rectificationDays: z.int('应为整数').min(1, '至少 1 天').max(365, '不能超过 365 天'),
      /** The version the edit was made on (0: the defaults); a newer saved version refuses it with `conflict`. */
      version: z.int().min(0).max(Number.MAX_SAFE_INTEGER),
    }),
    output: committeeRulesView,
    mutates: true,
    access: LEADS,
  }),
  /** 履职评议: the evaluation group's scores for one sitting committee and half year; the verdict follows the thresholds. */
  'committees:record-evaluation': write(
    '录入履职评议',
    z.strictObject({
      committeeId: entityId,
      half,
      evaluatedOn: isoDate,
      evaluators: z.array(requiredText(30)).min(1, '至少填写一名评议组成员').max(30),
      scores: z.array(z.strictObject({ itemKey: z.string().trim().min(1).max(40), points: z.int('应为整数') })).min(1, '请填写评分').max(30),
    }),
    SCORERS,
  ),
  /** Every committee evaluated in one half year, with its rank. */
  'committees:list-evaluations': procedure({
    summary: '履职评议排名',
    input: z.strictObject({ half }),
    output: z.array(evaluationView),
    mutates: false,
    access: 'signed-in',
  }),
  /** 培训: records a session (date, topic, kind, trainer, place) with the members who attended. */
  'committees:record-training': procedure({
    summary: '登记培训',
    input: z.strictObject({
      heldOn: isoDate,
      topic: requiredText(100),
      kind: trainingKind,
      trainer: requiredText(60),
      place: requiredText(100),
      memberIds: z.array(entityId).min(1, '请选择参训成员').max(2000),
    }),
    output: z.array(trainingSessionView),
    mutates: true,
    access: SCORERS,
  }),
  /** Training sessions, newest first. */
  'committees:list-trainings': procedure({ summary: '培训记录', input: z.strictObject({}), output: z.array(trainingSessionView), mutates: false, access: 'signed-in' }),
  /** Coverage per sitting committee and for the office in a period (default: this quarter). */
  'committees:training-coverage': procedure({
    summary: '培训覆盖率',
    input: z.strictObject({ since: isoDate.optional(), until: isoDate.optional() }),
    output: z.object({
      from: z.string(),
      to: z.string(),
      office: coverageView,
      committees: z.array(coverageView.extend({ committeeId: z.string(), estateName: z.string(), termNo: z.number(), untrained: z.boolean() })),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  /** 劝退程序: the community party organisation proposes that a member who does not act or acts wrongly withdraw. */
  'committees:propose-withdrawal': write('提出劝退', z.strictObject({ memberId: entityId, proposedOn: isoDate, grounds: requiredText(1000) }), LEADS),
  /** The next step of a 劝退程序: the talk held, then the owners' assembly's decision (同意劝退 ends the membership). */
  'committees:advance-withdrawal': write(
    '记录劝退程序进展',
    z.strictObject({ id: entityId, version, step: z.enum(['talk', 'assembly'], '只能是谈话或业主大会决定'), on: isoDate, note: optionalText(500), assemblyDecision: assemblyDecision.optional() }),
    LEADS,
  ),
  /** The dashboard's committee flags for the whole office: estates short of the party share (by how many) and committees nobody attended training this quarter. */
  'committees:dashboard': procedure({
    summary: '工作台：业委会党员占比与培训提示',
    input: z.strictObject({}),
    output: z.object({
      committees: z.number(),
      /** The first 20 by pinyin; `partyShortTotal` counts them all. */
      partyShort: z.array(z.object({ committeeId: z.string(), estateName: z.string(), percent: z.number().nullable(), shortOfRequired: z.number() })),
      partyShortTotal: z.number(),
      /** The first 20 by pinyin; `untrainedTotal` counts them all. */
      untrained: z.array(z.object({ committeeId: z.string(), estateName: z.string() })),
      untrainedTotal: z.number(),
      requiredPercent: z.number(),
      coverage: coverageView,
      unfit: z.object({ year: z.string(), adjusted: z.number(), members: z.number(), percent: z.number().nullable(), goalPercent: z.number() }),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  ...committeeElectionsContract,
};
