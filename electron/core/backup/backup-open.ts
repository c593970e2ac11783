import { backupManifestSchema, type BackupManifest } from '#shared/domain/backup/backup.schema';
import { closeSync, constants, fstatSync, mkdtempSync, openSync, readFileSync, readSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setImmediate as yieldToEventLoop } from 'node:timers/promises';
import { AppError } from '../errors';
import { ArchiveRefused, archiveExtractor, type Extracted } from './backup-tar';
import { headerEnd, passphraseFileKey, PassphraseRefused } from './passphrase-age';
import { PayloadBroken, payloadOpener } from './payload-stream';

const READ = 1 << 20;
const MAX_HEADER = 64 * 1024;
/** More entries than any office's documents folder holds; a bound against a crafted archive. */
const MAX_ENTRIES = 200_000;

/** Folders a drill unpacks into; a kill may leave one (removed at the next start, `removeStaleBackupFolders`). */
export const DRILL_PREFIX = '.backup-drill-';

export const fileRefused = (message: string) => new AppError('invalid-input', `「备份文件」${message}`, [{ path: ['file'], message }]);
const passphraseRefused = (message: string) => new AppError('invalid-input', `「备份口令」${message}`, [{ path: ['passphrase'], message }]);

export type OpenedBackup = { dir: string; manifest: BackupManifest; extracted: Extracted[]; bytes: number };

function refusalOf(error: unknown): AppError {
  if (error instanceof AppError) return error;
  if (error instanceof PassphraseRefused) {
    if (error.kind === 'wrong-passphrase') return passphraseRefused('不对：用这个口令打不开这份备份。请核对口令（区分大小写和全角半角）后重试。');
    if (error.kind === 'not-passphrase') return fileRefused('是加密给某个密钥的文件（例如同步包），不是用口令加密的台账备份。请选择“backup-…age”备份文件。');
    if (error.kind === 'work-factor') return fileRefused('的加密参数超出本程序接受的范围，不是本程序制作的备份。');
    return fileRefused('不是台账备份文件（不是 age 加密格式）。请选择“backup-…age”备份文件。');
  }
  if (error instanceof PayloadBroken) return fileRefused('不完整或已损坏（加密内容校验失败，可能只复制了一部分）。请换一份备份，或从原U盘重新复制。');
  if (error instanceof ArchiveRefused) return fileRefused(`内容不符合备份格式：${error.message}。这份备份不能使用。`);
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return fileRefused('找不到，请确认U盘已插好、路径正确。');
  if (code === 'EACCES' || code === 'EPERM') return fileRefused('不能读取（没有权限）。');
  if (code === 'ENOSPC') return new AppError('target-unwritable', '临时文件夹所在磁盘空间不足，无法解开备份。请清理空间后重试。台账未改动。');
  return fileRefused(`无法读取（${code ?? (error as Error).message.slice(0, 100)}）。`);
}

/**
 * Decrypts and unpacks a backup into a new private folder under `parent` (0700,
 * files 0600), checking as it goes: the age header under the passphrase, every
 * payload chunk's tag, the archive's layout, the manifest's schema and each
 * file's size and SHA-256 against it. Throws one Chinese sentence naming the
 * field (`file` or `passphrase`), and leaves nothing behind; on success the
 * caller owns `dir` and removes it.
 */
export async function openBackup(file: string, passphrase: string, parent: string, onProgress?: (done: number, total: number) => void): Promise<OpenedBackup> {
  let fd: number | null = null;
  let dir: string | null = null;
  try {
    fd = openSync(file, constants.O_RDONLY | (process.platform === 'win32' ? 0 : constants.O_NONBLOCK)); // a FIFO must not hold the event loop
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw fileRefused('不是普通文件。');
    const head = Buffer.alloc(Math.min(MAX_HEADER, stat.size));
    readSync(fd, head, 0, head.length, 0);
    const end = headerEnd(head);
    if (end < 0) throw stat.size < MAX_HEADER ? new PayloadBroken('no header end') : new PassphraseRefused('not-age');
    const fileKey = await passphraseFileKey(head.subarray(0, end), passphrase);
    dir = mkdtempSync(join(parent, DRILL_PREFIX));
    const extractor = archiveExtractor(dir, MAX_ENTRIES);
    const opener = payloadOpener(fileKey, (plain) => extractor.push(plain));
    const buf = Buffer.allocUnsafe(READ);
    let position = end;
    try {
      for (let n; (n = readSync(fd, buf, 0, READ, position)) > 0; position += n) {
        opener.push(buf.subarray(0, n));
        if ((position - end) % (16 * READ) < n) {
          onProgress?.(position, stat.size);
          await yieldToEventLoop();
        }
      }
      opener.end();
    } finally {
      fileKey.fill(0);
    }
    const extracted = extractor.end();
    const manifest = checkManifest(dir, extracted);
    onProgress?.(stat.size, stat.size);
    return { dir, manifest, extracted, bytes: stat.size };
  } catch (error) {
    if (dir) rmSync(dir, { recursive: true, force: true });
    throw refusalOf(error);
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/** The manifest comes first and lists exactly the other entries, each with its size and hash. */
function checkManifest(dir: string, extracted: Extracted[]): BackupManifest {
  if (extracted[0]?.path !== 'manifest.json') throw fileRefused('里没有备份清单（manifest.json），不是本程序制作的备份。');
  let parsed;
  try {
    parsed = backupManifestSchema.safeParse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
  } catch {
    throw fileRefused('的备份清单不是有效的 JSON，这份备份不能使用。');
  }
  if (!parsed.success) throw fileRefused('的备份清单格式不对，这份备份不能使用。');
  const manifest = parsed.data;
  const rest = extracted.slice(1);
  const listed = new Map(manifest.files.map((f) => [f.path, f]));
  if (rest.length !== manifest.files.length || rest.some((e) => !listed.has(e.path))) throw fileRefused('的内容与备份清单列出的文件不一致（多了或少了文件），这份备份不能使用。');
  for (const e of rest) {
    const want = listed.get(e.path)!;
    if (want.bytes !== e.bytes || want.sha256 !== e.sha256) throw fileRefused(`里的「${e.path}」与备份清单记载的大小或校验值不符，这份备份不能使用。`);
  }
  if (!listed.has('ledger.db')) throw fileRefused('里没有数据库文件（ledger.db），这份备份不能使用。');
  return manifest;
}
