// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Each policy pack (政策包) the office applied: the city's signed body as received
  // (the calendar and rules are read from it), its version and hash. The newest version
  // is the one in force; older rows are the history. The row travels to the city
  // without the body, as the receipt of which versions the office has in force.
  await sql`CREATE TABLE policy_packs (
    id TEXT PRIMARY KEY NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    pack_version INTEGER NOT NULL CHECK (pack_version >= 1),
    city_code TEXT NOT NULL,
    title TEXT NOT NULL,
    issued_at TEXT NOT NULL,
    key_fingerprint TEXT NOT NULL,
    pack_sha256 TEXT NOT NULL,
    sections TEXT NOT NULL,
    body TEXT NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX policy_packs_version ON policy_packs(pack_version) WHERE deleted_at IS NULL`.execute(db);

  // A recompute of every case's deadlines after a pack was applied, while it runs: the
  // last case (rowid) done. Kept until the last batch commits, so a recompute cut off by
  // a crash resumes when the ledger next opens. Local bookkeeping, not office data.
  await sql`CREATE TABLE policy_recompute (
    pack_id TEXT PRIMARY KEY NOT NULL,
    after_rowid INTEGER NOT NULL,
    started_at TEXT NOT NULL
  ) STRICT`.execute(db);
}
