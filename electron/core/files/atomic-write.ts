import { closeSync, createWriteStream, fchmodSync, fsyncSync, mkdirSync, openSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { dirname } from 'node:path';
import type { Writable } from 'node:stream';
import { AppError } from '../errors';

/**
 * Writes `data` to `<final>.partial` and fsyncs it; the caller renames it into
 * place with `commitPartial` once everything else has succeeded, so a reader
 * never sees a file with the final name that is incomplete.
 */
export function writePartial(finalPath: string, data: Uint8Array, mode = 0o600): string {
  const partial = `${finalPath}.partial`;
  const fd = openSync(partial, 'w', mode);
  try {
    if (process.platform !== 'win32') fchmodSync(fd, mode); // a stale .partial keeps its old mode otherwise
    for (let off = 0; off < data.length; ) off += writeSync(fd, data, off, Math.min(data.length - off, 8 << 20));
    fsyncSync(fd);
  } catch (error) {
    closeSync(fd);
    removeQuietly(partial);
    throw error;
  }
  closeSync(fd);
  return partial;
}

/** `writePartial` on the I/O thread pool, so two copies (USB stick, data dir) are written and synced at once. */
export async function writePartialAsync(finalPath: string, data: Uint8Array, mode = 0o600): Promise<string> {
  const partial = `${finalPath}.partial`;
  const file = await open(partial, 'w', mode);
  try {
    if (process.platform !== 'win32') await file.chmod(mode);
    for (let off = 0; off < data.length; ) off += (await file.write(data, off, Math.min(data.length - off, 8 << 20))).bytesWritten;
    await file.sync();
  } catch (error) {
    await file.close();
    removeQuietly(partial);
    throw error;
  }
  await file.close();
  return partial;
}

/** Renames the partial file into place and fsyncs the folder (the rename itself must survive a power cut). */
export function commitPartial(partial: string, finalPath: string): void {
  renameSync(partial, finalPath);
  try {
    const fd = openSync(dirname(finalPath), 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some file systems (FAT on USB sticks, Windows) cannot fsync a folder; the rename stands.
  }
}

/** A whole small file written atomically into a chosen folder (partial, fsync, rename); a failure as `targetError`. */
export function writeFileAtomic(path: string, data: Uint8Array, mode?: number): void {
  let partial: string | null = null;
  try {
    partial = writePartial(path, data, mode);
    commitPartial(partial, path);
  } catch (error) {
    if (partial) removeQuietly(partial);
    throw targetError(error, dirname(path));
  }
}

/**
 * A file too large to hold in memory, streamed into `<final>.partial` (created
 * with `mode`) by `fill`, then fsynced; the caller renames it with
 * `commitPartial` once what must be recorded first is committed. A failure
 * removes the partial file, as a `targetError`.
 */
export async function writeStreamPartial(path: string, fill: (out: Writable) => Promise<void>, mode = 0o600): Promise<string> {
  const partial = `${path}.partial`;
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'w', mode);
    if (process.platform !== 'win32') fchmodSync(fd, mode); // a stale .partial keeps its old mode otherwise
    const out = createWriteStream('', { fd, autoClose: false });
    const failed = new Promise<never>((_, reject) => out.once('error', reject));
    await Promise.race([fill(out), failed]);
    if (!out.writableFinished) await Promise.race([new Promise((resolve) => out.end(resolve)), failed]);
    fsyncSync(fd);
    closeSync(fd);
    return partial;
  } catch (error) {
    if (fd !== null) closeSync(fd);
    removeQuietly(partial);
    throw targetError(error, dirname(path));
  }
}

/** `writeStreamPartial`, then the rename into place; any earlier file of that name stays untouched on failure. */
export async function writeStreamAtomic(path: string, fill: (out: Writable) => Promise<void>, mode = 0o600): Promise<void> {
  const partial = await writeStreamPartial(path, fill, mode);
  try {
    commitPartial(partial, path);
  } catch (error) {
    removeQuietly(partial);
    throw targetError(error, dirname(path));
  }
}

export function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

/** A folder of the app's own (0700: what it holds is the office's). */
export const ensureDir = (dir: string) => mkdirSync(dir, { recursive: true, mode: 0o700 });

/** Refuses a target folder that is missing or not a folder, before any work is done. */
export function assertTargetDir(directory: string): void {
  let isDir = false;
  try {
    isDir = statSync(directory).isDirectory();
  } catch (error) {
    throw targetError(error, directory);
  }
  if (!isDir) throw new AppError('target-unwritable', `「${directory}」不是文件夹，请重新选择保存位置（例如U盘的根目录）。`);
}

/** A failed write to a chosen folder (USB stick) as one sentence the clerk can act on. */
export function targetError(error: unknown, directory: string, bytes?: number): AppError {
  if (error instanceof AppError) return error;
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('target-unwritable', `找不到文件夹「${directory}」，请确认U盘已插好，再重新选择保存位置。`);
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') return new AppError('target-unwritable', `文件夹「${directory}」不能写入（只读或没有权限），请换一个文件夹或检查U盘的写保护开关。台账未改动。`);
  if (code === 'ENOSPC' || code === 'EDQUOT' || code === 'EFBIG') {
    const need = bytes ? `，需要约 ${Math.ceil(bytes / 1048576)} MB` : '';
    return new AppError('target-unwritable', `「${directory}」所在磁盘空间不足${need}。请清理空间或换一个U盘后重试。台账未改动。`);
  }
  return new AppError('target-unwritable', `写入「${directory}」失败（${code ?? (error as Error).message}），台账未改动。请换一个保存位置后重试。`);
}
