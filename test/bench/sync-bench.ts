// The sync figures (issue: sync bundles): export of ~100,000 changed records, the
// same archive through the `age` CLI for comparison, and city import throughput.
// Prints figures, asserts nothing. Called as `benchSync(dir)` from bench.ts.
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import { cityIdentities, initCityKeys } from '#core/city/city-keys';
import { openCity } from '#core/city/city.service';
import { entryHash, sha256Hex } from '#core/changes/change-hash';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { prng } from '#core/demo/seeded-ports';
import { nodePorts } from '#core/db/node-ports';
import type { Session } from '#core/call-context';
import { ageDecrypt, ageEncrypt } from '#core/sync/age-crypto';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';

/** Cases whose snapshot (cases, parties, sessions, registry) is about 100,000 records. */
const DISPUTES = 31_000;
const ROUNDS = 100;
const PER_ROUND = 1_000;

const session: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };

async function call<T>(app: LedgerApp, channel: string, input: unknown): Promise<T> {
  const r = await app.dispatch(channel, input, session);
  if (!r.ok) throw new Error(`${channel}: ${r.error.message}`);
  return r.value as T;
}

/** Bumps `n` cases to a new version with their change-log entries, as a clerk's edits would. */
function touchCases(app: LedgerApp, round: number, n: number, at: string): void {
  const raw = app.ledger.raw;
  const total = raw.prepare('SELECT count(*) FROM disputes').pluck().get() as number;
  const offset = (round * n) % Math.max(1, total - n);
  const rows = raw.prepare('SELECT * FROM disputes ORDER BY rowid LIMIT ? OFFSET ?').all(n, offset) as Record<string, unknown>[];
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string };
  const update = raw.prepare('UPDATE disputes SET version = ?, updated_at = ?, feedback_notes = ? WHERE id = ?');
  const insert = raw.prepare('INSERT INTO changes (seq, at, actor, entity, entity_id, action, payload, payload_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)');
  let { seq, hash } = head;
  raw.transaction(() => {
    for (const row of rows) {
      const next = { ...row, version: (row.version as number) + 1, updated_at: at, feedback_notes: `第 ${round + 1} 轮回访，业主表示满意` };
      update.run(next.version, at, next.feedback_notes, row.id);
      const payload = JSON.stringify(next);
      const fields = { seq: ++seq, at, actor: 'cli:bench', entity: 'disputes', entity_id: String(row.id), action: 'update', payload_hash: sha256Hex(payload), prev_hash: hash };
      hash = entryHash(fields);
      insert.run(fields.seq, at, fields.actor, 'disputes', fields.entity_id, 'update', payload, fields.payload_hash, fields.prev_hash, hash);
    }
  })();
}

function print(label: string, value: string): void {
  console.log(`${label.padEnd(58)} ${value}`);
}

export async function benchSync(dir: string): Promise<void> {
  const officeDir = join(dir, 'sync-office');
  const cityDir = join(dir, 'sync-city');
  const usb = join(dir, 'sync-usb');
  mkdirSync(usb, { recursive: true });
  const app = await openLedgerApp(officeDir, nodePorts(), () => {});
  try {
    await fillDemo(app.ledger, session, { seed: 21, password: 'bench-password-1', dataDir: officeDir });
    await fillBulkDisputesSealed(app.ledger, app.fields, { count: DISPUTES, random: prng(21), now: new Date(), actor: 'cli:bench' });
    await initCityKeys(cityDir, new Date());
    await call(app, 'sync:write-registration', { file: join(usb, 'registration.json') });
    await call(app, 'sync:set-city-keys', { file: join(cityDir, 'city-public.json') });

    // 1. Export: the first bundle is every record (all of them "changed since the last").
    let t0 = performance.now();
    const first = await call<{ file: string; records: number }>(app, 'sync:export-bundle', { directory: usb });
    const exportMs = performance.now() - t0;
    const bytes = statSync(first.file).size;
    print(`sync: export ${first.records.toLocaleString('en')} changed records (target ≤ 2000 ms)`, `${exportMs.toFixed(0)} ms, ${(bytes / 1048576).toFixed(1)} MiB`);

    // 2. The same archive encrypted by our code (age-encryption's header, native STREAM payload) and by the age CLI.
    const tar = await ageDecrypt(readFileSync(first.file), cityIdentities(cityDir));
    const recipients = (JSON.parse(readFileSync(join(cityDir, 'city-public.json'), 'utf8')) as { recipients: { recipient: string }[] }).recipients.map((r) => r.recipient);
    t0 = performance.now();
    await ageEncrypt(tar, recipients);
    const oursMs = performance.now() - t0;
    t0 = performance.now();
    const cli = spawnSync('age', [...recipients.flatMap((r) => ['-r', r]), '-o', join(usb, 'cli.age')], { input: tar });
    const cliMs = performance.now() - t0;
    if (cli.status === 0) {
      print('sync: encrypt the same archive, ours vs age CLI', `${oursMs.toFixed(0)} ms vs ${cliMs.toFixed(0)} ms (ratio ${(oursMs / cliMs).toFixed(1)}×)`);
    } else print('sync: encrypt the same archive with the age CLI', `age CLI not available (${cli.error?.message ?? cli.stderr.toString().trim()})`);

    // 3. City import: the snapshot, then 100 change bundles of 1,000 records each.
    const files: string[] = [];
    for (let r = 0; r < ROUNDS; r++) {
      touchCases(app, r, PER_ROUND, new Date().toISOString());
      files.push((await call<{ file: string }>(app, 'sync:export-bundle', { directory: usb })).file);
    }
    const city = await openCity(cityDir);
    try {
      await city.register(join(usb, 'registration.json'));
      t0 = performance.now();
      await city.importFiles([first.file]);
      const snapMs = performance.now() - t0;
      print(`sync: city import of the snapshot (${first.records.toLocaleString('en')} records)`, `${snapMs.toFixed(0)} ms, ${Math.round(first.records / (snapMs / 1000)).toLocaleString('en')} records/s`);
      t0 = performance.now();
      const outcomes = await city.importFiles(files);
      const ms = performance.now() - t0;
      const records = outcomes.reduce((s, o) => s + (o.status === 'imported' ? o.records : 0), 0);
      print(`sync: city import of ${ROUNDS} bundles (target ≥ 50,000 records/s)`, `${records.toLocaleString('en')} records in ${ms.toFixed(0)} ms, ${Math.round(records / (ms / 1000)).toLocaleString('en')} records/s`);
    } finally {
      await city.close();
    }
  } finally {
    await app.close();
  }
}
