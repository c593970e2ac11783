import type { LedgerApp } from '#core/app/ledger-app';
import { drillBackup } from '#core/backup/backup-drill';
import { openBackup } from '#core/backup/backup-open';
import { restoreBackup } from '#core/backup/backup-restore';
import { APP_VERSION } from '#core/app/app-version';
import { nodePorts } from '#core/db/node-ports';
import { AppError } from '#core/errors';
import type { Session } from '#core/call-context';
import { BACKUP_PHASE_LABELS, type BackupPhase } from '#shared/domain/backup/backup.schema';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { readSecret } from './read-secret';

export const BACKUP_USAGE = `  backup --out 文件夹 [--recovery-recipient age1…] [--passphrase-stdin]   制作加密备份（显示进度；口令在终端输入两遍）
  backup verify 文件 [--passphrase-stdin]                            恢复演练：解开备份完整检查，不改动台账
  backup restore 文件 --data-dir 文件夹 [--replace] [--other-office] [--passphrase-stdin]   恢复到数据文件夹（请先关闭台账程序）`;

export type BackupOptions = { out?: string; recoveryRecipient?: string; passphraseStdin: boolean; replace: boolean; otherOffice: boolean; dataDir?: string };

const usage = () => new AppError('invalid-input', `用法：\n${BACKUP_USAGE}`);

/** The drill as text, one line per check, on stderr; the JSON report on stdout. */
function printDrill(report: { ok: boolean; summary: string; steps: { label: string; ok: boolean; message: string }[] }): number {
  console.log(JSON.stringify(report, null, 2));
  for (const s of report.steps) console.error(`${s.ok ? '✓' : '✗'} ${s.label}：${s.message}`);
  console.error(report.summary);
  return report.ok ? 0 : 1;
}

/**
 * `backup restore` works on a folder whose ledger is closed, and `backup verify`
 * may run where no ledger exists (a drill on a spare PC): neither opens the data
 * dir as an app. `app` is null then.
 */
export async function backupStandalone(args: string[], options: BackupOptions): Promise<number | null> {
  const [sub, file, ...extra] = args;
  if (sub !== 'restore') return null;
  if (!file || extra.length > 0 || !options.dataDir) throw usage();
  const passphrase = await readSecret('备份口令：', { fromStdin: options.passphraseStdin });
  const result = await restoreBackup(resolve(file), passphrase, options.dataDir, { replace: options.replace, otherOffice: options.otherOffice, appVersion: APP_VERSION, clock: nodePorts().clock });
  console.log(JSON.stringify({ dataDir: result.dataDir, replacedTo: result.replacedTo, summary: result.report.summary }, null, 2));
  console.error(`已恢复到「${result.dataDir}」。${result.replacedTo ? `原有内容已改名保留为「${result.replacedTo}」。` : ''}`);
  return 0;
}

/** A drill with no ledger here to compare with or record in. */
export async function verifyWithoutLedger(file: string, options: BackupOptions): Promise<number> {
  const passphrase = await readSecret('备份口令：', { fromStdin: options.passphraseStdin });
  const opened = await openBackup(resolve(file), passphrase, tmpdir());
  try {
    return printDrill(await drillBackup(opened, { appVersion: APP_VERSION, clock: nodePorts().clock }));
  } finally {
    rmSync(opened.dir, { recursive: true, force: true });
  }
}

/** `backup --out DIR` and `backup verify FILE` through the same channels as the backup page. */
export async function backupCommand(app: LedgerApp, session: Session, args: string[], options: BackupOptions): Promise<number> {
  const [sub, file, ...extra] = args;
  if (sub === 'verify') {
    if (!file || extra.length > 0) throw usage();
    const passphrase = await readSecret('备份口令：', { fromStdin: options.passphraseStdin });
    const result = await app.dispatch('backup:verify', { file: resolve(file), passphrase }, session);
    if (!result.ok) return printError(result.error);
    return printDrill(result.value as Parameters<typeof printDrill>[0]);
  }
  if (sub !== undefined || !options.out) throw usage();
  const passphrase = await readSecret('请设定备份口令（至少 10 个字符，请牢记，丢失后备份无法打开）：', { fromStdin: options.passphraseStdin, confirm: true });
  const bar = setInterval(() => {
    void app.dispatch('backup:progress', {}, session).then((r) => {
      if (r.ok) draw(r.value as { phase: BackupPhase; percent: number });
    });
  }, 100);
  try {
    const input = { directory: resolve(options.out), passphrase, ...(options.recoveryRecipient ? { recoveryRecipient: options.recoveryRecipient } : {}) };
    const result = await app.dispatch('backup:create', input, session);
    if (result.ok) draw({ phase: 'done', percent: 100 });
    process.stderr.write('\n');
    if (!result.ok) return printError(result.error);
    console.log(JSON.stringify(result.value, null, 2));
    return 0;
  } finally {
    clearInterval(bar);
  }
}

function printError(error: { code: string; message: string }): number {
  console.log(JSON.stringify({ ok: false, error }));
  console.error(error.message);
  return 1;
}

function draw(p: { phase: BackupPhase; percent: number }): void {
  const width = 30;
  const filled = Math.round((p.percent / 100) * width);
  process.stderr.write(`\r制作备份 [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${String(p.percent).padStart(3)}% ${BACKUP_PHASE_LABELS[p.phase]}    `);
}
