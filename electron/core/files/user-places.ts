import { existsSync, readdirSync, realpathSync, statSync } from 'node:fs';
import { posix, win32 } from 'node:path';
import type { PLACE_KINDS } from '#shared/ipc/contract/files.contract';

export type PlaceKind = (typeof PLACE_KINDS)[number];
/** A starting point of the host's folder chooser: a real folder path and what to call it. */
export type Place = { kind: PlaceKind; label: string; path: string };

export type PlacesEnv = { platform: NodeJS.Platform; home: string; user: string; systemDrive: string };

// English folder names, then the ones a Chinese desktop (XDG user dirs, zh_CN) creates.
const USER_FOLDERS: { kind: PlaceKind; label: string; names: string[] }[] = [
  { kind: 'desktop', label: '桌面', names: ['Desktop', '桌面'] },
  { kind: 'documents', label: '文档', names: ['Documents', '文档'] },
  { kind: 'downloads', label: '下载', names: ['Downloads', '下载'] },
];

const isFolder = (path: string): boolean => {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false;
  }
};

/** The visible subfolders of a mount folder (each one a mounted drive), or none. */
function mountsUnder(folder: string, lib: typeof posix): string[] {
  try {
    return readdirSync(folder)
      .filter((name) => !name.startsWith('.'))
      .map((name) => lib.join(folder, name))
      .filter(isFolder);
  } catch {
    return [];
  }
}

/**
 * The user's home and its Desktop, Documents and Downloads, then the removable
 * drives: `/media/<user>/*`, `/run/media/<user>/*` and `/mnt/*` on Linux,
 * `/Volumes/*` on macOS, on Windows every drive letter but the system drive (Node
 * cannot tell a USB stick from a second fixed disk without asking the shell, so
 * both are offered). Only folders that exist, by their real path, each once.
 */
export function userPlaces(env: PlacesEnv): Place[] {
  const lib = env.platform === 'win32' ? win32 : posix;
  const found: Place[] = [{ kind: 'home', label: '个人文件夹', path: env.home }];
  for (const folder of USER_FOLDERS) {
    const path = folder.names.map((name) => lib.join(env.home, name)).find(isFolder);
    if (path) found.push({ kind: folder.kind, label: folder.label, path });
  }
  const removable: string[] = [];
  if (env.platform === 'linux') for (const root of [`/media/${env.user}`, `/run/media/${env.user}`, '/mnt']) removable.push(...mountsUnder(root, lib));
  if (env.platform === 'darwin') removable.push(...mountsUnder('/Volumes', lib));
  if (env.platform === 'win32') {
    for (let c = 65; c <= 90; c++) {
      const drive = `${String.fromCharCode(c)}:`;
      if (drive !== env.systemDrive.toUpperCase() && existsSync(`${drive}\\`)) removable.push(`${drive}\\`);
    }
  }
  for (const path of removable) found.push({ kind: 'removable', label: env.platform === 'win32' ? path.slice(0, 2) : lib.basename(path), path });
  const seen = new Set<string>();
  return found.flatMap((place) => {
    let real: string;
    try {
      real = realpathSync(place.path);
    } catch {
      return [];
    }
    if (seen.has(real)) return [];
    seen.add(real);
    return [{ ...place, path: real }];
  });
}
