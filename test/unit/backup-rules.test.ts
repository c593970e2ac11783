import { backupFileName, backupReminder, chinaTime, passphraseProblem, recoveryFileName, remindDays } from '#shared/domain/backup/backup-rules';
import { describe, expect, it } from 'vitest';

describe('passphraseProblem', () => {
  it.each([
    ['短口令', '备份口令至少 10 个字符（可以用一句好记的话）'],
    ['aaaaaaaaaaaa', '备份口令太简单（重复的字符太多），请换一句好记但不易猜的话'],
    [' 温泉街道备份口令二〇二六', '备份口令首尾不能有空格'],
    ['x'.repeat(201) + 'abcd', '备份口令不能超过 200 个字符'],
  ])('%s → %s', (p, problem) => expect(passphraseProblem(p)).toBe(problem));

  it('accepts a sentence, counting Chinese characters as one each', () => {
    expect(passphraseProblem('温泉街道备份口令二〇')).toBeNull();
    expect(passphraseProblem('温泉街道备份口令二')).not.toBeNull();
  });
});

describe('backupFileName', () => {
  it('office, UTC date and time, and the first 12 hex of the chain head', () => {
    expect(backupFileName('421202001', '2026-12-03T13:46:57.345Z', 'b5aa95d1ae13ffeeddcc')).toBe('backup-421202001-20261203-134657-b5aa95d1ae13.age');
    expect(backupFileName('421202001', '2026-12-03T13:46:57.345Z', '')).toBe('backup-421202001-20261203-134657-empty.age');
    expect(recoveryFileName('backup-1-2-3.age')).toBe('backup-1-2-3.recovery.age');
  });
});

describe('backupReminder', () => {
  const now = new Date('2026-12-10T02:00:00Z');
  it('reminds when nothing was ever verified', () => expect(backupReminder(null, now, 7)).toMatchObject({ due: true, daysSince: null }));
  it('is quiet within the interval', () => expect(backupReminder('2026-12-03T02:00:01Z', now, 7)).toEqual({ due: false, daysSince: 6, message: null }));
  it('reminds from the interval on, saying how long it has been', () => {
    expect(backupReminder('2026-12-03T02:00:00Z', now, 7)).toEqual({ due: true, daysSince: 7, message: '上次经过恢复演练的备份已是 7 天前（提醒间隔 7 天）。请在“备份”页制作新备份并运行恢复演练。' });
    expect(backupReminder('2026-12-03T02:00:00Z', now, 30).due).toBe(false);
  });
});

describe('remindDays', () => {
  it.each([
    [null, 7],
    ['14', 14],
    ['0', 7],
    ['91', 7],
    ['3.5', 7],
    ['七', 7],
  ])('%s → %i', (stored, days) => expect(remindDays(stored)).toBe(days));
});

describe('chinaTime', () => {
  it('is Beijing time whatever the machine’s zone, across midnight', () => {
    expect(chinaTime('2026-12-31T16:30:00.000Z')).toBe('2027年1月1日 00:30');
    expect(chinaTime('not a time')).toBe('not a time');
  });
});
