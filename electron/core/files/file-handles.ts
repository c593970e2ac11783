import { randomBytes } from 'node:crypto';
import { isFileHandle, type HandlePurpose } from '#shared/ipc/file-handles';
import { AppError } from '../errors';

/**
 * The handles the Electron main process issues after a native dialog: handle →
 * the path the person picked, for one purpose, for a while. The renderer sees only
 * the handle (`fh_` and 128 random bits); a channel that takes a path resolves it
 * here. Plain Node, so it is unit-tested without Electron.
 */
export type FileHandle = string & { readonly __fileHandle: unique symbol };

type Entry = { path: string; label: string; purpose: HandlePurpose; expiresAt: number };

export type FileHandleRegistry = {
  issue(purpose: HandlePurpose, path: string, label: string): FileHandle;
  /** The path and its label, or an AppError naming `field` if the handle is unknown, expired or for another purpose. */
  resolve(handle: string, purpose: HandlePurpose, field: string): { path: string; label: string };
  /** The label to show in a message, or null for a handle it does not know. */
  labelOf(handle: string): string | null;
  readonly size: number;
};

export type HandleRegistryOptions = {
  /** Milliseconds since the epoch: the main process passes Date.now, tests a fixed clock. */
  now: () => number;
  /** How long a handle stays valid: long enough to fill in the rest of a form. */
  ttlMs?: number;
  /** At most this many live handles; the oldest makes room (each dialog issues one). */
  max?: number;
};

export const HANDLE_TTL_MS = 30 * 60_000;
export const HANDLE_MAX = 64;

const PURPOSE_NAMES: Record<HandlePurpose, string> = { 'read-file': '要读取的文件', 'write-dir': '保存位置（文件夹）', 'write-file': '要保存的文件' };

const refuse = (field: string, message: string) => new AppError('invalid-input', message, [{ path: [field], message }]);

export function createFileHandleRegistry({ now, ttlMs = HANDLE_TTL_MS, max = HANDLE_MAX }: HandleRegistryOptions): FileHandleRegistry {
  // A Map keeps insertion order, so the first key is the oldest handle.
  const entries = new Map<string, Entry>();

  const sweep = () => {
    const at = now();
    for (const [handle, entry] of entries) if (entry.expiresAt <= at) entries.delete(handle);
  };

  return {
    issue(purpose, path, label) {
      sweep();
      while (entries.size >= max) entries.delete(entries.keys().next().value as string);
      const handle = `fh_${randomBytes(16).toString('base64url')}` as FileHandle;
      entries.set(handle, { path, label, purpose, expiresAt: now() + ttlMs });
      return handle;
    },
    resolve(handle, purpose, field) {
      if (!isFileHandle(handle)) throw refuse(field, '请用「选择」按钮重新选择文件或文件夹。');
      sweep();
      const entry = entries.get(handle);
      if (!entry) throw refuse(field, '所选的文件或文件夹已过期（超过 30 分钟或程序已重启），请重新选择。');
      if (entry.purpose !== purpose) throw refuse(field, `所选的不是${PURPOSE_NAMES[purpose]}，请重新选择。`);
      return { path: entry.path, label: entry.label };
    },
    labelOf(handle) {
      return entries.get(handle)?.label ?? null;
    },
    get size() {
      sweep();
      return entries.size;
    },
  };
}
