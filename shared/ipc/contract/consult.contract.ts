import { z } from 'zod';
import { openDocumentInput, writtenDocument } from '../../domain/documents/documents.schema';
import type { Role } from '../../domain/auth/roles';
import { linkedTopicView, publicationView, requestRowView } from '../../domain/consult/consult-views';
import { actionDate } from '../../domain/actions/actions.schema';
import { entityId, optionalText, requiredText } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

/** Secretaries record publications, with the leadership. */
const RECORDERS: readonly Role[] = ['administrator', 'director', 'secretary', 'reviewer'];
const savedFile = z.object({ file: z.string(), fileName: z.string() });
const period = { dateFrom: actionDate, dateUntil: actionDate };

export const consultContract = {
  /** 结果公示 of a resolved topic: where, from when and until when (seven days by default); the notice text defaults to the resolution. */
  'consult:publish': procedure({
    summary: '结果公示',
    input: z.strictObject({
      topicId: entityId,
      place: requiredText(100),
      publishedFrom: actionDate,
      publishedUntil: actionDate.nullish().transform((v) => v ?? null),
      notice: optionalText(4000),
    }),
    output: publicationView,
    mutates: true,
    access: RECORDERS,
  }),
  /** Publications not yet ended (running, then upcoming), nearest end first: the dashboard's countdowns. */
  'consult:countdowns': procedure({ summary: '工作台：结果公示倒计时', input: z.strictObject({}), output: z.array(publicationView), mutates: false, access: 'signed-in' }),
  /** Topics linked to a dispute case, an estate or a community (its own and its estates'), each with its meeting, resolution and publications. */
  'consult:linked-topics': procedure({
    summary: '关联议题及决议',
    input: z.strictObject({ caseId: entityId.optional(), estateId: entityId.optional(), communityId: entityId.optional() }),
    output: z.array(linkedTopicView),
    mutates: false,
    access: 'signed-in',
  }),
  /** The 公示 notice as .docx into `<data dir>/documents/`, logged; returns the id 打开/打印 use. */
  'consult:export-notice': procedure({ summary: '生成公示（.docx，记入变更记录）', input: z.strictObject({ id: entityId }), output: writtenDocument, mutates: true, access: 'signed-in' }),
  /** Opens a 公示 with the desktop's Word or WPS, by the id consult:export-notice issued (never a path); logged. */
  'consult:open-notice': procedure({ summary: '用本机的 Word/WPS 打开公示（桌面程序）', input: openDocumentInput, output: z.object({ fileName: z.string() }), mutates: true, access: 'signed-in' }),
  /** 诉求响应台账: every resident request received in the period, from receipt to completion, with the 办结率. */
  'consult:request-ledger': procedure({
    summary: '诉求响应台账',
    input: z.strictObject(period),
    output: z.object({ rows: z.array(requestRowView), received: z.number(), completed: z.number(), percent: z.number().nullable(), today: z.string() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** The same ledger as .xlsx into `<data dir>/exports/`. */
  'consult:export-request-ledger': procedure({ summary: '导出诉求响应台账（.xlsx）', input: z.strictObject(period), output: savedFile.extend({ rows: z.number() }), mutates: true, access: 'signed-in' }),
};
