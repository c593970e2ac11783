import { z } from 'zod';
import { procedure } from '../procedure';

const recordProblem = z.object({
  kind: z.enum(['field-differs', 'unlogged', 'row-missing']),
  table: z.string(),
  id: z.string(),
  fields: z.array(z.string()),
  seq: z.number().nullable(),
  message: z.string(),
});

export const systemContract = {
  /** Version of the app and of the database schema. */
  'system:info': procedure({
    summary: '查看程序版本与数据库结构版本',
    input: z.strictObject({}),
    output: z.object({ appVersion: z.string(), schemaVersion: z.number(), officeName: z.string().nullable() }),
    mutates: false,
    access: 'public',
  }),
  /**
   * SQLite integrity check, change-log hash-chain verification, every audited
   * record's current row against its latest change-log entry, and the log's head
   * against its signed anchor (a deleted tail). A passing check advances the anchor.
   */
  'system:check': procedure({
    summary: '检查数据库完整性、变更记录哈希链、每条记录是否与变更记录一致，以及变更记录末尾是否被删除',
    input: z.strictObject({}),
    output: z.object({
      /** Everything below passed. */
      ok: z.boolean(),
      integrity: z.string(),
      changes: z.number(),
      chainOk: z.boolean(),
      firstBrokenSeq: z.number().nullable(),
      problem: z.string().nullable(),
      records: z.object({
        ok: z.boolean(),
        checked: z.number(),
        /** The first problems, each naming table, record id and fields (never values). */
        problems: z.array(recordProblem),
        /** Problems beyond the listed ones. */
        more: z.number(),
      }),
      /** The change log's newest entry against the signed head anchor (chain-head.json) and the last export. */
      head: z.object({
        ok: z.boolean(),
        seq: z.number(),
        hash: z.string(),
        anchor: z.object({
          status: z.enum(['none', 'missing', 'ok', 'unverified', 'behind', 'forked', 'invalid']),
          seq: z.number().nullable(),
          hash: z.string().nullable(),
          at: z.string().nullable(),
        }),
        exportedToSeq: z.number().nullable(),
        anchoredNow: z.boolean(),
        problem: z.string().nullable(),
        warning: z.string().nullable(),
      }),
      /** What is wrong and what to do, one sentence each; empty when ok. */
      problems: z.array(z.string()),
      /** Worth a look, but not a failure (e.g. an anchor file missing after an upgrade). */
      warnings: z.array(z.string()),
    }),
    mutates: false,
    access: ['administrator', 'director'],
  }),
};
