// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Offices the city trusts, each registered explicitly from its registration file.
  await sql`CREATE TABLE offices (
    code TEXT PRIMARY KEY NOT NULL,
    office_id TEXT NOT NULL,
    name TEXT NOT NULL,
    public_key_pem TEXT NOT NULL,
    fingerprint TEXT NOT NULL,
    registered_at TEXT NOT NULL
  ) STRICT`.execute(db);

  // Bundles applied, and bundles held until the gap before them is filled.
  await sql`CREATE TABLE bundles (
    office_code TEXT NOT NULL REFERENCES offices(code),
    seq INTEGER NOT NULL CHECK (seq >= 1),
    manifest_sha256 TEXT NOT NULL,
    prev_manifest_sha256 TEXT,
    file_name TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('applied','held')),
    stored_as TEXT,
    records INTEGER NOT NULL,
    privacy TEXT NOT NULL,
    received_at TEXT NOT NULL,
    applied_at TEXT,
    PRIMARY KEY (office_code, seq)
  ) STRICT`.execute(db);

  // A second, different bundle for a seq already taken (or a broken chain): kept aside, never applied.
  await sql`CREATE TABLE conflicts (
    id INTEGER PRIMARY KEY,
    office_code TEXT NOT NULL,
    seq INTEGER NOT NULL,
    manifest_sha256 TEXT NOT NULL,
    file_name TEXT NOT NULL,
    stored_as TEXT NOT NULL,
    reason TEXT NOT NULL,
    received_at TEXT NOT NULL,
    UNIQUE (office_code, seq, manifest_sha256)
  ) STRICT`.execute(db);

  // Every office's records, the newest version of each (tombstones kept as records).
  // A rowid table with a unique index, not WITHOUT ROWID: bodies are ~1 KB, and
  // SQLite's WITHOUT ROWID B-tree suits only small rows.
  await sql`CREATE TABLE records (
    office_code TEXT NOT NULL,
    entity TEXT NOT NULL,
    id TEXT NOT NULL,
    version INTEGER NOT NULL,
    updated_at TEXT NOT NULL,
    deleted_at TEXT,
    body TEXT NOT NULL,
    bundle_seq INTEGER NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE UNIQUE INDEX records_key ON records(office_code, entity, id)`.execute(db);
}
