import { z } from 'zod';
import { procedure } from '../procedure';

export const systemContract = {
  /** Version of the app and of the database schema. */
  'system:info': procedure({
    summary: '查看程序版本与数据库结构版本',
    input: z.strictObject({}),
    output: z.object({ appVersion: z.string(), schemaVersion: z.number(), officeName: z.string().nullable() }),
    mutates: false,
    access: 'public',
  }),
  /** SQLite integrity check and change-log hash-chain verification. */
  'system:check': procedure({
    summary: '检查数据库完整性与变更记录哈希链',
    input: z.strictObject({}),
    output: z.object({
      integrity: z.string(),
      changes: z.number(),
      chainOk: z.boolean(),
      firstBrokenSeq: z.number().nullable(),
      problem: z.string().nullable(),
    }),
    mutates: false,
    access: ['administrator', 'director'],
  }),
};
