// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Office-local sync settings (the city's public keys), one row per key. Not exported.
  await sql`CREATE TABLE sync_settings (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    updated_by TEXT NOT NULL
  ) STRICT`.execute(db);

  // Every bundle this office exported, and the city's receipt for it. Not exported.
  await sql`CREATE TABLE bundles (
    seq INTEGER PRIMARY KEY NOT NULL CHECK (seq >= 1),
    file_name TEXT NOT NULL UNIQUE,
    period TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('snapshot','changes')),
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    prev_manifest_sha256 TEXT,
    file_sha256 TEXT NOT NULL,
    file_bytes INTEGER NOT NULL,
    from_change_seq INTEGER NOT NULL,
    to_change_seq INTEGER NOT NULL,
    records INTEGER NOT NULL,
    counts TEXT NOT NULL,
    privacy TEXT NOT NULL CHECK (privacy IN ('pseudonymous','named','full')),
    privacy_reason TEXT,
    confirmed_at TEXT,
    receipt_issued_at TEXT
  ) STRICT`.execute(db);
}
