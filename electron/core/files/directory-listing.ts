import type { ParsedInputOf } from '#shared/ipc/contract';
import { opendir, stat } from 'node:fs/promises';
import { posix, win32 } from 'node:path';
import { AppError } from '../errors';
import { under, userDirectory, type UserPathPolicy } from './user-paths';

/** A chooser lists at most this many entries of one folder (a folder of photos must not stall the page). */
export const LIST_LIMIT = 500;

const byName = new Intl.Collator('zh-CN', { numeric: true });

/**
 * The host's folder chooser: the starting places, or one folder's subfolders (and
 * .json files when asked), under the policy's roots only. The folder goes through
 * the same guard as a typed path (`userDirectory`: style, real path, roots), so the
 * chooser offers nothing the channels would then refuse. Hidden entries are left
 * out, a link is followed only if it stays under the roots, and reads are async so
 * a slow USB stick never blocks the host.
 */
export function createDirectoryListing(policy: UserPathPolicy) {
  const lib = policy.style === 'win32' ? win32 : posix;
  const places = () => (policy.places ?? (policy.roots ?? []).map((path) => ({ kind: 'removable' as const, label: path, path }))).map((p) => ({ ...p }));

  return {
    async list(input: ParsedInputOf<'files:list-directory'>) {
      // In Electron every path comes from a native dialog; listing folders to the renderer would defeat that.
      if (policy.typedPaths === false) throw new AppError('forbidden', '请用「选择…」按钮在对话框里选择文件或文件夹。');
      if (input.path === undefined) {
        return { path: null, parent: null, places: places(), entries: [], truncated: false };
      }
      const folder = userDirectory(policy, input.path, 'path');
      const entries: { name: string; path: string; kind: 'folder' | 'file' }[] = [];
      let truncated = false;
      const dir = await opendir(folder);
      for await (const entry of dir) {
        if (entry.name.startsWith('.')) continue;
        const path = lib.join(folder, entry.name);
        let kind: 'folder' | 'file' | null = null;
        if (entry.isDirectory()) kind = 'folder';
        else if (entry.isFile()) kind = 'file';
        else if (entry.isSymbolicLink()) {
          const target = await stat(path).catch(() => null);
          kind = target?.isDirectory() ? 'folder' : target?.isFile() ? 'file' : null;
          // A linked folder is offered only if it passes the same guard the channels apply; linked files never.
          if (kind === 'file' || (kind === 'folder' && !safeFolder(policy, path))) kind = null;
        }
        if (kind === null || (kind === 'file' && (input.show !== 'json' || !entry.name.toLowerCase().endsWith('.json')))) continue;
        if (entries.length >= LIST_LIMIT) {
          truncated = true;
          break;
        }
        entries.push({ name: entry.name, path, kind });
      }
      entries.sort((a, b) => (a.kind === b.kind ? byName.compare(a.name, b.name) : a.kind === 'folder' ? -1 : 1));
      const up = lib.dirname(folder);
      const parent = up !== folder && under(policy, up) ? up : null;
      return { path: folder, parent, places: places(), entries, truncated };
    },
  };
}

function safeFolder(policy: UserPathPolicy, path: string): boolean {
  try {
    userDirectory(policy, path);
    return true;
  } catch {
    return false;
  }
}
