import { copyFileSync, mkdirSync, renameSync } from 'node:fs';
import { readRegularFile, ReadRefused } from '../files/bounded-read';
import { basename, join } from 'node:path';
import { ageDecrypter } from '../sync/age-crypto';
import { removeQuietly } from '../files/atomic-write';
import type { ErrorCode } from '#shared/ipc/envelope';
import { readBundle, Rejection, type ImportLimits, type ReadBundle } from './bundle-reader';
import type { CityBundle, CityRepository } from './city.repository';

export type ImportOutcome =
  | { file: string; status: 'imported'; office: string; seq: number; records: number; wasHeld: boolean }
  | { file: string; status: 'already-imported'; office: string; seq: number }
  | { file: string; status: 'held'; office: string; seq: number; missing: number[] }
  | { file: string; status: 'rejected'; code: ErrorCode; reason: string; office?: string; seq?: number };

export type CityImportDeps = { dir: string; repo: CityRepository; identities: readonly string[]; limits: ImportLimits; now: () => Date };

const CALL_OFFICE = '请街道运行 ledger check 核查变更记录、从备份恢复，再重新导出；查明之前不要导入';

/**
 * The office's change-log head must only move forward from one bundle to the
 * next: the next bundle starts right after the last one's `toSeq`, from the head
 * it reached (`prevChainHead`, format 1.1), and does not end before it. Anything
 * else means the office's log lost entries after they were sent (a cut tail, or
 * a cut tail written again). Null when it holds, or when the last bundle was
 * imported before heads were kept.
 */
function headWentBack(last: CityBundle, b: ReadBundle): string | null {
  if (last.change_to_seq === null) return null;
  const { seq, changes } = b.manifest;
  const was = `已导入的第 ${last.seq} 号同步包已到第 ${last.change_to_seq} 条变更记录`;
  if (changes.toSeq < last.change_to_seq) {
    return `冲突：第 ${seq} 号同步包的变更记录只到第 ${changes.toSeq} 条，而${was}：街道台账末尾的变更记录被删除过。${CALL_OFFICE}`;
  }
  if (changes.fromSeq !== last.change_to_seq + 1) {
    return `冲突：第 ${seq} 号同步包从第 ${changes.fromSeq} 条变更记录开始，接不上${was}：街道台账的变更记录被删除或改动过。${CALL_OFFICE}`;
  }
  if (changes.prevChainHead !== undefined && last.chain_head !== null && changes.prevChainHead !== last.chain_head) {
    return `冲突：第 ${seq} 号同步包所接的第 ${last.change_to_seq} 条变更记录，与已导入的第 ${last.seq} 号同步包签名记下的不同：街道台账的变更记录被删除后又重新写过。${CALL_OFFICE}`;
  }
  return null;
}

/**
 * The city's intake of one file: read and verify it (bundle-reader.ts), then
 * place it in the office's chain: apply it (all or nothing) when it is the next
 * seq and links to the last applied manifest, hold it when earlier seqs are
 * missing, keep it aside as a conflict when its seq is taken by other content.
 * Held bundles are applied as soon as the gap before them is filled.
 */
export function createCityImport(deps: CityImportDeps) {
  const { repo, dir } = deps;
  const nowIso = () => deps.now().toISOString();
  const decrypt = ageDecrypter(deps.identities);

  async function open(file: string): Promise<ReadBundle> {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(file, deps.limits.maxFileBytes);
    } catch (error) {
      if (!(error instanceof ReadRefused)) throw error;
      const r = error.refusal;
      if (r.kind === 'missing') throw new Rejection('not-found', '找不到这个文件');
      if (r.kind === 'not-a-file') throw new Rejection('invalid-input', '不是普通文件（是文件夹或设备），已跳过');
      if (r.kind === 'too-large') throw new Rejection('invalid-input', `文件有 ${r.size} 字节，超过上限 ${deps.limits.maxFileBytes} 字节`);
      throw new Rejection('not-found', '无法读取这个文件（没有权限或U盘已拔出）');
    }
    return readBundle(bytes, { decrypt, limits: deps.limits, findOffice: (code) => repo.office(code) });
  }

  function missingBefore(code: string, seq: number): number[] {
    const last = repo.lastApplied(code)?.seq ?? 0;
    const have = new Set(repo.bundles(code).map((b) => b.seq));
    const missing: number[] = [];
    for (let s = last + 1; s < seq && missing.length < 1000; s++) if (!have.has(s)) missing.push(s);
    return missing;
  }

  function keepAside(file: string, b: ReadBundle, reason: string): ImportOutcome {
    const { code } = b.office;
    const seq = b.manifest.seq;
    const aside = join(dir, 'conflicts', `${code}-${seq}-${b.manifestSha256.slice(0, 12)}.ledger.age`);
    mkdirSync(join(dir, 'conflicts'), { recursive: true, mode: 0o700 });
    copyFileSync(file, aside);
    repo.addConflict({ office_code: code, seq, manifest_sha256: b.manifestSha256, file_name: basename(file), stored_as: aside, reason, received_at: nowIso() });
    return { file, status: 'rejected', code: 'conflict', reason: `${reason}；已另存为 ${aside} 供核查`, office: code, seq };
  }

  function row(b: ReadBundle, file: string, status: 'applied' | 'held', storedAs: string | null): CityBundle {
    const at = nowIso();
    return {
      office_code: b.office.code, seq: b.manifest.seq, manifest_sha256: b.manifestSha256, prev_manifest_sha256: b.manifest.prevManifestSha256,
      file_name: basename(file), status, stored_as: storedAs, records: b.records.length, privacy: b.manifest.privacy.level,
      received_at: at, applied_at: status === 'applied' ? at : null,
      change_from_seq: b.manifest.changes.fromSeq, change_to_seq: b.manifest.changes.toSeq, chain_head: b.manifest.changes.chainHead,
    };
  }

  /** Applies held bundles that now follow the last applied one. */
  async function drainHeld(code: string): Promise<ImportOutcome[]> {
    const out: ImportOutcome[] = [];
    for (;;) {
      const next = repo.bundle(code, (repo.lastApplied(code)?.seq ?? 0) + 1);
      if (!next || next.status !== 'held' || !next.stored_as) return out;
      const held = next.stored_as;
      let b: ReadBundle;
      try {
        b = await open(held);
      } catch (error) {
        repo.dropHeld(code, next.seq);
        out.push({ file: held, status: 'rejected', code: error instanceof Rejection ? error.code : 'internal', reason: `等待中的同步包无法再读取：${(error as Error).message}`, office: code, seq: next.seq });
        return out;
      }
      const outcome = place(held, b, true);
      if (outcome.status === 'imported') removeQuietly(held);
      out.push(outcome);
      if (outcome.status !== 'imported') return out;
    }
  }

  function place(file: string, b: ReadBundle, fromHeld: boolean): ImportOutcome {
    const { code } = b.office;
    const seq = b.manifest.seq;
    const existing = repo.bundle(code, seq);
    if (existing && !(fromHeld && existing.status === 'held')) {
      if (existing.manifest_sha256 !== b.manifestSha256) return keepAside(file, b, `冲突：第 ${seq} 号同步包已${existing.status === 'held' ? '在等待中' : '导入'}，但内容不同`);
      if (existing.status === 'held') return { file, status: 'held', office: code, seq, missing: missingBefore(code, seq) };
      return { file, status: 'already-imported', office: code, seq };
    }
    const last = repo.lastApplied(code);
    const lastSeq = last?.seq ?? 0;
    if (seq > lastSeq + 1) {
      const stored = join(dir, 'held', `${code}-${seq}-${b.manifestSha256.slice(0, 12)}.ledger.age`);
      mkdirSync(join(dir, 'held'), { recursive: true, mode: 0o700 });
      copyFileSync(file, `${stored}.partial`);
      renameSync(`${stored}.partial`, stored);
      repo.hold(row(b, file, 'held', stored));
      return { file, status: 'held', office: code, seq, missing: missingBefore(code, seq) };
    }
    if (b.manifest.prevManifestSha256 !== (last?.manifest_sha256 ?? null)) {
      if (fromHeld) repo.dropHeld(code, seq);
      return keepAside(file, b, `冲突：第 ${seq} 号同步包没有接在已导入的第 ${lastSeq} 号之后（上一包的校验值不符）`);
    }
    const headProblem = last ? headWentBack(last, b) : null;
    if (headProblem) {
      if (fromHeld) repo.dropHeld(code, seq);
      return keepAside(file, b, headProblem);
    }
    repo.apply(row(b, file, 'applied', null), b.records);
    return { file, status: 'imported', office: code, seq, records: b.records.length, wasHeld: fromHeld };
  }

  return {
    /** Imports one file; the result lists its own outcome first, then any held bundles it released. */
    async importFile(file: string): Promise<ImportOutcome[]> {
      let b: ReadBundle;
      try {
        b = await open(file);
      } catch (error) {
        if (error instanceof Rejection) return [{ file, status: 'rejected', code: error.code, reason: error.message }];
        throw error;
      }
      const outcome = place(file, b, false);
      return outcome.status === 'imported' ? [outcome, ...(await drainHeld(b.office.code))] : [outcome];
    },
  };
}
