import Sqlite from 'better-sqlite3';
import { Kysely, Migrator } from 'kysely';
import { join } from 'node:path';
import { assertSqliteFile, ensurePrivateDbFile, ensureWritableDir } from '../../db/data-dir';
import { ImmediateSqliteDialect } from '../../db/immediate-dialect';
import { AppError } from '../../errors';
import { CITY_MIGRATIONS, CITY_SCHEMA_VERSION } from './migrations/index';

export const CITY_DB_FILE = 'city.db';

/** The city's database: `<dir>/city.db`, with the ledger's durability rules and its own migrations. */
export async function openCityDb(dir: string): Promise<{ raw: Sqlite.Database; close(): Promise<void> }> {
  ensureWritableDir(dir);
  const file = join(dir, CITY_DB_FILE);
  assertSqliteFile(file);
  ensurePrivateDbFile(file);
  const raw = new Sqlite(file);
  try {
    raw.pragma('busy_timeout = 5000');
    // The version first, before any pragma below writes (journal_mode rewrites header bytes 18–19).
    const userVersion = raw.pragma('user_version', { simple: true }) as number;
    const hasTable = raw.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'kysely_migration'").get();
    const unknown = hasTable ? (raw.prepare('SELECT name FROM kysely_migration').pluck().all() as string[]).filter((n) => !(n in CITY_MIGRATIONS)) : [];
    if (userVersion > CITY_SCHEMA_VERSION || unknown.length > 0) {
      throw new AppError('from-future', `市级数据库由更新版本的程序写入（结构版本 ${userVersion}，本程序只认识到 ${CITY_SCHEMA_VERSION}）。为免损坏数据，本程序不会打开它，请安装最新版本。`);
    }
    // 16 KiB pages for a new city database (no effect on an existing one): records are
    // ~1.5 KB, two to a default 4 KiB page, and an import then writes four times as
    // many pages (WAL frames, checkpoint copies, syscalls); this saved ~12% of an import.
    raw.pragma('page_size = 16384');
    raw.pragma('journal_mode = WAL');
    raw.pragma('synchronous = FULL');
    raw.pragma('foreign_keys = ON');
    // 64 MiB of page cache (SQLite's default is 2 MiB): an import rewrites hundreds of
    // record pages per bundle, and re-reading them from the OS was ~7% of its time.
    raw.pragma('cache_size = -65536');
  } catch (error) {
    raw.close();
    if (error instanceof AppError) throw error;
    throw new AppError('not-a-database', `无法打开市级数据库 ${file}：${(error as Error).message}`);
  }
  const db = new Kysely<unknown>({ dialect: new ImmediateSqliteDialect({ database: raw }) });
  const { error } = await new Migrator({ db, provider: { getMigrations: async () => CITY_MIGRATIONS } }).migrateToLatest();
  if (error) {
    await db.destroy();
    throw new AppError('internal', `市级数据库升级失败：${(error as Error).message}`);
  }
  raw.pragma(`user_version = ${CITY_SCHEMA_VERSION}`);
  return { raw, close: () => db.destroy() };
}
