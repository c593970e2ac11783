import { chinaTime } from '#shared/domain/backup/backup-rules';
import { BACKUP_FORMAT_VERSION, DRILL_CHECK_LABELS, type BackupManifest, type DrillCheck } from '#shared/domain/backup/backup.schema';
import { join } from 'node:path';
import { openLedger } from '../db/open-ledger';
import { SCHEMA_VERSION } from '../db/migrations/index';
import { AppError } from '../errors';
import type { Clock } from '../ports';
import { fileSecretStore } from '../sync/file-secret-store';
import { officeKeys } from '../sync/office-keys';
import { createSystemService } from '../system/system.service';
import { readFacts } from './backup.repository';
import type { OpenedBackup } from './backup-open';

export type DrillStep = { check: DrillCheck; label: string; ok: boolean; message: string };
export type DrillReport = {
  ok: boolean;
  steps: DrillStep[];
  manifest: Pick<BackupManifest, 'office' | 'createdAt' | 'createdBy' | 'appVersion' | 'schemaVersion' | 'chainHead' | 'counts' | 'recovery'>;
  /** One sentence for the person: what the drill found. */
  summary: string;
};

/** A backup written by a newer program is refused before anything opens it (as a newer ledger is). */
export function assertNotFromFuture(manifest: BackupManifest): void {
  if (manifest.formatVersion > BACKUP_FORMAT_VERSION || manifest.schemaVersion > SCHEMA_VERSION) {
    throw new AppError(
      'from-future',
      `这份备份由更新版本的台账程序制作（程序 ${manifest.appVersion}，结构版本 ${manifest.schemaVersion}；本程序只认识到 ${SCHEMA_VERSION}）。请先安装最新版本的台账程序，再检查或恢复它。`,
    );
  }
}

const step = (check: DrillCheck, ok: boolean, message: string): DrillStep => ({ check, label: DRILL_CHECK_LABELS[check], ok, message });

/**
 * The restore drill on an unpacked backup (backup-open.ts has already checked
 * the decryption, the manifest and every file's hash): the rows per table and
 * the chain head against the manifest, then exactly what `ledger check` runs —
 * SQLite's integrity check, the change-log chain, every row against the log and
 * the signed anchor — on the copy, in its own folder, with its own key files.
 * The live ledger is not opened.
 */
export async function drillBackup(opened: OpenedBackup, deps: { appVersion: string; clock: Clock }): Promise<DrillReport> {
  const { manifest } = opened;
  assertNotFromFuture(manifest);
  const steps: DrillStep[] = [
    step('decrypt', true, '口令正确，加密内容完整，每一块都通过了校验。'),
    step('manifest', true, `备份清单有效：${manifest.office.name}（${manifest.office.code}），${chinaTime(manifest.createdAt)} 由 ${manifest.createdBy} 制作。`),
    step('files', true, `${opened.extracted.length - 1} 个文件的大小和 SHA-256 校验值都与清单一致。`),
  ];

  let facts;
  try {
    facts = readFacts(join(opened.dir, 'ledger.db'));
  } catch (error) {
    steps.push(step('integrity', false, `备份中的数据库无法打开（${(error as Error).message.slice(0, 100)}）：这份备份不能用来恢复。`));
    return finish(steps, manifest);
  }
  const countDiffs = [...new Set([...Object.keys(manifest.counts), ...Object.keys(facts.counts)])].filter((t) => manifest.counts[t] !== facts.counts[t]);
  steps.push(
    countDiffs.length === 0
      ? step('counts', true, `${Object.keys(facts.counts).length} 张表的记录数都与清单一致。`)
      : step('counts', false, `${countDiffs.slice(0, 5).map((t) => `「${t}」清单记 ${manifest.counts[t] ?? '无此表'}，实有 ${facts.counts[t] ?? '无此表'}`).join('；')}${countDiffs.length > 5 ? ` 等 ${countDiffs.length} 张表` : ''}：清单与内容不符，这份备份不可信。`),
  );
  const headOk = facts.chainHead.seq === manifest.chainHead.seq && facts.chainHead.hash === manifest.chainHead.hash;
  steps.push(
    headOk
      ? step('head', true, `变更记录链头（第 ${facts.chainHead.seq} 条）与清单一致。`)
      : step('head', false, `备份中变更记录的链头是第 ${facts.chainHead.seq} 条，清单记载的是第 ${manifest.chainHead.seq} 条（或哈希不同）：清单与内容不符，这份备份不可信。`),
  );

  let ledger;
  try {
    ledger = await openLedger(opened.dir);
  } catch (error) {
    const why = error instanceof AppError ? error.message : (error as Error).message.slice(0, 120);
    steps.push(step('integrity', false, `备份中的数据库无法打开（${why}）：这份备份不能用来恢复。`));
    return finish(steps, manifest);
  }
  try {
    const system = createSystemService(ledger, deps.appVersion, { dataDir: opened.dir, keys: officeKeys(fileSecretStore(opened.dir)), clock: deps.clock });
    const checked = await system.check();
    steps.push(step('integrity', checked.integrity === 'ok', checked.integrity === 'ok' ? 'SQLite 完整性检查通过。' : `SQLite 完整性检查报告「${checked.integrity.slice(0, 200)}」：备份中的数据库已损坏。`));
    steps.push(
      step('chain', checked.chainOk && checked.head.ok, checked.chainOk && checked.head.ok
        ? `${checked.changes} 条变更记录的哈希链完整，链头与签名锚点相符。`
        : (checked.chainOk ? checked.head.problem : `${checked.problem}（第 ${checked.firstBrokenSeq} 条）`) ?? '变更记录的哈希链有问题。'),
    );
    const bad = checked.records.problems.length + checked.records.more;
    steps.push(step('records', checked.records.ok, checked.records.ok ? `${checked.records.checked} 条记录都与变更记录一致。` : `有 ${bad} 条记录与变更记录不符，例如：${checked.records.problems[0]?.message ?? ''}`));
  } catch (error) {
    steps.push(step('integrity', false, `检查备份中的数据库时出错（${(error as Error).message.slice(0, 120)}）：这份备份不能用来恢复。`));
  } finally {
    await ledger.close();
  }
  return finish(steps, manifest);
}

function finish(steps: DrillStep[], manifest: BackupManifest): DrillReport {
  const ok = steps.every((s) => s.ok);
  const failed = steps.filter((s) => !s.ok).map((s) => s.label);
  const { office, createdAt, createdBy, appVersion, schemaVersion, chainHead, counts, recovery } = manifest;
  return {
    ok,
    steps,
    manifest: { office, createdAt, createdBy, appVersion, schemaVersion, chainHead, counts, recovery },
    summary: ok
      ? `恢复演练通过：这份备份完整可用，可以恢复到 ${chinaTime(createdAt)}（北京时间）时的台账（共 ${chainHead.seq} 条变更记录）。`
      : `恢复演练未通过（${failed.join('、')}）：这份备份不能用来恢复，请尽快重新制作备份。`,
  };
}
