import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { BACKUP_PHASES, DRILL_CHECKS } from '../../domain/backup/backup.schema';
import { PASSPHRASE_MAX, passphraseProblem } from '../../domain/backup/backup-rules';
import { procedure } from '../procedure';

/** Backups hold every record and the office's keys: the director's and the administrator's business. */
const LEADS: readonly Role[] = ['administrator', 'director'];

/** An absolute path on this computer; the core then passes it through the user-path guard. */
const path = z.string().trim().min(1, '不能为空').max(1000, '路径过长').refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), '请给出完整路径（例如 /media/U盘 或 E:\\）');

/** A passphrase to decrypt with: any non-empty text (an old backup may predate today's strength rule). */
const givenPassphrase = z.string().min(1, '请输入备份口令').max(PASSPHRASE_MAX, `不能超过 ${PASSPHRASE_MAX} 个字符`);
/** A new passphrase: the strength rule of shared/domain/backup/backup-rules.ts. */
const newPassphrase = z.string().superRefine((p, ctx) => {
  const problem = passphraseProblem(p);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});
const recipient = z.string().trim().regex(/^age1[02-9ac-hj-np-z]{58}$/, '应为 age1 开头的恢复公钥（62 个字符）');

const mark = z.object({ at: z.string(), file: z.string(), chainHeadSeq: z.number(), by: z.string() }).nullable();
const drillReport = z.object({
  ok: z.boolean(),
  summary: z.string(),
  steps: z.array(z.object({ check: z.enum(DRILL_CHECKS), label: z.string(), ok: z.boolean(), message: z.string() })),
  manifest: z.object({
    office: z.object({ id: z.string(), code: z.string(), name: z.string() }),
    createdAt: z.string(),
    createdBy: z.string(),
    appVersion: z.string(),
    schemaVersion: z.number(),
    chainHead: z.object({ seq: z.number(), hash: z.string() }),
    counts: z.record(z.string(), z.number()),
    recovery: z.boolean(),
  }),
});

export const backupContract = {
  /**
   * Writes an encrypted backup of the ledger, its documents and the office's keys
   * into `directory` (atomically), to `passphrase` and, optionally, with the
   * passphrase sealed to a recovery key. Poll `backup:progress` meanwhile.
   */
  'backup:create': procedure({
    summary: '制作加密备份（数据库、文书、密钥）到指定文件夹（如U盘）',
    input: z.strictObject({ directory: path, passphrase: newPassphrase, recoveryRecipient: recipient.optional() }),
    output: z.object({ file: z.string(), recoveryFile: z.string().nullable(), bytes: z.number(), createdAt: z.string(), chainHeadSeq: z.number(), records: z.number() }),
    mutates: true,
    access: LEADS,
  }),
  /** How far the running backup is, for a progress bar. */
  'backup:progress': procedure({
    summary: '查看备份制作进度',
    input: z.strictObject({}),
    output: z.object({ running: z.boolean(), phase: z.enum(BACKUP_PHASES), percent: z.number() }),
    mutates: false,
    access: 'signed-in',
  }),
  /**
   * The restore drill: decrypts a backup into a private temp folder and runs every
   * check `ledger check` runs, plus the manifest's counts and chain head; the live
   * ledger is not touched. A passing drill of this office's backup is recorded.
   */
  'backup:verify': procedure({
    summary: '恢复演练：解开备份并完整检查（不改动正在使用的台账）',
    input: z.strictObject({ file: path, passphrase: givenPassphrase }),
    output: drillReport.extend({ otherOffice: z.boolean(), recorded: z.boolean() }),
    mutates: false,
    access: LEADS,
  }),
  /** The last backup made and the last one verified, and whether the dashboard should remind. */
  'backup:status': procedure({
    summary: '查看最近一次备份和恢复演练，以及是否需要提醒',
    input: z.strictObject({}),
    output: z.object({
      lastCreated: mark,
      lastVerified: mark,
      remindDays: z.number(),
      reminder: z.object({ due: z.boolean(), message: z.string().nullable(), daysSince: z.number().nullable() }),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  /**
   * Restores a backup into another data folder (never the one in use: close the
   * program and use `ledger backup restore` for that). A non-empty folder needs
   * `replace`, another office's backup `otherOffice`; the replaced folder is kept aside.
   */
  'backup:restore': procedure({
    summary: '把备份恢复到另一个数据文件夹（不能是正在使用的）',
    input: z.strictObject({ file: path, passphrase: givenPassphrase, dataDir: path, replace: z.boolean().default(false), otherOffice: z.boolean().default(false) }),
    output: z.object({ dataDir: z.string(), replacedTo: z.string().nullable(), summary: z.string() }),
    mutates: true,
    access: ['administrator'],
  }),
};
