import { existsSync, realpathSync, statSync } from 'node:fs';
import { homedir, userInfo } from 'node:os';
import { posix, win32 } from 'node:path';
import { isFileHandle, type HandlePurpose } from '#shared/ipc/file-handles';
import { AppError } from '../errors';
import { readRegularFile, ReadRefused } from './bounded-read';
import type { FileHandleRegistry } from './file-handles';
import { userPlaces, type Place } from './user-places';

/**
 * The one guard for paths a person names: the folder for a bundle or a backup, the
 * file of the city's keys, a policy pack. The renderer is untrusted, so the host's
 * policy accepts only folders under the user's home and removable media; the CLI's
 * (the OS user at the terminal, who already holds the database) accepts any folder.
 * Both refuse the other platform's path style (`\\server\share` is a relative name
 * on Linux and would land in the working directory), anything but a regular file
 * to read, a file over the limit of its kind, and overwriting a file that exists.
 * The Electron window's policy takes only handles its native dialogs issued
 * (`file-handles.ts`): the same checks, for the picked path, without the roots.
 */
export type UserPathPolicy = {
  style: 'posix' | 'win32';
  /** Real paths of the folders a path must lie under; null: anywhere. */
  roots: readonly string[] | null;
  /**
   * The handles native dialogs issued (Electron). A handle stands for the path the
   * person picked, so it is not held to `roots`: like the CLI, that is their own choice.
   */
  handles?: FileHandleRegistry;
  /** False in Electron: every path comes from a native dialog, and a typed one is refused. */
  typedPaths?: boolean;
  /** Where the host's folder chooser starts (home, Desktop, …, removable drives); none: the roots themselves. */
  places?: readonly Place[];
};

/** Size limits per kind of file read: checked on the open file before reading. */
export const READ_LIMITS = {
  'city-keys': 1 << 20,
  registration: 1 << 20,
  receipt: 1 << 20,
  'policy-pack': 8 << 20,
} as const satisfies Record<string, number>;
export type ReadKind = keyof typeof READ_LIMITS;

const KIND_NAMES: Record<ReadKind, string> = { 'city-keys': '市级公钥文件', registration: '街道登记文件', receipt: '市级回执', 'policy-pack': '政策包' };

const styleOf = (platform: NodeJS.Platform): UserPathPolicy['style'] => (platform === 'win32' ? 'win32' : 'posix');

/** The CLI and tests: the OS user's own choice, any folder. */
export const trustedPathPolicy = (platform: NodeJS.Platform = process.platform): UserPathPolicy => ({ style: styleOf(platform), roots: null });

/**
 * The loopback host: the user's home and the mount points of removable media
 * (`/media/<user>`, `/run/media/<user>`, `/mnt` on Linux, `/Volumes` on macOS, drive
 * letters other than the system drive on Windows), plus `extraRoots`
 * (`LEDGER_USER_ROOTS`, set by whoever starts the host). Roots that do not exist
 * are skipped, and both the roots and the chooser's places are looked up anew at
 * each use, so a stick plugged in later counts.
 */
export function hostPathPolicy(
  env: { platform?: NodeJS.Platform; home?: string; user?: string; extraRoots?: readonly string[]; systemDrive?: string } = {},
): UserPathPolicy {
  const platform = env.platform ?? process.platform;
  const home = env.home ?? homedir();
  const user = env.user ?? userInfo().username;
  const candidates = [home, ...(env.extraRoots ?? [])];
  if (platform === 'linux') candidates.push(`/media/${user}`, `/run/media/${user}`, '/mnt');
  if (platform === 'darwin') candidates.push('/Volumes');
  if (platform === 'win32') {
    const system = (env.systemDrive ?? process.env.SystemDrive ?? 'C:').toUpperCase();
    for (let c = 65; c <= 90; c++) if (`${String.fromCharCode(c)}:` !== system) candidates.push(`${String.fromCharCode(c)}:\\`);
  }
  const systemDrive = env.systemDrive ?? process.env.SystemDrive ?? 'C:';
  const realRoots = () => candidates.filter((r) => existsSync(r)).map((r) => realpathSync(r));
  // Read again at every check: a USB stick plugged in after the host started (and
  // /media/<user>, which appears with the first one) must be accepted and offered.
  return {
    style: styleOf(platform),
    get roots() {
      return realRoots();
    },
    get places() {
      const roots = realRoots();
      const within = { style: styleOf(platform), roots };
      const places = userPlaces({ platform, home, user, systemDrive }).filter((p) => under(within, p.path));
      const extras = (env.extraRoots ?? []).filter((r) => existsSync(r)).map((r) => realpathSync(r)).filter((root) => !places.some((p) => p.path === root));
      return [...places, ...extras.map((path) => ({ kind: 'removable' as const, label: path, path }))];
    },
  };
}

/** `LEDGER_USER_ROOTS`: extra folders the host accepts, separated like PATH. */
export const extraRootsFromEnv = (value = process.env.LEDGER_USER_ROOTS, platform: NodeJS.Platform = process.platform): string[] =>
  (value ?? '').split(platform === 'win32' ? ';' : ':').filter((p) => p.trim().length > 0);

const refuse = (field: string, message: string) => new AppError('invalid-input', message, [{ path: [field], message }]);

/** What to call `input` in a message: a handle by the name of what was picked, a path as typed. */
export const shownPath = (policy: UserPathPolicy, input: string): string => (isFileHandle(input) ? (policy.handles?.labelOf(input) ?? '所选文件') : input);

/** A handle resolved for `purpose`, or null when `input` is a typed path the policy accepts. */
function fromHandle(policy: UserPathPolicy, input: string, purpose: HandlePurpose, field: string): string | null {
  if (isFileHandle(input)) {
    if (!policy.handles) throw refuse(field, '这里不能使用文件句柄，请直接选择或填写文件夹。');
    return policy.handles.resolve(input, purpose, field).path;
  }
  if (policy.typedPaths === false) throw refuse(field, '请用「选择…」按钮在对话框里选择文件或文件夹，不能直接填写路径。');
  return null;
}

function checkShape(policy: UserPathPolicy, input: string, field: string): string {
  const lib = policy.style === 'win32' ? win32 : posix;
  const winLike = /^[A-Za-z]:/.test(input) || input.startsWith('\\');
  if (policy.style === 'posix' && (winLike || input.includes('\\'))) {
    throw refuse(field, `「${input}」是 Windows 的路径写法，本机不能用。请选择本机的文件夹（例如 /media/U盘）。`);
  }
  if (policy.style === 'win32' && (input.startsWith('/') || input.startsWith('\\\\'))) {
    throw refuse(field, `「${input}」不是本机磁盘上的路径，请选择本机磁盘或U盘上的文件夹（例如 E:\\）。`);
  }
  if (!lib.isAbsolute(input)) throw refuse(field, '请给出完整路径（例如 /media/U盘 或 E:\\）。');
  return lib.normalize(input);
}

/** Whether a real path lies under one of the policy's roots (always, for a policy without roots). */
export function under(policy: UserPathPolicy, real: string): boolean {
  if (policy.roots === null) return true;
  const lib = policy.style === 'win32' ? win32 : posix;
  const fold = (p: string) => (policy.style === 'win32' ? p.toLowerCase() : p);
  return policy.roots.some((root) => {
    const rel = lib.relative(fold(root), fold(real));
    return rel === '' || (!rel.startsWith('..') && !lib.isAbsolute(rel));
  });
}

function outsideRoots(input: string, field: string): AppError {
  return refuse(field, `「${input}」不在允许的位置。只能选择您的个人文件夹或U盘、移动硬盘上的文件夹。`);
}

/** A folder to write into: right style, exists, is a folder, and (by its real path) under a root. Returns the real path. */
export function userDirectory(policy: UserPathPolicy, input: string, field = 'directory'): string {
  const picked = fromHandle(policy, input, 'write-dir', field);
  const path = picked ?? checkShape(policy, input, field);
  const shown = shownPath(policy, input);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new AppError('target-unwritable', `找不到文件夹「${shown}」，请确认U盘已插好，再重新选择保存位置。`);
  }
  if (picked === null && !under(policy, real)) throw outsideRoots(input, field);
  if (!statSync(real).isDirectory()) throw new AppError('target-unwritable', `「${shown}」不是文件夹，请重新选择保存位置（例如U盘的根目录）。`);
  return real;
}

/**
 * A new file to write: its folder passes `userDirectory`, and nothing exists at the
 * name yet, because the app never overwrites a file it did not create (it cannot
 * know which it did). Returns the real folder joined with the file name.
 */
export function newUserFile(policy: UserPathPolicy, input: string, field = 'file'): string {
  const picked = fromHandle(policy, input, 'write-file', field);
  const path = picked ?? checkShape(policy, input, field);
  const lib = policy.style === 'win32' ? win32 : posix;
  const name = lib.basename(path);
  if (name === '' || name === '.' || name === '..') throw refuse(field, '请给出文件名（例如 registration.json）。');
  // A picked file's folder was picked with it; a typed one's folder is checked like any typed folder.
  const folder = picked === null ? userDirectory(policy, lib.dirname(path), field) : userDirectory({ ...policy, roots: null, typedPaths: true }, lib.dirname(path), field);
  const target = lib.join(folder, name);
  let exists = true;
  try {
    statSync(target);
  } catch {
    exists = false;
  }
  if (exists) throw new AppError('conflict', `「${shownPath(policy, input)}」已经存在，不会覆盖。请换一个文件名，或先把原文件移走。`, [{ path: [field], message: '文件已存在' }]);
  return target;
}

/** Reads a file a person named: right style, under a root, a regular file within the limit of its kind; never blocks the event loop. */
export async function readUserFile(policy: UserPathPolicy, typed: string, kind: ReadKind, field = 'file'): Promise<Buffer> {
  const picked = fromHandle(policy, typed, 'read-file', field);
  const path = picked ?? checkShape(policy, typed, field);
  const input = shownPath(policy, typed);
  const what = KIND_NAMES[kind];
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new AppError('not-found', `无法读取文件「${input}」：找不到这个文件，请确认路径正确、U盘已插好。`);
  }
  if (picked === null && !under(policy, real)) throw outsideRoots(input, field);
  try {
    return await readRegularFile(real, READ_LIMITS[kind]);
  } catch (error) {
    if (!(error instanceof ReadRefused)) throw error;
    const r = error.refusal;
    if (r.kind === 'missing') throw new AppError('not-found', `无法读取文件「${input}」：找不到这个文件，请确认路径正确、U盘已插好。`);
    if (r.kind === 'not-a-file') throw refuse(field, `「${input}」不是普通文件（是文件夹或设备），请选择${what}。`);
    if (r.kind === 'too-large') throw refuse(field, `「${input}」太大（超过 ${Math.round(READ_LIMITS[kind] / 1048576)} MB），不是${what}。`);
    throw new AppError('not-found', `无法读取文件「${input}」，请确认有权限读取、U盘已插好。`);
  }
}

/**
 * The real path of an existing file a person named, to be read as a stream (a
 * backup of gigabytes cannot go through `readUserFile`): right style and under a
 * root, like the others. Whether it is a regular file is checked by the reader on
 * the open descriptor (opened non-blocking, so a FIFO cannot hold it).
 */
export function existingUserFile(policy: UserPathPolicy, input: string, field = 'file'): string {
  const path = checkShape(policy, input, field);
  let real: string;
  try {
    real = realpathSync(path);
  } catch {
    throw new AppError('not-found', `无法读取文件「${input}」：找不到这个文件，请确认路径正确、U盘已插好。`, [{ path: [field], message: '找不到这个文件' }]);
  }
  if (!under(policy, real)) throw outsideRoots(input, field);
  return real;
}
