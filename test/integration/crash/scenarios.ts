// The crash harness's scenarios: one entry per kind of write. To add one (backups,
// policy packs, …), write a `CrashScenario` and append it to CRASH_SCENARIOS; the
// harness kills it, runs its `verify` after every kill and prints its counts.
import { cpSync, existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { expect } from 'vitest';
import { openLedgerApp } from '#core/app/ledger-app';
import { initCityKeys } from '#core/city/city-keys';
import { openCity } from '#core/city/city.service';
import { sha256Hex } from '#core/changes/change-hash';
import { ImmediateSqliteDialect } from '#core/db/immediate-dialect';
import { MIGRATIONS } from '#core/db/migrations/index';
import { CITY_DB_FILE } from '#core/city/db/open-city-db';
import { CITY_MIGRATIONS } from '#core/city/db/migrations/index';
import { seedRegistry } from '../helpers/dispute-fixtures';
import { bundled, KILL_AT_SQL } from '../helpers/killable-cli';
import { ADMIN_PASSWORD, ok } from '../helpers/temp-ledger';
import { TEST_NOW, testPorts } from '../helpers/test-ports';
import { ledgerHolds, SYSTEM, type CrashScenario } from './crash-harness';
// --- policy (政策包) ---
import { policyPackScenario } from './policy-scenario';
import { fieldSealing } from './field-sealing-scenario';
// backup (issue 12)
import { backupCreate, backupRestore } from './backup-scenarios';

const cli = () => bundled('LEDGER_TEST_CLI');
const noDataDirEnv = { LEDGER_DATA_DIR: '' };

/** A bootstrapped office ledger with a registry (closed again). */
async function officeLedger(dir: string) {
  const app = await openLedgerApp(dir, testPorts(), () => {});
  await ok(app, { principal: null }, 'auth:bootstrap', { officeName: '温泉街道', divisionCode: '421202001', username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  const reg = await seedRegistry(app, SYSTEM);
  return { app, reg };
}

/** An office registered at a city, with the city's keys imported; the office app is left open. */
async function officeAndCity(dir: (p: string) => string) {
  const [office, city] = [dir('crash-office-'), dir('crash-city-')];
  const { app, reg } = await officeLedger(office);
  await initCityKeys(city, new Date(TEST_NOW));
  const registration = join(office, 'registration.json');
  await ok(app, SYSTEM, 'sync:write-registration', { file: registration });
  const c = await openCity(city);
  await c.register(registration);
  await c.close();
  await ok(app, SYSTEM, 'sync:set-city-keys', { file: join(city, 'city-public.json') });
  return { office, city, app, reg };
}

/** Complete lines only: a line cut off by the kill was never reported. */
const reportedLines = (stdout: string) => stdout.split('\n').slice(0, -1);

const intakeAndTransitions: CrashScenario<{ data: string; estateId: string; mediatorId: string }, null> = {
  name: 'intake and transitions',
  async setUp(dir) {
    const data = dir('crash-intake-');
    const { app, reg } = await officeLedger(data);
    await app.close();
    return { data, estateId: reg.estateId, mediatorId: reg.mediatorId };
  },
  async round(w, i) {
    const start = new Date(Date.parse(TEST_NOW) + (i + 1) * 3_600_000).toISOString();
    return { round: null, script: bundled('LEDGER_TEST_CRASH_WRITER'), args: [w.data, w.estateId, w.mediatorId, start], options: { env: noDataDirEnv } };
  },
  killWithinMs: [400, 1600],
  async verify(w, _round, exit) {
    await ledgerHolds(w.data);
    const raw = new Sqlite(join(w.data, 'ledger.db'), { readonly: true });
    try {
      const version = raw.prepare('SELECT version FROM disputes WHERE id = ?').pluck();
      const lines = reportedLines(exit.stdout);
      for (const line of lines) {
        const [id, v] = line.split(' ');
        expect(version.get(id) as number, `reported write ${line} is missing`).toBeGreaterThanOrEqual(Number(v));
      }
      return lines.length;
    } finally {
      raw.close();
    }
  },
};

const bulkDemo: CrashScenario<{ dir: (p: string) => string }, string> = {
  name: 'bulk demo',
  async setUp(dir) {
    return { dir };
  },
  async round(w) {
    const data = w.dir('crash-demo-');
    return { round: data, script: cli(), args: ['--data-dir', data, 'demo', '--seed', '3', '--disputes', '300'], options: { env: noDataDirEnv } };
  },
  killWithinMs: [300, 3000],
  async verify(_w, data, exit) {
    expect(exit.stderr).not.toMatch(/\n\s+at /);
    await ledgerHolds(data);
  },
};

/** A ledger.db at the first three migrations: an earlier release's file, the upgrade's input. */
async function olderLedgerTemplate(dir: string): Promise<void> {
  const raw = new Sqlite(join(dir, 'ledger.db'));
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const older = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, 3));
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
  if (error) throw error;
  raw.pragma('user_version = 3');
  await db.destroy();
}

const firstOpenAndMigration: CrashScenario<{ dir: (p: string) => string; older: string }, string> = {
  name: 'first open and migration',
  async setUp(dir) {
    const older = dir('crash-older-');
    await olderLedgerTemplate(older);
    return { dir, older };
  },
  async round(w, i) {
    const data = w.dir('crash-open-');
    if (i % 2 === 1) cpSync(join(w.older, 'ledger.db'), join(data, 'ledger.db'));
    return { round: data, script: cli(), args: ['--data-dir', data, 'call', 'auth:status', '{}'], options: { env: noDataDirEnv } };
  },
  killWithinMs: [200, 900],
  async verify(_w, data) {
    await ledgerHolds(data);
    const raw = new Sqlite(join(data, 'ledger.db'), { readonly: true });
    expect((raw.prepare('SELECT count(*) FROM kysely_migration').pluck().get() as number)).toBe(Object.keys(MIGRATIONS).length);
    raw.close();
  },
};

const bundleExport: CrashScenario<{ office: string; usb: string }, null> = {
  name: 'bundle export',
  async setUp(dir) {
    const { office, app } = await officeAndCity(dir);
    await app.close();
    return { office, usb: dir('crash-usb-') };
  },
  async round(w, i) {
    // Something new to export in every round.
    const app = await openLedgerApp(w.office, testPorts(new Date(Date.parse(TEST_NOW) + (i + 1) * 3_600_000).toISOString()), () => {});
    await ok(app, SYSTEM, 'registry:create-community', { name: `第${i + 1}社区` });
    await app.close();
    return { round: null, script: cli(), args: ['--data-dir', w.office, 'sync', 'export', '--out', w.usb], options: { env: noDataDirEnv } };
  },
  killWithinMs: [300, 1500],
  async verify(w) {
    await ledgerHolds(w.office); // opening also finishes or removes what an export left
    const raw = new Sqlite(join(w.office, 'ledger.db'), { readonly: true });
    try {
      const recorded = new Map((raw.prepare('SELECT file_name, file_sha256 FROM bundles').all() as { file_name: string; file_sha256: string }[]).map((b) => [b.file_name, b.file_sha256]));
      for (const name of readdirSync(w.usb).filter((n) => n.endsWith('.ledger.age'))) {
        expect(recorded.get(name), `${name} on the stick is unknown to the office`).toBe(sha256Hex(readFileSync(join(w.usb, name))));
      }
      const kept = join(w.office, 'bundles');
      expect(existsSync(kept) ? readdirSync(kept).filter((n) => n.endsWith('.partial')) : []).toEqual([]);
      for (const [name, sha] of recorded) expect(sha256Hex(readFileSync(join(kept, name))), `kept copy of ${name}`).toBe(sha);
    } finally {
      raw.close();
    }
  },
};

const cityImport: CrashScenario<{ dir: (p: string) => string; city: string; file: string; records: number }, string> = {
  name: 'city import',
  async setUp(dir) {
    const { city, app, reg } = await officeAndCity(dir);
    for (let i = 0; i < 40; i++) await ok(app, SYSTEM, 'registry:create-estate', { name: `测试小区${i}`, address: `温泉路 ${i} 号`, communityId: (await ok(app, SYSTEM, 'registry:list-communities', {}))[0]!.id, companyId: reg.companyId, households: 100 + i });
    const usb = dir('crash-city-usb-');
    const out = await ok(app, SYSTEM, 'sync:export-bundle', { directory: usb, privacy: 'pseudonymous' });
    await app.close();
    return { dir, city, file: out.file, records: out.records };
  },
  async round(w) {
    const city = w.dir('crash-city-copy-');
    cpSync(w.city, city, { recursive: true });
    return { round: city, script: cli(), args: ['city', '--data-dir', city, 'import', w.file], options: { env: noDataDirEnv } };
  },
  killWithinMs: [250, 1200],
  async verify(w, city) {
    const c = await openCity(city);
    try {
      const [office] = c.status().offices;
      // All or nothing: nothing applied, or the whole bundle.
      expect([[0, 0], [1, w.records]]).toContainEqual([office!.lastSeq, office!.records]);
    } finally {
      await c.close();
    }
  },
};

/** A city.db at the city's first migration only: an earlier release's file, the upgrade's input. */
async function olderCityTemplate(dir: string): Promise<void> {
  const raw = new Sqlite(join(dir, CITY_DB_FILE));
  raw.pragma('journal_mode = WAL');
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const older = Object.fromEntries(Object.entries(CITY_MIGRATIONS).slice(0, 1));
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
  if (error) throw error;
  raw.pragma('user_version = 1');
  await db.destroy();
}

/** Which city migrations a city.db records, and whether its schema is exactly the old one or the new one. */
function citySchema(dir: string): { migrations: string[]; bundleColumns: string[] } {
  const raw = new Sqlite(join(dir, CITY_DB_FILE), { readonly: true });
  try {
    return {
      migrations: raw.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[],
      bundleColumns: (raw.prepare('SELECT name FROM pragma_table_info(?)').pluck().all('bundles') as string[]).filter((c) => ['change_from_seq', 'change_to_seq', 'chain_head'].includes(c)),
    };
  } finally {
    raw.close();
  }
}

// The city's upgrade: every other round the child kills itself right after the
// migration's second ALTER TABLE (of three), inside its transaction; the others are
// killed at random during start-up and first open. Either way the file must hold
// the old schema or the new one, never part of the new one, and open afterwards.
const cityMigration: CrashScenario<{ dir: (p: string) => string; older: string }, { city: string; midMigration: boolean }> = {
  name: 'city first open and migration',
  async setUp(dir) {
    const older = dir('crash-city-older-');
    await olderCityTemplate(older);
    return { dir, older };
  },
  async round(w, i) {
    const city = w.dir('crash-city-open-');
    cpSync(join(w.older, CITY_DB_FILE), join(city, CITY_DB_FILE));
    const midMigration = i % 2 === 0;
    const options = midMigration ? { env: { ...noDataDirEnv, LEDGER_TEST_KILL_AT_SQL: 'ADD COLUMN change_to_seq' }, preload: KILL_AT_SQL } : { env: noDataDirEnv };
    // A round that kills itself at the statement is given time to get there; the harness's kill is only a backstop.
    return { round: { city, midMigration }, script: cli(), args: ['city', '--data-dir', city, 'status'], options, ...(midMigration ? { killWithinMs: [20_000, 20_000] as [number, number] } : {}) };
  },
  killWithinMs: [150, 900],
  async verify(_w, { city, midMigration }, exit) {
    const [first, second] = Object.keys(CITY_MIGRATIONS) as [string, string];
    const before = citySchema(city);
    const old = { migrations: [first], bundleColumns: [] };
    const current = { migrations: [first, second], bundleColumns: ['change_from_seq', 'change_to_seq', 'chain_head'] };
    expect([old, current], `half a migration: ${JSON.stringify(before)}`).toContainEqual(before);
    // Killed inside the migration's transaction: nothing of it may have stayed.
    if (midMigration) {
      expect(exit.stderr).toContain('kill-at-sql: ADD COLUMN change_to_seq');
      expect(before).toEqual(old);
    }
    const c = await openCity(city);
    try {
      expect(c.status().offices).toEqual([]);
    } finally {
      await c.close();
    }
    expect(citySchema(city)).toEqual(current);
  },
};

/** The extension point: append a scenario here (see docs/architecture/crash-safety.md, "The crash test"). */
export const CRASH_SCENARIOS: CrashScenario<never, never>[] = [
  intakeAndTransitions, bulkDemo, firstOpenAndMigration, bundleExport, cityImport,
  // --- policy (政策包) ---
  policyPackScenario(officeAndCity),
  // dialogs — begin
  cityMigration,
  // dialogs — end
  // fieldcrypt: the upgrade that seals plain phone and ID numbers.
  fieldSealing,
  // backup (issue 12)
  backupCreate, backupRestore,
] as unknown as CrashScenario<never, never>[];
