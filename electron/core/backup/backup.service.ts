import { backupReminder, REMIND_PREF_KEY, remindDays } from '#shared/domain/backup/backup-rules';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { resolve } from 'node:path';
import type { Session } from '../call-context';
import { actorOf } from '../call-context';
import type { Ledger } from '../db/open-ledger';
import { SCHEMA_VERSION } from '../db/migrations/index';
import { AppError } from '../errors';
import { existingUserFile, userDirectory, type UserPathPolicy } from '../files/user-paths';
import type { Ports, SecretStore } from '../ports';
import type { PrefsService } from '../prefs/prefs.service';
import { getOffice } from '../registry/office.repository';
import type { Db } from '../db/schema';
import { createBackup } from './backup-create';
import { drillBackup } from './backup-drill';
import { openBackup } from './backup-open';
import { backupProgressTracker, type BackupProgressListener } from './backup-progress';
import { restoreBackup } from './backup-restore';
import { readBackupStatus, recordBackupMark } from './backup-status';
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { STAGE_PREFIX } from './backup-create';
import { DRILL_PREFIX } from './backup-open';

/** What a killed backup or drill left in the data dir; run when the app opens, before any backup of this process starts. */
function removeStaleBackupFolders(dataDir: string): void {
  let names: string[] = [];
  try {
    names = readdirSync(dataDir);
  } catch {
    return;
  }
  for (const n of names) if (n.startsWith(STAGE_PREFIX) || n.startsWith(DRILL_PREFIX)) rmSync(join(dataDir, n), { recursive: true, force: true });
}

export type BackupDeps = {
  db: Db;
  ledger: Ledger;
  ports: Ports;
  dataDir: string;
  secrets: SecretStore;
  appVersion: string;
  paths: UserPathPolicy;
  prefs: PrefsService;
  /** Where drills unpack (a private folder is made inside); the data dir unless a caller says otherwise. */
  tempParent?: string;
  /** Test seams: a lower scrypt work factor, and a target that "fills up" after so many bytes. */
  workFactor?: number;
  writeLimitBytes?: number;
};

export type BackupService = ReturnType<typeof createBackupService>;

/** Backups, the restore drill, the reminder, and a restore into another folder (docs/backup-format.md). */
export function createBackupService(deps: BackupDeps) {
  const progress = backupProgressTracker();
  let running = false;
  // Drills unpack inside the data dir too (0700, already holding the same data): a killed drill leaves no plaintext copy elsewhere.
  const tempParent = () => deps.tempParent ?? deps.dataDir;
  removeStaleBackupFolders(deps.dataDir);
  const now = () => deps.ports.clock.now();

  return {
    progress: progress.get,

    async create(input: ParsedInputOf<'backup:create'>, session: Session, onProgress?: BackupProgressListener) {
      if (running) throw new AppError('conflict', '正在制作另一份备份，请等它完成。');
      const directory = userDirectory(deps.paths, input.directory);
      running = true;
      progress.start(onProgress);
      try {
        const createdAt = now().toISOString();
        const made = await createBackup(
          { directory, passphrase: input.passphrase, recoveryRecipient: input.recoveryRecipient ?? null, createdAt, createdBy: actorOf(session) },
          {
            live: deps.ledger.raw, dataDir: deps.dataDir, secrets: deps.secrets, appVersion: deps.appVersion, schemaVersion: SCHEMA_VERSION, progress,
            ...(deps.workFactor ? { workFactor: deps.workFactor } : {}),
            ...(deps.writeLimitBytes !== undefined ? { writeLimitBytes: deps.writeLimitBytes } : {}),
          },
        );
        recordBackupMark(deps.dataDir, 'lastCreated', { at: createdAt, file: made.file, chainHeadSeq: made.manifest.chainHead.seq, by: actorOf(session) });
        // Records are the office's rows: the change log and the migration bookkeeping are not counted.
        const records = Object.entries(made.manifest.counts).filter(([t]) => t !== 'changes' && !t.startsWith('kysely_')).reduce((s, [, n]) => s + n, 0);
        return { file: made.file, recoveryFile: made.recoveryFile, bytes: made.bytes, createdAt, chainHeadSeq: made.manifest.chainHead.seq, records };
      } catch (error) {
        progress.set('failed', 0, 0);
        throw error;
      } finally {
        running = false;
      }
    },

    async verify(input: ParsedInputOf<'backup:verify'>, session: Session) {
      const file = existingUserFile(deps.paths, input.file);
      const opened = await openBackup(file, input.passphrase, tempParent());
      try {
        const report = await drillBackup(opened, { appVersion: deps.appVersion, clock: deps.ports.clock });
        const office = await getOffice(deps.db);
        const otherOffice = office !== undefined && office.id !== opened.manifest.office.id;
        // Only a passing drill of this office's own backup counts against the reminder.
        const recorded = report.ok && !otherOffice;
        if (recorded) recordBackupMark(deps.dataDir, 'lastVerified', { at: now().toISOString(), file, chainHeadSeq: opened.manifest.chainHead.seq, by: actorOf(session) });
        const summary = otherOffice ? `${report.summary}注意：这是「${opened.manifest.office.name}」（${opened.manifest.office.code}）的备份，不是本街道的。` : report.summary;
        return { ...report, summary, otherOffice, recorded };
      } finally {
        rmSync(opened.dir, { recursive: true, force: true });
      }
    },

    async status(session: Session) {
      const status = readBackupStatus(deps.dataDir);
      const days = remindDays((await deps.prefs.get(REMIND_PREF_KEY, session)).value);
      return { ...status, remindDays: days, reminder: backupReminder(status.lastVerified?.at ?? null, now(), days) };
    },

    async restore(input: ParsedInputOf<'backup:restore'>) {
      const file = existingUserFile(deps.paths, input.file);
      // The folder itself may not exist yet; its parent must pass the guard.
      const target = resolve(userDirectory(deps.paths, resolve(input.dataDir, '..'), 'dataDir'), input.dataDir.replace(/[\\/]+$/, '').split(/[\\/]/).pop()!);
      if (target === resolve(deps.dataDir)) {
        throw new AppError('conflict', '不能恢复到正在使用的数据文件夹。请关闭台账程序后，用命令 ledger backup restore 备份文件 --data-dir 数据文件夹 恢复；或在这里选一个新的文件夹。', [{ path: ['dataDir'], message: '是正在使用的数据文件夹' }]);
      }
      const result = await restoreBackup(file, input.passphrase, target, { replace: input.replace, otherOffice: input.otherOffice, appVersion: deps.appVersion, clock: deps.ports.clock });
      return { dataDir: result.dataDir, replacedTo: result.replacedTo, summary: result.report.summary };
    },
  };
}
