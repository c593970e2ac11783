import Sqlite from 'better-sqlite3';
import { existsSync, rmSync, statSync } from 'node:fs';
import type { Ledger } from '../db/open-ledger';

/** SQL of backups: the online copy, and what the manifest says about a copy. */

/**
 * A consistent copy of the live ledger through SQLite's online backup API
 * (better-sqlite3's `db.backup()`): pages are copied in steps between which the
 * app keeps writing; a write during the copy restarts it from the changed page,
 * so the result is one committed state, never a torn file. `onStep` sees the
 * fraction done.
 */
export async function copyLedger(live: Ledger['raw'], dest: string, onStep: (done: number, total: number) => void): Promise<void> {
  await live.backup(dest, {
    progress({ totalPages, remainingPages }) {
      onStep(totalPages - remainingPages, totalPages);
      return 4096; // pages per step (16 MiB at 4 KiB pages): fast, and the event loop still breathes between steps
    },
  });
}

export type CopyFacts = {
  office: { id: string; code: string; name: string } | null;
  chainHead: { seq: number; hash: string };
  counts: Record<string, number>;
};

const tablesOf = (db: Sqlite.Database) =>
  (db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name").all() as { name: string }[]).map((r) => r.name);

const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** Rows per table, the change log's newest entry and the office of a ledger file. */
export function factsOf(db: Sqlite.Database): CopyFacts {
  const counts: Record<string, number> = {};
  for (const t of tablesOf(db)) counts[t] = (db.prepare(`SELECT count(*) AS n FROM ${quoted(t)}`).get() as { n: number }).n;
  const head = db.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const office = db.prepare('SELECT id, division_code AS code, name FROM offices WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1').get() as CopyFacts['office'] | undefined;
  return { office: office ?? null, chainHead: head ?? { seq: 0, hash: '' }, counts };
}

/**
 * Makes the copy a standalone file (rollback journal instead of WAL, so it opens
 * without `-wal`/`-shm` beside it) and returns its facts.
 */
export function sealCopy(file: string): CopyFacts {
  const db = new Sqlite(file);
  try {
    db.pragma('journal_mode = DELETE');
    return factsOf(db);
  } finally {
    db.close();
  }
}

/** The facts of a ledger file, opened read-only (an extracted backup, or the ledger a restore would replace). */
export function readFacts(file: string): CopyFacts {
  const db = new Sqlite(file, { readonly: true, fileMustExist: true });
  try {
    return factsOf(db);
  } finally {
    db.close();
  }
}

/** The office of a ledger file, or null when it has none or is not readable as SQLite. */
export function officeOfFile(file: string): CopyFacts['office'] {
  // A read-only look at a WAL ledger makes its -wal and -shm; ones that were not there are removed again, so the folder is left as found.
  const sidecars = [`${file}-wal`, `${file}-shm`].filter((f) => !existsSync(f));
  try {
    const db = new Sqlite(file, { readonly: true, fileMustExist: true });
    try {
      return (db.prepare('SELECT id, division_code AS code, name FROM offices WHERE deleted_at IS NULL ORDER BY created_at LIMIT 1').get() as CopyFacts['office'] | undefined) ?? null;
    } finally {
      db.close();
    }
  } catch {
    return null;
  } finally {
    if (sidecars.length === 2 && existsSync(sidecars[0]!) && statSync(sidecars[0]!).size === 0) for (const f of sidecars) rmSync(f, { force: true });
  }
}
