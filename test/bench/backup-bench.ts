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
import { ageWithTerminal } from '../integration/helpers/backup-fixtures';
import { ok } from '../integration/helpers/temp-ledger';

const SYSTEM: Session = { principal: { actor: 'cli:bench', role: 'system', operatorId: null } };
const PASSPHRASE = 'bench 备份口令 2026';
const MB = 1024 * 1024;

const seconds = (t0: number) => (performance.now() - t0) / 1000;
const print = (label: string, value: string) => console.log(`${label.padEnd(52)} ${value}`);

export async function benchBackup(count = Number(process.env.BENCH_BACKUP_DISPUTES ?? 100_000)): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'ledger-bench-backup-'));
  try {
    const data = join(dir, 'data');
    const usb = join(dir, 'usb');
    mkdirSync(usb);
    const app = await openLedgerApp(data, nodePorts(), () => {});
    let t0 = performance.now();
    await fillDemo(app.ledger, SYSTEM, { seed: 31, password: 'bench-password-1', dataDir: data });
    await fillBulkDisputesSealed(app.ledger, app.fields, { count, random: prng(31), now: new Date(), actor: 'cli:bench' });
    app.ledger.raw.pragma('wal_checkpoint(TRUNCATE)');
    const dbBytes = statSync(join(data, 'ledger.db')).size;
    console.log(`\nbackups: ${count.toLocaleString('en')} demo cases, ledger.db ${(dbBytes / MB).toFixed(0)} MB (filled in ${seconds(t0).toFixed(0)} s)`);

    // Ours: online copy, staging, hashing, tar, age under a passphrase (scrypt 2^18), fsync, rename.
    t0 = performance.now();
    const made = await ok(app, SYSTEM, 'backup:create', { directory: usb, passphrase: PASSPHRASE });
    const oursCreate = seconds(t0);
    const oursBytes = made.bytes;
    t0 = performance.now();
    const drill = await ok(app, SYSTEM, 'backup:verify', { file: made.file, passphrase: PASSPHRASE });
    const oursVerify = seconds(t0);
    if (!drill.ok) throw new Error(drill.summary);
    await app.close();

    // The plain way: sqlite3's .backup of the same ledger, then `age -p` of that file (passphrase typed at age's terminal prompt).
    const copy = join(dir, 'plain.db');
    t0 = performance.now();
    execFileSync('sqlite3', [join(data, 'ledger.db'), `.backup '${copy}'`]);
    const sqliteBackup = seconds(t0);
    t0 = performance.now();
    const enc = await ageWithTerminal(['-p', '-o', `${copy}.age`, copy], PASSPHRASE, 2);
    const agePass = seconds(t0);
    if (enc.code !== 0) throw new Error(`age -p failed: ${enc.output.slice(-300)}`);
    const plainBytes = statSync(`${copy}.age`).size;
    rmSync(copy);
    // Its drill: `age -d`, then SQLite's integrity check (no chain, no rows against the log, no manifest).
    t0 = performance.now();
    const dec = await ageWithTerminal(['-d', '-o', copy, `${copy}.age`], PASSPHRASE);
    if (dec.code !== 0) throw new Error('age -d failed');
    const db = new Sqlite(copy, { readonly: true });
    const integrity = db.pragma('integrity_check', { simple: true });
    db.close();
    const plainVerify = seconds(t0);
    if (integrity !== 'ok') throw new Error(`integrity: ${String(integrity)}`);

    const plainCreate = sqliteBackup + agePass;
    print('backup:create (ours)', `${oursCreate.toFixed(1)} s, ${(oursBytes / MB).toFixed(0)} MB`);
    print('sqlite3 .backup + age -p', `${plainCreate.toFixed(1)} s (${sqliteBackup.toFixed(1)} + ${agePass.toFixed(1)}), ${(plainBytes / MB).toFixed(0)} MB`);
    print('  ratio ours / plain: time, size', `${(oursCreate / plainCreate).toFixed(2)}×, ${(oursBytes / plainBytes).toFixed(3)}×`);
    print('backup:verify (ours: decrypt, integrity, chain, rows, counts)', `${oursVerify.toFixed(1)} s`);
    print('age -d + PRAGMA integrity_check', `${plainVerify.toFixed(1)} s`);
    print('  ratio ours / plain: time', `${(oursVerify / plainVerify).toFixed(2)}×`);
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
