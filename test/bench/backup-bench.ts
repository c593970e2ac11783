// `npm run bench:backup` (and step 7 of `npm run bench`): a backup and a restore drill of a
// large ledger, against the plain way — `sqlite3 .backup` of the same ledger, then
// `age -p` of that file (and, for the drill, `age -d` plus SQLite's integrity check) —
// as times, sizes and ratios. Prints figures, asserts nothing. BENCH_BACKUP_DISPUTES
// sets the cases (100,000 by default; the million-case ledger is 6.5 GB and its full
// check alone took 11 minutes on this shared machine).
import { openLedgerApp } from '#core/app/ledger-app';
import type { Session } from '#core/call-context';
import { fillBulkDisputesSealed } from '#core/demo/bulk-disputes';
import { fillDemo } from '#core/demo/fill-demo';
import { prng } from '#core/demo/seeded-ports';
import { nodePorts } from '#core/db/node-ports';
import Sqlite from 'better-sqlite3';
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { cpuSeconds } from './stats';
import { ageWithTerminal } from '../integration/helpers/backup-fixtures';
import { ok } from '../integration/helpers/temp-ledger';

const SYSTEM: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
const PASSPHRASE = 'bench 备份口令 2026';
const MB = 1024 * 1024;

const seconds = (t0: number) => (performance.now() - t0) / 1000;
/** Wall and CPU seconds of one step (CPU: this process and the children it waited for). */
async function timed<T>(step: () => T | Promise<T>): Promise<{ value: T; wall: number; cpu: number }> {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const value = await step();
  return { value, wall: seconds(t0), cpu: cpuSeconds() - c0 };
}
const both = (t: { wall: number; cpu: number }) => `${t.wall.toFixed(1)} s wall, ${t.cpu.toFixed(1)} s CPU`;
const print = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

export async function benchBackup(count = Number(process.env.BENCH_BACKUP_DISPUTES ?? 100_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-backup-'));
  try {
    const data = join(dir, 'data');
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const app = await openLedgerApp(data, nodePorts(), () => {});
    const t0 = performance.now();
    await fillDemo(app.ledger, SYSTEM, { seed: 31, password: 'bench-password-1', dataDir: data });
    await fillBulkDisputesSealed(app.ledger, app.fields, { count, random: prng(31), now: new Date(), actor: 'cli:bench' });
    app.ledger.raw.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = statSync(join(data, 'ledger.db')).size;
    console.log(`\nbackups: ${count.toLocaleString('en')} demo cases, ledger.db ${(dbBytes / MB).toFixed(0)} MB (filled in ${seconds(t0).toFixed(0)} s)`);

    // Ours: online copy, staging, hashing, tar, age under a passphrase (scrypt 2^18), fsync, rename.
    const create = await timed(() => ok(app, SYSTEM, 'backup:create', { directory: usb, passphrase: PASSPHRASE }));
    const made = create.value;
    const verify = await timed(() => ok(app, SYSTEM, 'backup:verify', { file: made.file, passphrase: PASSPHRASE }));
    if (!verify.value.ok) throw new Error(verify.value.summary);
    await app.close();

    // The plain way: sqlite3's .backup of the same ledger, then `age -p` of that file (passphrase typed at age's terminal prompt).
    const copy = join(dir, 'plain.db');
    const sqliteBackup = await timed(() => execFileSync('sqlite3', [join(data, 'ledger.db'), `.backup '${copy}'`]));
    const agePass = await timed(() => ageWithTerminal(['-p', '-o', `${copy}.age`, copy], PASSPHRASE, 2));
    if (agePass.value.code !== 0) throw new Error(`age -p failed: ${agePass.value.output.slice(-300)}`);
    const plainBytes = statSync(`${copy}.age`).size;
    rmSync(copy);
    // Its drill: `age -d`, then SQLite's integrity check (no chain, no rows against the log, no manifest).
    const plainVerify = await timed(async () => {
      const dec = await ageWithTerminal(['-d', '-o', copy, `${copy}.age`], PASSPHRASE);
      if (dec.code !== 0) throw new Error('age -d failed');
      const db = new Sqlite(copy, { readonly: true });
      const integrity = db.pragma('integrity_check', { simple: true });
      db.close();
      if (integrity !== 'ok') throw new Error(`integrity: ${String(integrity)}`);
    });

    const plainCreate = { wall: sqliteBackup.wall + agePass.wall, cpu: sqliteBackup.cpu + agePass.cpu };
    const ratio = (a: { wall: number; cpu: number }, b: { wall: number; cpu: number }) => `${(a.wall / b.wall).toFixed(2)}× wall, ${(a.cpu / b.cpu).toFixed(2)}× CPU`;
    print('backup:create (ours)', `${both(create)}, ${(made.bytes / MB).toFixed(0)} MB`);
    print('sqlite3 .backup + age -p', `${both(plainCreate)} (${sqliteBackup.wall.toFixed(1)} + ${agePass.wall.toFixed(1)} s wall), ${(plainBytes / MB).toFixed(0)} MB`);
    print('  ratio ours / plain: time, size', `${ratio(create, plainCreate)}, ${(made.bytes / plainBytes).toFixed(3)}× size`);
    print('backup:verify (ours: decrypt, integrity, chain, rows, counts)', both(verify));
    print('age -d + PRAGMA integrity_check', both(plainVerify));
    print('  ratio ours / plain: time', ratio(verify, plainVerify));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [, entry] = process.argv;
if (entry && fileURLToPath(import.meta.url) === entry) {
  benchBackup().then(
    () => process.exit(0),
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
