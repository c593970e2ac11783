import { z } from 'zod';

/**
 * The backup file's manifest (`manifest.json`, the first entry of the archive
 * inside the age file): who made it, from which version, and what the copy holds,
 * so a restore drill can tell a complete backup from a damaged or doctored one.
 */
export const BACKUP_FORMAT = 'street-ledger-backup';
export const BACKUP_FORMAT_VERSION = 1;

export const backupFileEntry = z.object({ path: z.string(), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

export const backupManifestSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  formatVersion: z.number().int().positive(),
  appVersion: z.string(),
  schemaVersion: z.number().int().nonnegative(),
  office: z.object({ id: z.string(), code: z.string(), name: z.string() }),
  createdAt: z.string(),
  createdBy: z.string(),
  /** The change log's newest entry in the copy: seq 0 and an empty hash for an empty log. */
  chainHead: z.object({ seq: z.number().int().nonnegative(), hash: z.string() }),
  /** Rows per table of the copied ledger. */
  counts: z.record(z.string(), z.number().int().nonnegative()),
  /** Every other entry of the archive, in order, with its size and SHA-256. */
  files: z.array(backupFileEntry),
  /** Whether the passphrase was also sealed to the office's recovery key (a companion `.recovery.age` file). */
  recovery: z.boolean(),
});
export type BackupManifest = z.infer<typeof backupManifestSchema>;

/** Steps of making a backup, in order, for the progress bar. */
export const BACKUP_PHASES = ['idle', 'copying', 'hashing', 'encrypting', 'done', 'failed'] as const;
export type BackupPhase = (typeof BACKUP_PHASES)[number];
export const BACKUP_PHASE_LABELS: Record<BackupPhase, string> = {
  idle: '',
  copying: '正在复制数据库',
  hashing: '正在核对文件',
  encrypting: '正在加密写入',
  done: '已完成',
  failed: '未完成',
};

/** The check a restore drill runs, each reported as passed or not with a Chinese sentence. */
export const DRILL_CHECKS = ['decrypt', 'manifest', 'files', 'integrity', 'chain', 'records', 'counts', 'head'] as const;
export type DrillCheck = (typeof DRILL_CHECKS)[number];
export const DRILL_CHECK_LABELS: Record<DrillCheck, string> = {
  decrypt: '解密',
  manifest: '备份清单',
  files: '文件校验',
  integrity: '数据库完整性',
  chain: '变更记录哈希链',
  records: '数据与变更记录一致',
  counts: '各表记录数与清单一致',
  head: '链头与清单一致',
};
