import { z } from 'zod';
import { openDocumentInput, writtenDocument } from '../../domain/documents/documents.schema';
import type { Role } from '../../domain/auth/roles';
import { electionDetail, electionRow } from '../../domain/committees/committee-views';
import { isoDate, memberPosition, personIdNumber, personName, personPhone } from '../../domain/committees/committees.schema';
import { electionKind, nomination } from '../../domain/committees/election-actions';
import { checkResult, opinion, vettingDecision } from '../../domain/committees/vetting';
import { entityId, optionalText, requiredText, version } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

/** Vetting and deciding are the reviewers' (审查员) and the director's. */
const VETTERS: readonly Role[] = ['administrator', 'director', 'reviewer'];
/** Registering an election and its candidates is clerks' work too. */
const CLERKS: readonly Role[] = ['administrator', 'director', 'reviewer', 'secretary'];

const write = <I extends z.ZodObject>(summary: string, input: I, access: readonly Role[] = VETTERS) =>
  procedure({ summary, input, output: electionDetail, mutates: true, access });

/** Elections (首次选举, 换届选举, 补选): candidates, the checklist, the joint review, publication and the result. */
export const committeeElectionsContract = {
  /** The office's elections, newest first; optionally one estate's. */
  'committees:list-elections': procedure({
    summary: '选举列表',
    input: z.strictObject({ estateId: entityId.optional() }),
    output: z.array(electionRow),
    mutates: false,
    access: 'signed-in',
  }),
  /** 候选人资格审查表 (one candidate), 候选人公示 or 选举结果公示 as .docx in `<data dir>/documents/`, logged; returns where it was written and the id 打开/打印 use. */
  'committees:export-document': procedure({
    summary: '生成资格审查表或公示（.docx，记入变更记录）',
    input: z.strictObject({
      electionId: entityId,
      kind: z.enum(['vetting-form', 'candidate-notice', 'result-notice'], '只能是资格审查表、候选人公示或选举结果公示'),
      candidateId: entityId.optional(),
    }),
    output: writtenDocument,
    mutates: true,
    access: CLERKS,
  }),
  /** Opens a vetting form or notice with the desktop's Word or WPS, by the id committees:export-document issued (never a path); logged. */
  'committees:open-document': procedure({
    summary: '用本机的 Word/WPS 打开资格审查表或公示（桌面程序）',
    input: openDocumentInput,
    output: z.object({ fileName: z.string() }),
    mutates: true,
    access: CLERKS,
  }),
  /** The election workspace. */
  'committees:get-election': procedure({ summary: '查看选举', input: z.strictObject({ id: entityId }), output: electionDetail, mutates: false, access: 'signed-in' }),
  /** Opens an election for an estate; a re-election replaces the estate's current committee. */
  'committees:create-election': write('发起选举', z.strictObject({ estateId: entityId, kind: electionKind }), CLERKS),
  /** Registers a candidate; the same ID number twice in one election is refused. */
  'committees:add-candidate': write(
    '登记候选人',
    z.strictObject({ electionId: entityId, name: personName, nomination, partyMember: z.boolean('应为是或否'), phone: personPhone, idNumber: personIdNumber }),
    CLERKS,
  ),
  /** Records one checklist item for a candidate: 符合 / 不符合 / 待核查, the date and the evidence (a note or a document's name). */
  'committees:record-check': write(
    '记录资格审查项',
    z.strictObject({ electionId: entityId, candidateId: entityId, itemKey: z.string().trim().min(1, '不能为空').max(40), finding: checkResult, checkedOn: isoDate, evidence: optionalText(200) }),
  ),
  /** One department's joint-review opinions (联审联查) on the candidates it answered for. */
  'committees:record-opinions': write(
    '记录联审意见',
    z.strictObject({
      electionId: entityId,
      department: z.string().trim().min(1, '不能为空').max(20),
      givenOn: isoDate,
      opinions: z
        .array(z.strictObject({ candidateId: entityId, opinion, note: optionalText(300) }))
        .min(1, '至少填写一名候选人的意见')
        .max(200),
    }),
  ),
  /**
   * The vetting decision on one candidate. 通过 needs every required item met and every
   * department's opinion; a department's objection needs the director's written override.
   */
  'committees:decide-candidate': write(
    '作出资格审查结论',
    z.strictObject({ electionId: entityId, candidateId: entityId, version, decision: vettingDecision, reason: optionalText(500), override: optionalText(500) }),
  ),
  /** Posts the vetted list (候选人公示) from a date at a place, for the rules' number of days. */
  'committees:publish': write('公示候选人名单', z.strictObject({ id: entityId, version, publishedFrom: isoDate, place: requiredText(100) })),
  /** An objection received during publication. */
  'committees:record-objection': write(
    '登记公示期异议',
    z.strictObject({ electionId: entityId, candidateId: entityId.nullish().transform((v) => v ?? null), receivedOn: isoDate, content: requiredText(1000) }),
    CLERKS,
  ),
  /** How an objection was resolved; every objection must be resolved before the result. */
  'committees:resolve-objection': write('处理公示期异议', z.strictObject({ electionId: entityId, id: entityId, version, resolution: requiredText(1000) })),
  /**
   * The owners' assembly's result: votes per candidate and who was elected to which post;
   * the elected become the members of the new term, and the previous term ends (kept as history).
   */
  'committees:enter-result': write(
    '录入选举结果',
    z.strictObject({
      id: entityId,
      version,
      assemblyOn: isoDate,
      termStart: isoDate,
      votes: z
        .array(z.strictObject({ candidateId: entityId, votes: z.int('应为整数').min(0, '不能为负数'), elected: z.boolean(), position: memberPosition.nullish().transform((v) => v ?? null) }))
        .min(1, '至少填写一名候选人的得票')
        .max(200),
    }),
  ),
};
