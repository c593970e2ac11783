import type { LedgerApp } from '#core/app/ledger-app';
import { fillDemo } from '#core/demo/fill-demo';
import { AppError } from '#core/errors';
import type { Session } from '#core/rpc/call-context';
import { randomBytes } from 'node:crypto';

/** `demo [--seed N] [--password P]`: a realistic data set in an empty ledger. */
export async function demoCommand(app: LedgerApp, session: Session, options: { seed?: string; password?: string }): Promise<number> {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new AppError('invalid-input', '--seed 应为非负整数。');
  const generated = options.password === undefined;
  const password = options.password ?? randomBytes(9).toString('base64url');
  const summary = await fillDemo(app.ledger, session, { seed, password, dataDir: app.dataDir });
  console.log(JSON.stringify(summary, null, 2));
  if (summary.operators.length > 0) {
    // Shown once to the person who asked for it; never written to a log or the database.
    console.error(`演示账号：${summary.operators.join('、')}；密码：${generated ? password : '（--password 所给）'}`);
  }
  return 0;
}
