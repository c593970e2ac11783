import type { ParsedInputOf } from '#shared/ipc/contract';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { appendChange } from '../changes/change-log.repository';
import type { Ledger } from '../db/open-ledger';
import { SCHEMA_VERSION } from '../db/migrations/index';
import { AppError } from '../errors';
import { getOffice } from '../registry/office.repository';
import { chainHead } from '../system/chain-head';
import { nowIso, type ServiceDeps } from '../service-deps';
import { ageEncrypt } from './age-crypto';
import { commitPartial, ensureDir, removeQuietly, targetError, writePartialAsync } from '../files/atomic-write';
import { shownPath, userDirectory, type UserPathPolicy } from '../files/user-paths';
import { buildArchive, type DataFile } from './bundle-builder';
import { BUNDLE_FORMAT, BUNDLE_FORMAT_VERSION, bundleFileName, quarterOf } from './bundle-format';
import { EXPORTABLES } from './exportable-tables';
import { progressTracker, type ProgressListener } from './export-progress';
import type { OfficeKeys } from './office-keys';
import { ndjsonWriter } from './ndjson-writer';
import { nameScrubber, privacyRule, pseudonymizer, type PrivacyTools } from './privacy';
import { sha256Hex } from '../changes/change-hash';
import { exportReader } from './sync-export.repository';
import * as repo from './sync.repository';
import { readCityKeys } from './city-keys-setting';

/**
 * Change-log rows per read: small enough that other requests get the connection
 * between chunks, and that a chunk's rows die young (5,000 cost ~10% more in
 * garbage collection).
 */
const CHUNK = 1_000;

export type BundleExportService = ReturnType<typeof createBundleExportService>;

/**
 * Writes the next sync bundle (docs/bundle-format.md). The first bundle is the
 * whole ledger, later ones every record changed since the previous bundle, each
 * at its latest logged version (tombstones included). Reading is chunked and
 * yields to the event loop, so the UI's progress polls and other requests are
 * served meanwhile; the ledger is written only at the end, in one short
 * transaction, after which the files are renamed into place.
 */
export function createBundleExportService(deps: ServiceDeps, ledger: Ledger, keys: OfficeKeys, dataDir: string, appVersion: string, paths: UserPathPolicy) {
  const progress = progressTracker();
  const reader = exportReader(ledger.raw, EXPORTABLES);
  const keptDir = join(dataDir, 'bundles');
  const anchor = chainHead({ raw: ledger.raw, dataDir, keys, clock: deps.ports.clock });

  /**
   * The data files: each changed record parsed from the log, its privacy rules
   * applied in place, serialized once and encoded straight into its file's bytes.
   */
  async function collect(after: number, to: number, tools: PrivacyTools): Promise<DataFile[]> {
    const files = new Map(EXPORTABLES.map((t) => [t.entity, { rule: privacyRule(t, tools), writer: ndjsonWriter() }]));
    for (let cursor = after; ; ) {
      const rows = reader.chunk(cursor, to, CHUNK);
      for (const [, entity, payload] of rows) {
        const file = files.get(entity)!;
        const row = JSON.parse(payload) as Record<string, unknown>;
        file.rule(row);
        file.writer.add(JSON.stringify(row));
      }
      if (rows.length < CHUNK) break;
      cursor = rows[rows.length - 1]![0];
      progress.set('reading', cursor - after, to - after);
      await yieldToEventLoop();
    }
    progress.set('reading', to - after, to - after);
    return EXPORTABLES.map((t) => ({ entity: t.entity, ...files.get(t.entity)!.writer.finish() }));
  }

  async function run(input: ParsedInputOf<'sync:export-bundle'>, actor: string) {
    const office = await getOffice(deps.db);
    if (!office) throw new AppError('conflict', '请先完成街道信息登记（首次启动向导）。');
    const city = await readCityKeys(deps.db);
    if (!city) throw new AppError('conflict', '还没有导入市级公钥文件，无法加密同步包。请先在“同步”页导入市里提供的 city-public.json。');
    const directory = userDirectory(paths, input.directory);
    const signing = await keys.signing();
    const level = input.privacy;
    const pseudonym = pseudonymizer(await keys.pseudonym());
    const tools: PrivacyTools = { level, pseudonym, scrubNames: level === 'pseudonymous' ? nameScrubber(reader.personNames(), pseudonym) : (t) => t };
    // Phone and ID numbers travel only at `full`, opened here: the city cannot read the office's ciphertext.
    if (level === 'full') {
      const cipher = await deps.fields.cipher();
      tools.open = (field, stored) => cipher.open(field, stored);
    }

    const last = await repo.lastBundle(deps.db);
    // A log whose tail was cut (behind its signed anchor or the last export) must not
    // be sent on as if nothing had happened; the city would refuse it anyway.
    const found = await anchor.inspect();
    if (!found.ok) throw new AppError('conflict', `${found.problem}查明之前不能导出同步包，请先运行 ledger check 查看详情。`);
    const head = reader.head();
    const seq = (last?.seq ?? 0) + 1;
    const after = last?.to_change_seq ?? 0;
    // The head this bundle starts from: the city compares it with the previous bundle's chainHead.
    const prevChainHead = reader.hashAt(after);
    if (prevChainHead === null) throw new AppError('conflict', `变更记录中没有第 ${after} 条（上一个同步包导出到这一条）：末尾的变更记录被删除了。查明之前不能导出同步包，请先运行 ledger check 查看详情。`);
    const files = await collect(after, head.seq, tools);

    progress.set('packing', 0, 1);
    const createdAt = nowIso(deps);
    const period = quarterOf(new Date(createdAt));
    const reason = level === 'pseudonymous' ? null : (input.reason ?? null);
    const built = buildArchive(
      {
        format: BUNDLE_FORMAT, formatVersion: BUNDLE_FORMAT_VERSION, appVersion, schemaVersion: SCHEMA_VERSION,
        office: { id: office.id, code: office.division_code, name: office.name, keyFingerprint: signing.fingerprint },
        period, createdAt, seq, prevManifestSha256: last?.manifest_sha256 ?? null, kind: last ? 'changes' : 'snapshot',
        changes: { fromSeq: after + 1, toSeq: head.seq, chainHead: head.hash, prevChainHead },
        privacy: { level, reason },
      },
      files, signing.privateKeyPem, signing.publicKeyPem,
    );
    progress.set('encrypting', 0, 1);
    await yieldToEventLoop();
    const encrypted = await ageEncrypt(built.archive, city.recipients.map((r) => r.recipient));
    progress.set('writing', 0, 1);

    const name = bundleFileName(office.division_code, period, seq);
    const finalPath = join(directory, name);
    const keptPath = join(keptDir, name);
    const counts = Object.fromEntries(files.map((f) => [f.entity, f.records]));
    const records = files.reduce((s, f) => s + f.records, 0);
    let targetPartial: string | null = null;
    let keptPartial: string | null = null;
    try {
      ensureDir(keptDir);
      const [kept, target] = await Promise.allSettled([writePartialAsync(keptPath, encrypted), writePartialAsync(finalPath, encrypted)]);
      if (kept.status === 'fulfilled') keptPartial = kept.value;
      if (target.status === 'fulfilled') targetPartial = target.value;
      if (target.status === 'rejected') throw targetError(target.reason, shownPath(paths, input.directory), encrypted.length);
      if (kept.status === 'rejected') throw targetError(kept.reason, keptDir, encrypted.length);
      await deps.db.transaction().execute(async (trx) => {
        const now = await repo.lastBundle(trx);
        if ((now?.seq ?? 0) !== seq - 1) throw new AppError('conflict', '另一个同步包刚刚导出完成，请刷新后重试。');
        await repo.insertBundle(trx, {
          seq, file_name: name, period, kind: built.manifest.kind, created_at: createdAt, created_by: actor,
          manifest_sha256: built.manifestSha256, prev_manifest_sha256: built.manifest.prevManifestSha256,
          file_sha256: sha256Hex(encrypted), file_bytes: encrypted.length, from_change_seq: after + 1, to_change_seq: head.seq,
          records, counts: JSON.stringify(counts), privacy: level, privacy_reason: reason, confirmed_at: null, receipt_issued_at: null,
        });
        // The audit trail says who exported what, and at which privacy level and why.
        await appendChange(trx, { at: createdAt, actor, entity: 'bundles', entityId: String(seq), action: 'create', record: { seq, file_name: name, manifest_sha256: built.manifestSha256, records, privacy: level, privacy_reason: reason } });
      });
    } catch (error) {
      if (targetPartial) removeQuietly(targetPartial);
      if (keptPartial) removeQuietly(keptPartial);
      throw error;
    }
    // Committed first, renamed after: a crash in between leaves `.partial` files of a
    // bundle the office has recorded (finished at the next start by
    // `finishInterruptedExports`, and the stick's copy by 重写), never a finished
    // bundle on the stick that the office does not know.
    commitPartial(keptPartial!, keptPath);
    try {
      commitPartial(targetPartial!, finalPath);
    } catch (error) {
      removeQuietly(targetPartial!);
      throw new AppError('target-unwritable', `同步包已登记为第 ${seq} 号，但写入「${shownPath(paths, input.directory)}」的最后一步失败（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）。请插好U盘后在“同步”页对第 ${seq} 号点「重写」。`);
    }
    // The bundle's own change entry included; a failed write is caught up at the next check or close.
    await anchor.advance('export').catch(() => false);
    progress.set('done', 1, 1);
    return { file: finalPath, seq, manifestSha256: built.manifestSha256, counts, records, privacy: level };
  }

  let running = false;
  return {
    progress: progress.get,
    /** Exports the next bundle; `onProgress` receives each step (the CLI draws a bar with it). */
    async exportBundle(input: ParsedInputOf<'sync:export-bundle'>, actor: string, onProgress?: ProgressListener) {
      if (running) throw new AppError('conflict', '正在导出另一个同步包，请等它完成。');
      running = true;
      progress.start(onProgress);
      try {
        return await run(input, actor);
      } catch (error) {
        progress.set('failed', 0, 0);
        throw error;
      } finally {
        running = false;
      }
    },
  };
}
