// Crash scenario: applying a policy pack (CLI `call policy:apply-pack`) killed at a random
// moment. Promise: the old or the new pack is fully in force — never a half — and once the
// ledger reopens (which finishes a cut-off recompute) every case's stored deadlines are
// what the pack in force gives.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { expect } from 'vitest';
import { openLedgerApp } from '#core/app/ledger-app';
import { sha256Hex } from '#core/changes/change-hash';
import { makePolicyPack } from '#core/city/policy-pack';
import { fillBulkDisputes } from '#core/demo/bulk-disputes';
import { prng } from '#core/demo/seeded-ports';
import { intake } from '../helpers/dispute-fixtures';
import { bundled } from '../helpers/killable-cli';
import { SAMPLE_2027 } from '../helpers/policy-fixtures';
import { ok } from '../helpers/temp-ledger';
import { TEST_NOW, testPorts } from '../helpers/test-ports';
import { ledgerHolds, SYSTEM, type CrashScenario } from './crash-harness';

type World = { office: string; city: string; before: number };

export function policyPackScenario(officeAndCity: (dir: (p: string) => string) => Promise<{ office: string; city: string; app: Awaited<ReturnType<typeof openLedgerApp>>; reg: { estateId: string } }>): CrashScenario<World, { file: string; version: number; from: number }> {
  return {
    name: 'policy pack application',
    async setUp(dir) {
      const { office, city, app, reg } = await officeAndCity(dir);
      // Cases whose working-day deadlines run into 2027, so each pack moves them; enough of
      // them (several recompute batches) that a kill lands inside the recompute too.
      fillBulkDisputes(app.ledger, { count: 12_000, random: prng(7), now: new Date(TEST_NOW), actor: 'cli:crash-test' });
      for (let i = 0; i < 5; i++) await ok(app, SYSTEM, 'disputes:create', intake(reg.estateId, { category: 'property-fee', receivedAt: `2026-11-${String(1 + i).padStart(2, '0')}T09:30:00+08:00` }));
      await app.close();
      return { office, city, before: 0 };
    },
    async round(w, i) {
      // Each round a newer pack whose default rule differs from the last one's (40 or 41 working days).
      const rules = join(w.city, `rules-${i}.json`);
      writeFileSync(rules, JSON.stringify([{ kind: 'resolve', when: { tier: 'medium' }, amount: 40 + (i % 2), unit: 'working-days', metBy: 'outcome' }]));
      const app = await openLedgerApp(w.office, testPorts(), () => {});
      const from = (await ok(app, SYSTEM, 'policy:status', {})).inForce?.version ?? 0;
      await app.close();
      const pack = await makePolicyPack(w.city, { holidays: [SAMPLE_2027], deadlineRules: rules, cityCode: '4212', out: join(w.city, `pack-${i}.json`), now: new Date(TEST_NOW) });
      const sha256 = sha256Hex(readFileSync(pack.file));
      return {
        round: { file: pack.file, version: pack.version, from },
        script: bundled('LEDGER_TEST_CLI'),
        args: ['--data-dir', w.office, 'call', 'policy:apply-pack', JSON.stringify({ file: pack.file, sha256 })],
        options: { env: { LEDGER_DATA_DIR: '' } },
      };
    },
    killWithinMs: [300, 2500],
    async verify(w, r) {
      // Was the kill inside the recompute (the pack committed, its marker still there)?
      const raw = new Sqlite(join(w.office, 'ledger.db'), { readonly: true });
      const cutOff = (raw.prepare('SELECT count(*) FROM policy_recompute').pluck().get() as number) > 0;
      raw.close();
      // Opening finishes any cut-off recompute; then the full check.
      await ledgerHolds(w.office);
      const app = await openLedgerApp(w.office, testPorts(), () => {});
      try {
        const status = await ok(app, SYSTEM, 'policy:status', {});
        expect([r.from, r.version]).toContain(status.inForce?.version ?? 0);
        expect(status.recomputing).toBe(false);
        // Recomputing again under the pack in force changes nothing: every stored deadline is already its.
        const again = await app.services.disputes.rules.recomputeAll();
        expect(again.changed).toBe(0);
        expect(again.done).toBe(await app.services.disputes.rules.countWithClocks());
      } finally {
        await app.close();
      }
      // Counted as "writes checked": the kills that cut a recompute off and were resumed.
      return cutOff ? 1 : 0;
    },
  };
}
