import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { assertSqliteFile, ensurePrivateDbFile, ensureWritableDir } from './data-dir';
import { ImmediateSqliteDialect } from './immediate-dialect';
import { MIGRATIONS, SCHEMA_VERSION } from './migrations/index';
import type { Database } from './schema';

export type Ledger = {
  db: Kysely<Database>;
  /** The underlying connection, for pragmas, the integrity check and benchmarks. */
  raw: Sqlite.Database;
  file: string;
  close(): Promise<void>;
};

export const LEDGER_FILE = 'ledger.db';

/**
 * Opens `<dataDir>/ledger.db`: checks it is SQLite, sets the durability pragmas,
 * refuses a database from a newer version, and applies pending migrations.
 */
export type OpenOptions = {
  /** Path to an Electron-ABI build of better-sqlite3 (npm start under Electron); Node uses node_modules. */
  nativeBinding?: string | undefined;
};

export async function openLedger(dataDir: string, options: OpenOptions = {}): Promise<Ledger> {
  ensureWritableDir(dataDir);
  const file = join(dataDir, LEDGER_FILE);
  assertSqliteFile(file);
  const binding = options.nativeBinding ? { nativeBinding: options.nativeBinding } : {};
  // A database from a newer version is refused before anything writes to it: even
  // `journal_mode = WAL` rewrites header bytes 18–19 of a rollback-journal file.
  if (existsSync(file)) {
    const probe = openReadOnly(file, binding);
    try {
      assertNotFromFuture(probe);
    } finally {
      probe.close();
    }
  }
  ensurePrivateDbFile(file);

  const raw = new Sqlite(file, binding);
  try {
    raw.pragma('busy_timeout = 5000');
    raw.pragma('journal_mode = WAL');
    // A clerk's entry must survive a power cut: FULL fsyncs the WAL on every commit.
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    assertNotFromFuture(raw);
  } catch (error) {
    raw.close();
    if (error instanceof AppError) throw error;
    throw new AppError('not-a-database', `无法打开数据库 ${file}：${(error as Error).message}`);
  }

  const db = new Kysely<Database>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const migrator = new Migrator({ db, provider: { getMigrations: async () => MIGRATIONS } });
  const { error } = await migrator.migrateToLatest();
  if (error) {
    await db.destroy();
    throw new AppError('internal', `数据库升级失败：${(error as Error).message}`);
  }
  raw.pragma(`user_version = ${SCHEMA_VERSION}`);
  return { db, raw, file, close: () => db.destroy() };
}

/** A read-only connection for the version check; a file SQLite cannot read is the open's own error below. */
function openReadOnly(file: string, binding: { nativeBinding?: string }): Sqlite.Database {
  try {
    return new Sqlite(file, { ...binding, readonly: true, fileMustExist: true });
  } catch (error) {
    throw new AppError('not-a-database', `无法打开数据库 ${file}：${(error as Error).message}`);
  }
}

/** Signal Desktop's rule: a database written by a newer version is refused, never altered. */
function assertNotFromFuture(raw: Sqlite.Database): void {
  const userVersion = raw.pragma('user_version', { simple: true }) as number;
  const known = new Set(Object.keys(MIGRATIONS));
  const hasTable = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
  const unknown = hasTable
    ? (raw.prepare('SELECT name FROM kysely_migration').all() as { name: string }[]).filter((r) => !known.has(r.name))
    : [];
  if (userVersion > SCHEMA_VERSION || unknown.length > 0) {
    throw new AppError(
      'from-future',
      `这个数据库由更新版本的台账程序写入（结构版本 ${userVersion}，本程序只认识到 ${SCHEMA_VERSION}）。为免损坏数据，本程序不会打开它，请安装最新版本。`,
    );
  }
}
