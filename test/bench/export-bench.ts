// The ledger export's figures (issue #8): time and peak memory of `disputes:export-ledger`
// for 100,000 cases (BENCH_EXPORT_DISPUTES to change it), for smaller filters, and once
// with V8's heap capped, to show that memory does not grow with the rows. Each export
// runs in a fresh child process on the finished ledger, so its peak RSS is the export's
// own, not the generator's.
// Prints figures, asserts nothing. Run alone with `npm run bench:export`.
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { nodePorts } from '#core/db/node-ports';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { prng } from '#core/demo/seeded-ports';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';

const SYSTEM: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
const MB = 1024 * 1024;

/** In the child: one export, sampling RSS and heap every 10 ms; prints one JSON line. */
async function exportOnce(dir: string, filter: Record<string, unknown>): Promise<void> {
  const app = await openLedgerApp(dir, nodePorts(), () => {});
  const before = process.memoryUsage();
  let rss = before.rss;
  let heap = before.heapUsed;
  const sampler = setInterval(() => {
    const m = process.memoryUsage();
    rss = Math.max(rss, m.rss);
    heap = Math.max(heap, m.heapUsed);
  }, 10);
  const t0 = performance.now();
  const r = await app.dispatch('disputes:export-ledger', filter, SYSTEM);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  if (!r.ok) throw new Error(r.error.message);
  const value = r.value as { file: string; rows: number };
  const figures = { rows: value.rows, seconds, rssBefore: before.rss / MB, rssPeak: rss / MB, heapPeak: heap / MB, maxRss: (process.resourceUsage().maxRSS * 1024) / MB, fileMb: statSync(value.file).size / MB };
  console.log(JSON.stringify(figures));
  await app.close();
}

/** In the parent: a ledger of `count` cases, then one child per filter. */
export async function benchExport(count = Number(process.env.BENCH_EXPORT_DISPUTES ?? 100_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-export-'));
  try {
    const app = await openLedgerApp(dir, nodePorts(), () => {});
    await fillDemo(app.ledger, SYSTEM, { seed: 11, password: 'bench-password-1', dataDir: dir });
    await fillBulkDisputesSealed(app.ledger, app.fields, { count, random: prng(11), now: new Date(), actor: 'cli:bench' });
    await app.close();
    console.log(`\nledger export (.xlsx, streamed): ${count.toLocaleString('en')} cases`);
    const self = fileURLToPath(import.meta.url);
    // The last run caps V8's old space at 64 MB: it completes only if nothing grows with the rows.
    for (const [label, filter, nodeOptions] of [
      ['every case, nearest deadline first', {}, ''],
      ['every case, newest first', { sort: 'received-desc' }, ''],
      ['one category (物业费, about a third)', { category: ['property-fee'] }, ''],
      ['one category (公共收益, a few thousand)', { category: ['public-revenue'] }, ''],
      ['every case, heap capped at 64 MB', {}, '--max-old-space-size=64'],
    ] as const) {
      const env = { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${nodeOptions}`.trim() };
      const out = execFileSync(join(process.cwd(), 'node_modules', '.bin', 'tsx'), [self, '--export', dir, JSON.stringify(filter)], { encoding: 'utf8', maxBuffer: 1 << 20, env });
      const f = JSON.parse(out.trim().split('\n').pop()!) as Record<string, number>;
      console.log(
        `${label.padEnd(38)} ${String(f.rows).padStart(7)} rows  ${f.seconds!.toFixed(1).padStart(5)} s  ${Math.round(f.rows! / f.seconds!).toLocaleString('en').padStart(7)} rows/s  ` +
          `RSS ${f.rssBefore!.toFixed(0)} → peak ${f.rssPeak!.toFixed(0)} MB (max RSS ${f.maxRss!.toFixed(0)})  heap peak ${f.heapPeak!.toFixed(0)} MB  file ${f.fileMb!.toFixed(1)} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [, entry, flag, dir, filter] = process.argv;
if (entry && fileURLToPath(import.meta.url) === entry) {
  const run = flag === '--export' && dir ? exportOnce(dir, JSON.parse(filter ?? '{}') as Record<string, unknown>) : benchExport();
  run.then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
