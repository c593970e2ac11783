import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { procedure } from '../procedure';

/** Purging the documents that carry phone and ID numbers in clear is the director's call. */
const LEADS: readonly Role[] = ['administrator', 'director'];

/** A generated document's own file name in the documents folder (never a path). */
const documentFileName = z
  .string()
  .min(1, '不能为空')
  .max(200, '文件名过长')
  .regex(/^[^\\/:*?"<>|\0]+\.docx$/, '不是生成的文书文件名（应以 .docx 结尾，不含路径）')
  .refine((n) => !n.startsWith('.'), '不是生成的文书文件名');

const generatedDocument = z.object({
  fileName: z.string(),
  /** The dispute case it was generated for; null for another domain's document or a file the log does not name. */
  caseNo: z.string().nullable(),
  /** What it belongs to, as the director reads it: a case number, a meeting's date and title, an election, a consultation topic. */
  subject: z.string().nullable(),
  kind: z.string().nullable(),
  generatedBy: z.string().nullable(),
  generatedAt: z.string().nullable(),
  size: z.number().nullable(),
  onDisk: z.boolean(),
  /** Opened (打开/打印 in the window) or downloaded (over the host) since it was last generated. */
  opened: z.boolean(),
});

export const documentsContract = {
  /** The documents the office generated: from the change log and the documents folder, newest first. */
  'documents:list-generated': procedure({
    summary: '列出已生成的文书（所属案件/会议/选举、文书、生成人、时间、大小、是否仍在本机）',
    input: z.strictObject({}),
    output: z.array(generatedDocument),
    mutates: false,
    access: LEADS,
  }),
  /** Deletes one generated document from the documents folder; logged in the change log. */
  'documents:delete-generated': procedure({
    summary: '删除一份已生成的文书（写入变更记录）',
    input: z.strictObject({ fileName: documentFileName }),
    output: z.object({ deleted: z.array(z.string()) }),
    mutates: true,
    access: LEADS,
  }),
  /** Deletes every generated document opened or downloaded since it was generated; each deletion logged. */
  'documents:delete-opened': procedure({
    summary: '删除所有已打开或下载过（已打印）的文书（每份写入变更记录）',
    input: z.strictObject({}),
    output: z.object({ deleted: z.array(z.string()) }),
    mutates: true,
    access: LEADS,
  }),
};
