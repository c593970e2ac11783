import { testPorts } from './helpers/test-ports';
import { openLedgerApp } from '#core/app/ledger-app';
import { AppError } from '#core/errors';
import { ImmediateSqliteDialect } from '#core/db/immediate-dialect';
import { MIGRATIONS, SCHEMA_VERSION } from '#core/db/migrations/index';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { tempDir } from './helpers/temp-ledger';

const cleanups: (() => void)[] = [];
const dir = () => {
  const t = tempDir();
  cleanups.push(t.cleanup);
  return t.dir;
};
afterEach(() => cleanups.splice(0).forEach((c) => c()));

const openError = async (dataDir: string): Promise<AppError> => {
  try {
    const app = await openLedgerApp(dataDir, testPorts());
    await app.close();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the ledger to refuse to open');
};

describe('opening the ledger database', () => {
  it('creates ledger.db with WAL, synchronous=FULL, foreign keys and the schema version', async () => {
    const d = dir();
    const app = await openLedgerApp(d, testPorts());
    expect(app.ledger.file).toBe(join(d, 'ledger.db'));
    expect(app.ledger.raw.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(app.ledger.raw.pragma('synchronous', { simple: true })).toBe(2);
    expect(app.ledger.raw.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(app.ledger.raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await app.close();
    // Reopening applies nothing new and keeps the version.
    const again = await openLedgerApp(d, testPorts());
    expect(again.ledger.raw.pragma('user_version', { simple: true })).toBe(SCHEMA_VERSION);
    await again.close();
  });

  it('refuses a database written by a newer version with from-future, and leaves it alone', async () => {
    const d = dir();
    await (await openLedgerApp(d, testPorts())).close();
    const raw = new Sqlite(join(d, 'ledger.db'));
    raw.prepare("INSERT INTO kysely_migration (name, timestamp) VALUES ('2099_01_01_0000_add_future', '2099-01-01T00:00:00Z')").run();
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(join(d, 'ledger.db'));
    const error = await openError(d);
    expect(error.code).toBe('from-future');
    expect(error.message).toMatch(/更新版本/);
    expect(readFileSync(join(d, 'ledger.db')).equals(before)).toBe(true);
  });

  it('refuses a newer database in rollback-journal mode before touching a byte (the version is read on a read-only open)', async () => {
    const d = dir();
    await (await openLedgerApp(d, testPorts())).close();
    const raw = new Sqlite(join(d, 'ledger.db'));
    raw.pragma('journal_mode = DELETE');
    raw.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
    raw.close();
    const before = readFileSync(join(d, 'ledger.db'));
    expect(before[18]).toBe(1); // legacy journal: `journal_mode = WAL` would make bytes 18–19 2
    const error = await openError(d);
    expect(error.code).toBe('from-future');
    expect(readFileSync(join(d, 'ledger.db')).equals(before)).toBe(true);
  });

  it('refuses a file that is not SQLite without touching it', async () => {
    const d = dir();
    const file = join(d, 'ledger.db');
    const content = Buffer.from('这不是数据库 — just a spreadsheet someone saved here\n'.repeat(50));
    writeFileSync(file, content);
    const error = await openError(d);
    expect(error.code).toBe('not-a-database');
    expect(error.message).toMatch(/不是台账数据库/);
    expect(readFileSync(file).equals(content)).toBe(true);
    expect(existsSync(`${file}-wal`)).toBe(false);
    expect(existsSync(`${file}-journal`)).toBe(false);
  });

  it('refuses a data dir that cannot be written with one clear sentence', async () => {
    const d = dir();
    const blocker = join(d, 'a-file');
    writeFileSync(blocker, 'x');
    const error = await openError(join(blocker, 'data'));
    expect(error.code).toBe('data-dir-unwritable');
    expect(error.message).toMatch(/数据目录无法写入/);
    expect(error.message).not.toMatch(/\n/);
  });

  describe('an upgrade from an earlier version', () => {
    /** A ledger.db migrated only as far as the first `count` migrations (an earlier release). */
    async function olderLedger(dataDir: string, count: number): Promise<Sqlite.Database> {
      const raw = new Sqlite(join(dataDir, 'ledger.db'));
      const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
      const older = Object.fromEntries(Object.entries(MIGRATIONS).slice(0, count));
      const { error } = await new Migrator({ db, provider: { getMigrations: async () => older } }).migrateToLatest();
      if (error) throw error;
      raw.pragma(`user_version = ${count}`);
      return raw;
    }
    const columns = (raw: Sqlite.Database, table: string) => (raw.pragma(`table_info(${table})`) as { name: string }[]).map((c) => c.name);

    it('adds the party details and the office contact, keeping every row', async () => {
      const d = dir();
      const raw = await olderLedger(d, 3);
      raw.prepare("INSERT INTO offices (id, created_at, updated_at, name, division_code) VALUES ('o1', 'x', 'x', '温泉街道', '421202001')").run();
      raw.close();
      const app = await openLedgerApp(d, testPorts());
      expect(columns(app.ledger.raw, 'dispute_parties')).toEqual(expect.arrayContaining(['gender', 'birth_date', 'ethnicity', 'occupation', 'residence', 'representative']));
      expect(app.ledger.raw.prepare('SELECT name, address, contact_name, contact_phone, committee_name FROM offices').get()).toEqual({ name: '温泉街道', address: null, contact_name: null, contact_phone: null, committee_name: null });
      await app.close();
    });

    it('applies the pending migrations all or nothing: a failure half-way leaves the old schema and no record of them', async () => {
      const d = dir();
      const raw = await olderLedger(d, 3);
      // The fifth statement of the party-details migration now fails (duplicate column).
      raw.exec('ALTER TABLE dispute_parties ADD COLUMN residence TEXT');
      raw.close();
      const error = await openError(d);
      expect(error.code).toBe('internal');
      expect(error.message).toMatch(/数据库升级失败/);
      const after = new Sqlite(join(d, 'ledger.db'));
      expect(columns(after, 'dispute_parties')).not.toContain('gender');
      expect(columns(after, 'offices')).not.toContain('contact_phone');
      expect((after.prepare('SELECT name FROM kysely_migration ORDER BY name').pluck().all() as string[]).length).toBe(3);
      after.close();
    });
  });
});
