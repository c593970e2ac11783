import { accessSync, chmodSync, closeSync, constants, existsSync, fchmodSync, mkdirSync, openSync, readSync, statSync } from 'node:fs';
import { homedir, platform } from 'node:os';
import { join } from 'node:path';
import { AppError } from '../errors';

const APP_DIR = 'street-ledger';

/**
 * The persistent per-user data directory shared by `npm start`, the host and the
 * CLI (never a temp dir): %APPDATA% on Windows, ~/Library/Application Support on
 * macOS, $XDG_DATA_HOME or ~/.local/share elsewhere. `LEDGER_DATA_DIR` overrides it.
 */
export function defaultDataDir(env: NodeJS.ProcessEnv = process.env): string {
  if (env.LEDGER_DATA_DIR) return env.LEDGER_DATA_DIR;
  const home = homedir();
  if (platform() === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), APP_DIR);
  if (platform() === 'darwin') return join(home, 'Library', 'Application Support', APP_DIR);
  return join(env.XDG_DATA_HOME ?? join(home, '.local', 'share'), APP_DIR);
}

/** Folders and files the app keeps hold personal data: owner only, whatever the umask. */
export const PRIVATE_DIR = 0o700;
export const PRIVATE_FILE = 0o600;
// Windows has no POSIX modes; there the per-user profile folder (%APPDATA%) already keeps other accounts out.
const POSIX = process.platform !== 'win32';

/**
 * Creates the directory if needed (0700) and proves it is writable, or fails with one
 * clear sentence. An existing data dir from before is tightened to 0700 as well.
 */
export function ensureWritableDir(dir: string): void {
  try {
    mkdirSync(dir, { recursive: true, mode: PRIVATE_DIR });
    if (!statSync(dir).isDirectory()) throw new Error('not a directory');
    if (POSIX) chmodSync(dir, PRIVATE_DIR);
    accessSync(dir, constants.W_OK);
  } catch {
    throw new AppError('data-dir-unwritable', `数据目录无法写入：${dir}。请换一个有写权限的文件夹，或请管理员开通权限。`);
  }
}

const SQLITE_HEADER = 'SQLite format 3\0';

/**
 * Refuses a file that exists but is not SQLite before SQLite touches it, so a
 * wrongly chosen file is never modified (no WAL or journal is created beside it).
 */
export function assertSqliteFile(file: string): void {
  let size: number;
  try {
    size = statSync(file).size;
  } catch {
    return; // does not exist yet: it will be created
  }
  if (size === 0) return;
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, header, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  if (header.toString('latin1') !== SQLITE_HEADER) {
    throw new AppError('not-a-database', `文件 ${file} 不是台账数据库（不是 SQLite 文件），程序没有改动它。请检查数据目录是否选错。`);
  }
}

/**
 * Makes the database file 0600 before SQLite opens it: SQLite creates a new file 0644
 * (less the umask) and gives its -wal and -shm files the database file's mode, so
 * creating it ourselves, empty (SQLite reads a zero-length file as a new database),
 * keeps all three owner-only. Existing files from before are tightened too.
 */
export function ensurePrivateDbFile(file: string): void {
  if (!POSIX) return;
  if (!existsSync(file)) {
    const fd = openSync(file, 'a', PRIVATE_FILE);
    try {
      fchmodSync(fd, PRIVATE_FILE);
    } finally {
      closeSync(fd);
    }
  }
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (existsSync(f)) chmodSync(f, PRIVATE_FILE);
}
