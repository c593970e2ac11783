// Files move by path: over the loopback host the clerk types a folder or picks it in the
// folder chooser, and these helpers put a file name beside it the way that system writes paths.
// (In the Electron window the field holds a native dialog's handle, which is never remembered.)
import { isFileHandle } from '#shared/ipc/file-handles';

const LAST_DIRECTORY = 'ledger.sync.directory';

/** `name` inside `directory`, with the separator the directory already uses (E:\ → backslash). */
export function joinPath(directory: string, name: string): string {
  const dir = directory.trim();
  const windows = /^[A-Za-z]:/.test(dir) || dir.startsWith('\\\\') || (dir.includes('\\') && !dir.includes('/'));
  const sep = windows ? '\\' : '/';
  return dir.endsWith('/') || dir.endsWith('\\') ? `${dir}${name}` : `${dir}${sep}${name}`;
}

/** The last part of a path, e.g. the bundle's file name. */
export function baseName(path: string): string {
  return path.split(/[\\/]/).filter(Boolean).pop() ?? path;
}

/** The folder last written to (the USB stick), offered again in the next form of this window. */
export function lastDirectory(): string {
  try {
    return sessionStorage.getItem(LAST_DIRECTORY) ?? '';
  } catch {
    return '';
  }
}

export function rememberDirectory(directory: string): void {
  if (isFileHandle(directory.trim())) return;
  try {
    sessionStorage.setItem(LAST_DIRECTORY, directory.trim());
  } catch {
    // Storage disabled: the next form simply starts empty.
  }
}

/** Sequence numbers as the receipt summary lists them: 1、2、3. */
export const seqList = (seqs: number[]): string => seqs.join('、');
