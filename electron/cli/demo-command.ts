import type { LedgerApp } from '#core/app/ledger-app';
import { fillDemo } from '#core/demo/fill-demo';
import { AppError } from '#core/errors';
import type { Session } from '#core/call-context';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { prng } from '#core/demo/seeded-ports';
import { demoState, partialDemoError } from '#core/demo/demo-state';
import { shanghaiDate, shanghaiStartOfDay } from '#shared/domain/disputes/work-calendar';
import { randomBytes } from 'node:crypto';
import { performance } from 'node:perf_hooks';

/**
 * Cases a plain `demo` writes into a new ledger, over the last months, so a new user's
 * 工作台, 台账 and 每月研判 have something in them. `--disputes N` sets another number
 * (0 for none; a million for the benchmark).
 */
export const DEFAULT_DEMO_DISPUTES = 300;

/** `demo [--seed N] [--password-stdin] [--disputes N]`: a realistic data set in an empty ledger. */
export async function demoCommand(app: LedgerApp, session: Session, options: { seed?: string; password?: string; disputes?: string }): Promise<number> {
  const seed = options.seed === undefined ? 1 : Number(options.seed);
  if (!Number.isInteger(seed) || seed < 0) throw new AppError('invalid-input', '--seed 应为非负整数。');
  const generated = options.password === undefined;
  const password = options.password ?? randomBytes(9).toString('base64url');
  // A demo cut off half-way (it is many transactions) is refused with what to do, not built on.
  if (demoState(app.ledger) === 'partial') throw partialDemoError(app.dataDir);
  const hasRegistry = await registryFilled(app);
  // The default cases go into a new demo ledger only: a second plain run adds nothing.
  const disputes = options.disputes === undefined ? (hasRegistry ? 0 : DEFAULT_DEMO_DISPUTES) : Number(options.disputes);
  if (!Number.isInteger(disputes) || disputes < 0 || disputes > 5_000_000) throw new AppError('invalid-input', '--disputes 应为 0 到 5000000 之间的整数。');
  const summary = hasRegistry && disputes > 0 ? null : await fillDemo(app.ledger, session, { seed, password, dataDir: app.dataDir });
  if (summary) console.log(JSON.stringify(summary, null, 2));
  if (disputes > 0) {
    const t0 = performance.now();
    await fillBulkDisputesSealed(app.ledger, app.fields, {
      count: disputes,
      random: prng(seed * 7919 + 1),
      // Start of today in China: the same seed gives the same cases all day.
      now: shanghaiStartOfDay(shanghaiDate(new Date())),
      actor: session.principal?.actor ?? 'cli',
      onProgress: (done) => progress(done, disputes),
    });
    process.stderr.write('\n');
    console.log(JSON.stringify({ disputes, seconds: Math.round((performance.now() - t0) / 100) / 10 }));
  }
  if (!summary) return 0;
  if (summary.operators.length > 0) {
    // Shown once to the person who asked for it; never written to a log or the database.
    console.error(`演示账号：${summary.operators.join('、')}；密码：${generated ? password : '（从标准输入读入的密码）'}`);
  }
  return 0;
}

async function registryFilled(app: LedgerApp): Promise<boolean> {
  return (await app.services.registry.listEstates({})).length > 0;
}

/** A one-line progress bar on stderr (the terminal's own line, rewritten in place). */
function progress(done: number, total: number): void {
  const width = 30;
  const filled = Math.round((done / total) * width);
  process.stderr.write(`\r写入演示案件 [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total}`);
}
