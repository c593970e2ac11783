import { closeSync, existsSync, fsyncSync, openSync, readdirSync, readFileSync, renameSync, rmdirSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { AppError } from '../errors';
import { LEDGER_FILE } from '../db/open-ledger';
import { removeQuietly, writeFileAtomic } from '../files/atomic-write';
import type { Clock } from '../ports';
import { officeOfFile } from './backup.repository';
import { drillBackup, type DrillReport } from './backup-drill';
import { openBackup } from './backup-open';

/**
 * A real restore into a data dir, with the ledger closed (the CLI; the screen
 * restores only into another folder). The backup is unpacked and drilled in a
 * folder beside the target (same file system, so the swap is two renames), and
 * a journal beside it says what is being swapped, so a kill at any moment leaves
 * the old data dir in place, or the restored one, or the journal from which
 * `finishInterruptedRestore` (run before every open) completes the swap.
 */
const journalOf = (target: string) => join(dirname(target), `.${basename(target)}.restore.json`);

function fsyncDir(dir: string): void {
  try {
    const fd = openSync(dir, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // not every file system can fsync a folder (FAT, Windows); the renames stand
  }
}

/** Completes or undoes a restore a kill interrupted; a no-op without a journal. */
export function finishInterruptedRestore(dataDir: string): void {
  const target = resolve(dataDir);
  const journal = journalOf(target);
  if (!existsSync(journal)) return;
  let staging: string | null = null;
  try {
    staging = (JSON.parse(readFileSync(journal, 'utf8')) as { staging: string }).staging;
  } catch {
    // a journal that never finished writing: the swap had not begun
  }
  if (staging && existsSync(staging)) {
    // The old dir went aside but the restored one never took its name: finish the swap.
    if (!existsSync(target)) renameSync(staging, target);
    else rmSync(staging, { recursive: true, force: true });
    fsyncDir(dirname(target));
  }
  removeQuietly(journal);
}

const stampOf = (at: Date) => at.toISOString().replace(/\.\d+Z$/, '').replace(/[-:]/g, '').replace('T', '-');

export type RestoreOptions = { replace: boolean; otherOffice: boolean; appVersion: string; clock: Clock };
export type RestoreResult = { dataDir: string; replacedTo: string | null; report: DrillReport };

export async function restoreBackup(file: string, passphrase: string, dataDir: string, options: RestoreOptions): Promise<RestoreResult> {
  const target = resolve(dataDir);
  finishInterruptedRestore(target);
  const parent = dirname(target);
  if (!existsSync(parent)) throw new AppError('invalid-input', `「数据文件夹」的上级文件夹「${parent}」不存在，请先建好它。`, [{ path: ['dataDir'], message: '上级文件夹不存在' }]);
  const exists = existsSync(target);
  if (exists && !statSync(target).isDirectory()) throw new AppError('invalid-input', `「数据文件夹」「${target}」不是文件夹。`, [{ path: ['dataDir'], message: '不是文件夹' }]);
  const nonEmpty = exists && readdirSync(target).length > 0;
  if (nonEmpty && !options.replace) {
    throw new AppError('conflict', `数据文件夹「${target}」不是空的，里面已有台账。恢复会替换它（原有内容改名保留在旁边）；确认要替换请加 --replace，或选一个空文件夹。未作任何改动。`, [{ path: ['dataDir'], message: '不是空的' }]);
  }
  const liveOffice = nonEmpty ? officeOfFile(join(target, LEDGER_FILE)) : null;

  const opened = await openBackup(file, passphrase, parent);
  let staged = false;
  try {
    const report = await drillBackup(opened, options);
    if (!report.ok) throw new AppError('conflict', `${report.summary}\n${report.steps.filter((s) => !s.ok).map((s) => `${s.label}：${s.message}`).join('\n')}\n未作任何改动。`);
    const office = opened.manifest.office;
    if (liveOffice && liveOffice.id !== office.id && !options.otherOffice) {
      throw new AppError('conflict', `这份备份属于「${office.name}」（${office.code}），而数据文件夹里是「${liveOffice.name}」（${liveOffice.code}）的台账。确认要用另一个街道的备份替换，请再加 --other-office。未作任何改动。`, [{ path: ['file'], message: '是另一个街道的备份' }]);
    }
    removeQuietly(join(opened.dir, 'manifest.json'));
    const aside = nonEmpty ? `${target}.replaced-${stampOf(options.clock.now())}` : null;
    if (aside && existsSync(aside)) throw new AppError('conflict', `「${aside}」已存在，请稍后再试。未作任何改动。`);
    writeFileAtomic(journalOf(target), Buffer.from(JSON.stringify({ staging: opened.dir, aside })), 0o600);
    staged = true;
    if (aside) renameSync(target, aside);
    else if (exists) rmdirSync(target);
    renameSync(opened.dir, target);
    fsyncDir(parent);
    removeQuietly(journalOf(target));
    return { dataDir: target, replacedTo: aside, report };
  } finally {
    if (!staged) rmSync(opened.dir, { recursive: true, force: true });
  }
}
