// `npm run bench`: prints figures, asserts nothing (timings on shared machines are noisy).
import { openLedgerApp } from '#core/app/ledger-app';
import { fillDemo } from '#core/demo/fill-demo';
import { nodePorts } from '#core/db/node-ports';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { benchCommittees } from './committees-bench';
import { benchDisputes } from './disputes-bench';
import { benchExport } from './export-bench';
import { benchFirstGrid } from './first-grid';
import { benchMeetings } from './meetings-bench';
import { benchSync } from './sync-bench';
// --- policy (政策包) ---
import { benchPolicy } from './policy-bench';
// backup (issue 12)
import { benchBackup } from './backup-bench';
import { line, ms, summarize } from './stats';
// actions (整改清单)
import { benchActions } from './actions-bench';

const PASSWORD = 'bench-password-1';
const ROOT = process.cwd();

async function prepare(dir: string) {
  const app = await openLedgerApp(dir, nodePorts(), () => {});
  await fillDemo(app.ledger, { principal: { actor: 'cli:bench', role: 'system', operatorId: null } }, { seed: 1, password: PASSWORD, dataDir: dir });
  await app.close();
}

/** Spawns the real host process and times spawn → the READY line. */
function hostStart(dir: string): Promise<{ ms: number; url: string; stop(): void }> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(join(ROOT, 'node_modules', '.bin', 'tsx'), [join(ROOT, 'electron', 'host', 'main.ts'), '--data-dir', dir], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => {
      out += chunk.toString();
      const match = /READY (\S+)/.exec(out);
      if (match) resolve({ ms: performance.now() - t0, url: match[1]!, stop: () => child.kill('SIGTERM') });
    });
    child.on('exit', (code) => reject(new Error(`host exited ${code}`)));
  });
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-'));
  try {
    await prepare(dir);
    console.log(`街道物业治理台账 benchmark — demo data set (seed 1), ${new Date().toISOString()}\n`);

    // 1. Host start to ready on an existing database with the demo set.
    const inProcess: number[] = [];
    for (let i = 0; i < 20; i++) {
      const t0 = performance.now();
      const app = await openLedgerApp(dir, nodePorts(), () => {});
      await app.services.registry.listEstates({});
      inProcess.push(performance.now() - t0);
      await app.close();
    }
    const spawned: number[] = [];
    for (let i = 0; i < 5; i++) {
      const run = await hostStart(dir);
      spawned.push(run.ms);
      run.stop();
      await new Promise((r) => setTimeout(r, 300));
    }
    console.log(line('host: open ledger + first query (in-process)', summarize(inProcess)));
    console.log(line('host: process spawn → READY (tsx, cold)', summarize(spawned)));

    // 2. Registry list query latency, through dispatch (validation + Kysely + output check).
    const app = await openLedgerApp(dir, nodePorts(), () => {});
    const session = { principal: { actor: 'cli:bench', role: 'system' as const, operatorId: null } };
    for (const [channel, input] of [
      ['registry:list-estates', {}],
      ['registry:list-estates', { search: '花园' }],
      ['registry:list-companies', {}],
      ['registry:list-communities', {}],
    ] as const) {
      const samples: number[] = [];
      for (let i = 0; i < 220; i++) {
        const t0 = performance.now();
        const result = await app.dispatch(channel, input, session);
        if (i >= 20) samples.push(performance.now() - t0);
        if (!result.ok) throw new Error(result.error.message);
      }
      console.log(line(`${channel} ${JSON.stringify(input)}`, summarize(samples)));
    }
    await app.close();

    // 3. Time to first rendered grid in Chromium, against the real host.
    const run = await hostStart(dir);
    try {
      const grid = await benchFirstGrid(run.url, PASSWORD, 5);
      console.log(line('chromium: open estates page → first grid row', summarize(grid.samples)));
      console.log(`${'chromium: cold start → signed in → grid'.padEnd(44)} ${ms(grid.cold)}`);
    } finally {
      run.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }

  // 4. Sync bundles: export of 100,000 changed records, the age CLI for comparison, city import.
  const syncDir = mkdtempSync(join(tmpdir(), 'ledger-bench-sync-'));
  try {
    await benchSync(syncDir);
  } finally {
    rmSync(syncDir, { recursive: true, force: true });
  }

  // 5. The ledger export: 100,000 cases to .xlsx, time and peak memory (BENCH_EXPORT_DISPUTES overrides).
  await benchExport();

  // 5b. Policy packs: applying a pack that recomputes a million cases' deadlines (BENCH_POLICY_DISPUTES overrides).
  await benchPolicy();
  // 5c. 整改清单: ~500,000 action items over 200 estates, the open list overdue first (BENCH_ACTIONS overrides).
  const actions = mkdtempSync(join(tmpdir(), 'ledger-bench-actions-'));
  try {
    await benchActions(actions);
  } finally {
    rmSync(actions, { recursive: true, force: true });
  }
  // 5d. backup (issue 12): backup and drill of 100,000 cases against sqlite3 .backup + age -p (BENCH_BACKUP_DISPUTES overrides).
  await benchBackup();

  // 6. Committees: 2,000 estates, 20,000 members, 50,000 candidates, ten years of evaluations (BENCH_ESTATES overrides).
  await benchCommittees();

  // 6b. Meetings (issue 11): 200 estates × 10 years of meetings, the missed-meetings view and the lock.
  const meetingsDir = mkdtempSync(join(tmpdir(), 'ledger-bench-meetings-'));
  try {
    console.log('\nMeetings (200 estates × 10 years)');
    await benchMeetings(meetingsDir);
  } finally {
    rmSync(meetingsDir, { recursive: true, force: true });
  }

  // 7. Disputes at scale (BENCH_DISPUTES overrides the million, e.g. for a quick look).
  // BENCH_LEDGER=<data dir> measures an existing ledger (e.g. one filled by `ledger demo --disputes`).
  if (process.env.BENCH_LEDGER) return benchDisputes(process.env.BENCH_LEDGER, 0, true);
  const big = mkdtempSync(join(tmpdir(), 'ledger-bench-disputes-'));
  try {
    await benchDisputes(big, Number(process.env.BENCH_DISPUTES ?? 1_000_000));
  } finally {
    rmSync(big, { recursive: true, force: true });
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
