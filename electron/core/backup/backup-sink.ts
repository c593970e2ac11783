import { closeSync, fchmodSync, fsyncSync, openSync, writeSync } from 'node:fs';
import { commitPartial, removeQuietly, targetError } from '../files/atomic-write';

/**
 * Where a backup's bytes go: `<final>.partial`, created exclusively (0600),
 * fsynced, and renamed into place only when the whole file is written, so no
 * half-written backup ever carries a finished backup's name. `limitBytes` is a
 * seam for tests: past it each write fails with ENOSPC, as on a full USB stick.
 */
export function backupSink(finalPath: string, limitBytes?: number) {
  const partial = `${finalPath}.partial`;
  removeQuietly(partial); // left by an earlier run that was killed
  let fd: number | null = null;
  try {
    fd = openSync(partial, 'wx', 0o600);
    if (process.platform !== 'win32') fchmodSync(fd, 0o600);
  } catch (error) {
    throw targetError(error, finalPath.replace(/[\\/][^\\/]*$/, ''));
  }
  let written = 0;
  const fail = (error: unknown): never => {
    abort();
    throw error;
  };
  function abort() {
    if (fd !== null) closeSync(fd);
    fd = null;
    removeQuietly(partial);
  }
  return {
    get bytes() {
      return written;
    },
    write(bytes: Buffer) {
      if (fd === null) return;
      try {
        if (limitBytes !== undefined && written + bytes.length > limitBytes) throw Object.assign(new Error('ENOSPC: no space left on device (test limit)'), { code: 'ENOSPC' });
        for (let off = 0; off < bytes.length; ) off += writeSync(fd, bytes, off, bytes.length - off);
        written += bytes.length;
      } catch (error) {
        fail(error);
      }
    },
    /** fsync and close; the file keeps its `.partial` name until `commit`. */
    finish() {
      try {
        fsyncSync(fd!);
        closeSync(fd!);
        fd = null;
      } catch (error) {
        fail(error);
      }
    },
    commit() {
      try {
        commitPartial(partial, finalPath);
      } catch (error) {
        abort();
        throw error;
      }
    },
    abort,
  };
}
export type BackupSink = ReturnType<typeof backupSink>;
