// Applying a policy pack at a million cases: the pack is verified, committed, and every case with
// clocks gets its deadlines recomputed in batches (target ≤ 60 s). `npm run bench:policy`;
// BENCH_POLICY_DISPUTES=N measures N cases instead (say so when quoting a figure).
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { initCityKeys } from '#core/city/city-keys';
import { makePolicyPack } from '#core/city/policy-pack';
import { sha256Hex } from '#core/changes/change-hash';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { nodePorts } from '#core/db/node-ports';
import { prng } from '#core/demo/seeded-ports';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
const SAMPLE = fileURLToPath(new URL('../fixtures/policy/holidays-2027-sample.json', import.meta.url));

export async function benchPolicy(count = Number(process.env.BENCH_POLICY_DISPUTES ?? 1_000_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-policy-'));
  const city = mkdtempSync(join(tmpdir(), 'ledger-bench-policy-city-'));
  try {
    let app = await openLedgerApp(dir, nodePorts(), () => {});
    await fillDemo(app.ledger, session, { seed: 12, password: 'bench-password-1', dataDir: dir });
    const t0 = performance.now();
    await fillBulkDisputesSealed(app.ledger, app.fields, { count, random: prng(12), now: new Date(), actor: 'cli:bench' });
    console.log(`policy: generated ${count.toLocaleString('en')} cases in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    await app.close();
    app = await openLedgerApp(dir, nodePorts(), () => {});

    await initCityKeys(city, new Date());
    const call = async (channel: string, input: unknown) => {
      const r = await app.dispatch(channel, input, session);
      if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
      return r.value as Record<string, unknown>;
    };
    await call('sync:set-city-keys', { file: join(city, 'city-public.json') });
    // Working-day default rules, so every open case's deadlines depend on the calendar.
    const rules = join(city, 'rules.json');
    writeFileSync(rules, JSON.stringify([
      { kind: 'mediate', when: { tier: 'minor' }, amount: 2, unit: 'working-days', metBy: 'first-session' },
      { kind: 'resolve', when: { tier: 'medium' }, amount: 15, unit: 'working-days', metBy: 'outcome' },
      { kind: 'refer', when: { tier: 'major' }, amount: 3, unit: 'working-days', metBy: 'joint-referral' },
      { kind: 'return-visit', when: { status: 'settled' }, amount: 10, unit: 'working-days', metBy: 'return-visit' },
    ]));
    const pack = await makePolicyPack(city, { holidays: [SAMPLE], deadlineRules: rules, cityCode: '4212', out: join(city, 'pack.json'), now: new Date() });
    const sha256 = sha256Hex(readFileSync(pack.file));
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    const inspector = process.env.BENCH_POLICY_PROFILE ? new (await import('node:inspector')).Session() : null;
    if (inspector) {
      inspector.connect();
      await new Promise((r) => inspector.post('Profiler.enable', () => inspector.post('Profiler.start', r)));
    }
    const applied = await call('policy:apply-pack', { file: pack.file, sha256 });
    if (inspector) {
      // BENCH_POLICY_PROFILE=<file>: a .cpuprofile of the apply alone, for Chrome's profiler.
      await new Promise<void>((r) => inspector.post('Profiler.stop', (_e, res) => (writeFileSync(process.env.BENCH_POLICY_PROFILE!, JSON.stringify(res.profile)), r())));
    }
    const seconds = (performance.now() - t1) / 1000;
    // CPU time too: on this shared machine the wall clock mostly measures the neighbours.
    const cpu = process.cpuUsage(cpu0);
    const cpuSeconds = (cpu.user + cpu.system) / 1e6;
    console.log(
      `policy: apply pack + recompute ${Number(applied.checked).toLocaleString('en')} cases with clocks (${Number(applied.changed).toLocaleString('en')} changed) in ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU` +
        ` (target ≤ 60 s at 1,000,000${count === 1_000_000 ? '' : `; measured at ${count.toLocaleString('en')}`})`,
    );
    await app.close();
  } finally {
    rmSync(dir, { recursive: true, force: true });
    rmSync(city, { recursive: true, force: true });
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  benchPolicy().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
