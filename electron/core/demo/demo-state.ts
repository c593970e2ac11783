import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import * as names from './demo-names';

/** Staff members a finished demo has (fill-demo.ts writes them last). */
export const DEMO_STAFF = 10;
export const DEMO_ADMIN_NAME = '系统管理员';
export const DEMO_USERNAMES = ['zhuren', 'tiaojie1', 'tiaojie2', 'shencha', 'jilu'] as const;

/**
 * What a ledger holds before `demo` writes: nothing yet (`empty`, a wizard-made
 * ledger included), a finished demo (`complete`), the start of one that was cut
 * off (`partial`: the demo's office or accounts exist but not all its staff,
 * which are written last), or someone's own data (`other`). The demo is many
 * transactions (the same channels a clerk uses), so a kill leaves `partial`.
 */
export function demoState(ledger: Ledger): 'empty' | 'complete' | 'partial' | 'other' {
  const count = (sql: string, ...args: unknown[]) => (ledger.raw.prepare(sql).pluck().get(...args) as number) ?? 0;
  // The demo bootstraps its own office with this administrator; a wizard-made ledger has its own names.
  const demoBootstrap =
    count('SELECT count(*) FROM offices WHERE division_code = ? AND name = ?', names.OFFICE.divisionCode, names.OFFICE.name) > 0 &&
    count("SELECT count(*) FROM operators WHERE username = 'admin' AND display_name = ?", DEMO_ADMIN_NAME) > 0;
  const demoAccounts = count(`SELECT count(*) FROM operators WHERE username IN (${DEMO_USERNAMES.map(() => '?').join(',')})`, ...DEMO_USERNAMES);
  const communities = count('SELECT count(*) FROM communities');
  const staff = count('SELECT count(*) FROM staff WHERE deleted_at IS NULL');
  if (!demoBootstrap && demoAccounts === 0) return communities > 0 ? 'other' : 'empty';
  if (communities > 0 && staff >= DEMO_STAFF && demoAccounts === DEMO_USERNAMES.length) return 'complete';
  return 'partial';
}

/** The refusal for a ledger left half-filled by an interrupted demo, saying what to do. */
export function partialDemoError(dataDir: string): AppError {
  return new AppError(
    'conflict',
    `这个台账里只有一部分演示数据：上次写入演示数据没有完成（程序被中断），不能在此基础上继续。请删除数据目录「${dataDir}」（其中只有演示数据）后重新运行 demo，或用 --data-dir 换一个空的数据目录。`,
  );
}
