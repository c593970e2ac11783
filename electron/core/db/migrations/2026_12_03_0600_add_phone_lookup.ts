// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * Phone search by keyed hash (HMAC-SHA256 under a key of the office's secret store):
 * one row per party with a phone. Local and derived, like the search index: not a
 * record, no change-log entry, never exported. Filled for existing parties when the
 * ledger is next opened (the key is not reachable from a migration).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE dispute_phone_lookup (
    party_id TEXT PRIMARY KEY,
    dispute_id TEXT NOT NULL,
    phone_hash TEXT NOT NULL
  ) STRICT, WITHOUT ROWID`.execute(db);
  await sql`CREATE INDEX dispute_phone_lookup_hash ON dispute_phone_lookup (phone_hash, dispute_id)`.execute(db);
}
