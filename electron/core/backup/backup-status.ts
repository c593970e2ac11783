import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../files/atomic-write';

/**
 * When the office last made a backup and last proved one restorable, kept in
 * `<data dir>/backup-status.json` (0600, written atomically) rather than in the
 * ledger: a restore drill must leave the ledger exactly as it was.
 */
export const BACKUP_STATUS_FILE = 'backup-status.json';

const mark = z.object({ at: z.string(), file: z.string(), chainHeadSeq: z.number(), by: z.string() });
const statusSchema = z.object({ lastCreated: mark.nullable(), lastVerified: mark.nullable() });
export type BackupStatus = z.infer<typeof statusSchema>;
export type BackupMark = z.infer<typeof mark>;

export function readBackupStatus(dataDir: string): BackupStatus {
  try {
    const parsed = statusSchema.safeParse(JSON.parse(readFileSync(join(dataDir, BACKUP_STATUS_FILE), 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // missing or unreadable: as if no backup was ever made, which the reminder then says
  }
  return { lastCreated: null, lastVerified: null };
}

export function recordBackupMark(dataDir: string, which: keyof BackupStatus, value: BackupMark): void {
  const status = { ...readBackupStatus(dataDir), [which]: value };
  writeFileAtomic(join(dataDir, BACKUP_STATUS_FILE), Buffer.from(`${JSON.stringify(status, null, 2)}\n`), 0o600);
}
