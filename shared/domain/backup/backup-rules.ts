/**
 * Rules of backups that the service enforces and the screens offer: how strong a
 * passphrase must be, what a backup file is called, and when the dashboard says
 * the last verified backup is too old.
 */

export const PASSPHRASE_MIN = 10;
export const PASSPHRASE_MAX = 200;

/** Why a passphrase is refused, in Chinese, or null when it is acceptable. */
export function passphraseProblem(passphrase: string): string | null {
  const chars = [...passphrase];
  if (chars.length < PASSPHRASE_MIN) return `备份口令至少 ${PASSPHRASE_MIN} 个字符（可以用一句好记的话）`;
  if (chars.length > PASSPHRASE_MAX) return `备份口令不能超过 ${PASSPHRASE_MAX} 个字符`;
  if (new Set(chars).size < 4) return '备份口令太简单（重复的字符太多），请换一句好记但不易猜的话';
  if (passphrase.trim() !== passphrase) return '备份口令首尾不能有空格';
  return null;
}

/**
 * `备份-<office code>-<yyyymmdd-hhmmss UTC>-<first 12 hex of the chain head>.age`:
 * office, date and chain head, so two backups never share a name and a person
 * can see which is newest and which state of the log it holds.
 */
export function backupFileName(officeCode: string, createdAt: string, chainHeadHash: string): string {
  const stamp = createdAt.replace(/\.\d+Z$/, 'Z').replace(/[-:]/g, '').replace('T', '-').replace('Z', '');
  const head = chainHeadHash ? chainHeadHash.slice(0, 12) : 'empty';
  return `backup-${officeCode}-${stamp}-${head}.age`;
}

/** The companion file holding the passphrase sealed to the office's recovery key. */
export const recoveryFileName = (backupFile: string) => backupFile.replace(/\.age$/, '.recovery.age');

/** Days between reminders by default, and the range a person may choose (prefs key `backup.remind-days`). */
export const REMIND_DAYS_DEFAULT = 7;
export const REMIND_DAYS_MIN = 1;
export const REMIND_DAYS_MAX = 90;
export const REMIND_PREF_KEY = 'backup.remind-days';

/** The interval a stored preference gives, falling back to the default for a missing or bad value. */
export function remindDays(stored: string | null): number {
  const n = stored === null ? NaN : Number(stored);
  return Number.isInteger(n) && n >= REMIND_DAYS_MIN && n <= REMIND_DAYS_MAX ? n : REMIND_DAYS_DEFAULT;
}

export type BackupReminder = { due: boolean; message: string | null; daysSince: number | null };

/**
 * Whether to remind: no verified backup at all, or the last one older than
 * `days`. `now` is passed in (the ports' clock), never read here.
 */
export function backupReminder(lastVerifiedAt: string | null, now: Date, days: number): BackupReminder {
  if (!lastVerifiedAt) return { due: true, daysSince: null, message: '还没有经过恢复演练的备份。请在“备份”页制作备份并运行恢复演练。' };
  const since = Math.floor((now.getTime() - new Date(lastVerifiedAt).getTime()) / 86_400_000);
  if (since < days) return { due: false, daysSince: since, message: null };
  return { due: true, daysSince: since, message: `上次经过恢复演练的备份已是 ${since} 天前（提醒间隔 ${days} 天）。请在“备份”页制作新备份并运行恢复演练。` };
}

/** An instant as Beijing time for a sentence, e.g. 2026年12月3日 21:46 (China keeps UTC+8 all year). */
export function chinaTime(iso: string): string {
  const d = new Date(Date.parse(iso) + 8 * 3_600_000);
  if (Number.isNaN(d.getTime())) return iso;
  const two = (n: number) => String(n).padStart(2, '0');
  return `${d.getUTCFullYear()}年${d.getUTCMonth() + 1}月${d.getUTCDate()}日 ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}
