import { BACKUP_FORMAT, BACKUP_FORMAT_VERSION, type BackupManifest } from '#shared/domain/backup/backup.schema';
import { backupFileName, recoveryFileName } from '#shared/domain/backup/backup-rules';
import { createHash } from 'node:crypto';
import { closeSync, copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, readSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import { removeQuietly, targetError, writeFileAtomic } from '../files/atomic-write';
import type { SecretStore } from '../ports';
import { ageEncrypt } from '../sync/age-crypto';
import { ANCHOR_FILE } from '../system/chain-anchor';
import { copyLedger, sealCopy } from './backup.repository';
import type { BackupProgressTracker } from './backup-progress';
import { backupSink } from './backup-sink';
import { TAR_END, tarHeader, tarPadding } from './backup-tar';
import { passphraseHeader, WORK_FACTOR } from './passphrase-age';
import { payloadSealer } from './payload-stream';

/** The office's secrets a restored ledger needs to go on signing bundles and keeping pseudonyms stable. */
export const BACKED_UP_SECRETS = ['office-signing-key', 'pseudonym-key'] as const;
/** Folders of the data dir that travel with the ledger: generated documents and the kept bundles (for 重写). */
export const BACKED_UP_FOLDERS = ['documents', 'bundles'] as const;

const READ = 1 << 20;
export const STAGE_PREFIX = '.backup-staging-';

export type CreateBackupDeps = {
  live: Ledger['raw'];
  dataDir: string;
  secrets: SecretStore;
  appVersion: string;
  schemaVersion: number;
  progress: BackupProgressTracker;
  /** scrypt work factor (log2 N); age's default unless a caller has a reason. */
  workFactor?: number;
  /** Test seam: the target "fills up" after this many bytes. */
  writeLimitBytes?: number;
};

export type CreateBackupInput = { directory: string; passphrase: string; recoveryRecipient: string | null; createdAt: string; createdBy: string };

type Source = { path: string; file: string; bytes: number; sha256: string };

/** Files under `dir`, depth first, as archive paths below `prefix`; leftover `.partial` files are not part of anything. */
function walk(dir: string, prefix: string): { path: string; file: string }[] {
  if (!existsSync(dir)) return [];
  const out: { path: string; file: string }[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const file = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...walk(file, `${prefix}/${entry.name}`));
    else if (entry.isFile() && !entry.name.endsWith('.partial')) out.push({ path: `${prefix}/${entry.name}`, file });
  }
  return out;
}

async function hashFile(file: string, onBytes: (n: number) => void): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  const fd = openSync(file, 'r');
  const buf = Buffer.allocUnsafe(READ);
  let bytes = 0;
  try {
    for (let n; (n = readSync(fd, buf, 0, READ, null)) > 0; ) {
      hash.update(buf.subarray(0, n));
      bytes += n;
      onBytes(n);
      if (bytes % (64 * READ) === 0) await yieldToEventLoop();
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * Makes one backup file in `directory` (docs/backup-format.md): an online copy of
 * the ledger, the office's key files, the chain-head anchor, the documents and the
 * kept bundles, staged in a private temp folder so what is hashed is what is
 * written; then a manifest and the archive, streamed through age's payload
 * cipher under a passphrase into `<name>.partial`, fsynced and renamed. With a
 * recovery recipient, the passphrase itself is sealed to it in a companion file.
 */
export async function createBackup(input: CreateBackupInput, deps: CreateBackupDeps) {
  // Staged inside the data dir (0700), which holds the same data in the clear already: a kill leaves no plaintext copy anywhere new.
  const stage = mkdtempSync(join(deps.dataDir, STAGE_PREFIX));
  try {
    // The anchor first: it only moves forward and never past the log, so read before the copy it is never ahead of it.
    const anchor = existsSync(join(deps.dataDir, ANCHOR_FILE)) ? readFileSync(join(deps.dataDir, ANCHOR_FILE)) : null;
    const copy = join(stage, 'ledger.db');
    await copyLedger(deps.live, copy, (done, total) => deps.progress.set('copying', done, total));
    const facts = sealCopy(copy);
    if (!facts.office) throw new AppError('conflict', '请先完成街道信息登记（首次启动向导），再制作备份。');

    const staged: { path: string; file: string }[] = [{ path: 'ledger.db', file: copy }];
    for (const name of BACKED_UP_SECRETS) {
      const value = await deps.secrets.read(name);
      if (!value) continue;
      const file = join(stage, `secret-${name}`);
      writeFileSync(file, value, { mode: 0o600 });
      staged.push({ path: `keys/${name}`, file });
    }
    if (anchor) {
      writeFileSync(join(stage, 'anchor'), anchor, { mode: 0o600 });
      staged.push({ path: ANCHOR_FILE, file: join(stage, 'anchor') });
    }
    for (const folder of BACKED_UP_FOLDERS) {
      for (const { path, file } of walk(join(deps.dataDir, folder), folder)) {
        const kept = join(stage, `f${staged.length}`);
        copyFileSync(file, kept);
        staged.push({ path, file: kept });
      }
    }

    const total = staged.reduce((s, f) => s + statSync(f.file).size, 0);
    let hashed = 0;
    const sources: Source[] = [];
    for (const f of staged) sources.push({ ...f, ...(await hashFile(f.file, (n) => deps.progress.set('hashing', (hashed += n), total))) });

    const manifest: BackupManifest = {
      format: BACKUP_FORMAT, formatVersion: BACKUP_FORMAT_VERSION, appVersion: deps.appVersion, schemaVersion: deps.schemaVersion,
      office: facts.office, createdAt: input.createdAt, createdBy: input.createdBy, chainHead: facts.chainHead, counts: facts.counts,
      files: sources.map(({ path, bytes, sha256 }) => ({ path, bytes, sha256 })), recovery: input.recoveryRecipient !== null,
    };
    const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');

    const name = backupFileName(facts.office.code, input.createdAt, facts.chainHead.hash);
    const finalPath = join(input.directory, name);
    if (existsSync(finalPath)) throw new AppError('conflict', `「${input.directory}」里已有同名备份「${name}」，未覆盖。`);
    const recoveryPath = join(input.directory, recoveryFileName(name));

    deps.progress.set('encrypting', 0, total);
    const { header, fileKey } = await passphraseHeader(input.passphrase, deps.workFactor ?? WORK_FACTOR);
    const sink = backupSink(finalPath, deps.writeLimitBytes);
    let recoveryWritten = false;
    try {
      sink.write(header);
      const sealer = payloadSealer(fileKey, (b) => sink.write(b));
      const mtime = new Date(input.createdAt);
      sealer.push(tarHeader('manifest.json', manifestBytes.length, mtime));
      sealer.push(manifestBytes);
      sealer.push(tarPadding(manifestBytes.length));
      let done = 0;
      const buf = Buffer.allocUnsafe(READ);
      for (const s of sources) {
        sealer.push(tarHeader(s.path, s.bytes, mtime));
        const fd = openSync(s.file, 'r');
        try {
          for (let n, left = s.bytes; left > 0 && (n = readSync(fd, buf, 0, Math.min(READ, left), null)) > 0; left -= n) {
            sealer.push(buf.subarray(0, n));
            done += n;
            if (done % (16 * READ) < n) {
              deps.progress.set('encrypting', done, total);
              await yieldToEventLoop();
            }
          }
        } finally {
          closeSync(fd);
        }
        sealer.push(tarPadding(s.bytes));
      }
      sealer.push(TAR_END);
      sealer.end();
      sink.finish();
      if (input.recoveryRecipient) {
        // age allows a passphrase stanza only alone in its header; the recovery key opens the passphrase instead.
        writeFileAtomic(recoveryPath, await ageEncrypt(Buffer.from(input.passphrase, 'utf8'), [input.recoveryRecipient]), 0o600);
        recoveryWritten = true;
      }
      sink.commit();
    } catch (error) {
      sink.abort();
      // A recovery file without its backup would only confuse whoever finds it.
      if (recoveryWritten) removeQuietly(recoveryPath);
      throw targetError(error, input.directory, total);
    } finally {
      fileKey.fill(0);
    }
    deps.progress.set('done', 1, 1);
    return { file: finalPath, recoveryFile: input.recoveryRecipient ? recoveryPath : null, bytes: sink.bytes, manifest };
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
}
