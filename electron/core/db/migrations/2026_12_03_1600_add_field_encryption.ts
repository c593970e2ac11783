// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * Phone and ID numbers encrypted at rest (fieldcrypt/). The values themselves are
 * sealed when the ledger is next opened, because the key lives in the office's
 * secret store, which a migration cannot reach; this prepares the tables:
 * - `field_keys`: the id (not the key) of each data key that sealed values here, so
 *   a missing or foreign key is refused by name instead of a new key being made;
 * - `sealed_changes`: the change-log entries whose payload had its plain values
 *   replaced by ciphertext after the fact, with the hash of the payload as sealed
 *   (see fieldcrypt/seal-existing.repository.ts for how the chain stays verifiable);
 * - `field_seal_state`: the change-log seq up to which no entry holds a plain value,
 *   so the sealing step at each open only looks at what came after, and whether the
 *   file still has to be rebuilt to drop the plain values' old pages;
 * - `id_number_hash`: the keyed hash that duplicate checks compare, because equal ID
 *   numbers no longer give equal ciphertexts. The look-up indexes move to it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE field_keys (key_id TEXT PRIMARY KEY) STRICT`.execute(db);
  await sql`CREATE TABLE sealed_changes (
    seq INTEGER PRIMARY KEY,
    sealed_hash TEXT NOT NULL,
    seal_seq INTEGER NOT NULL
  ) STRICT`.execute(db);
  await sql`CREATE TABLE field_seal_state (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    sealed_through INTEGER NOT NULL,
    scrub_pending INTEGER NOT NULL CHECK (scrub_pending IN (0, 1))
  ) STRICT`.execute(db);
  await sql`INSERT INTO field_seal_state (id, sealed_through, scrub_pending) VALUES (1, 0, 0)`.execute(db);
  for (const table of ['dispute_parties', 'committee_members', 'election_candidates']) {
    await sql`ALTER TABLE ${sql.table(table)} ADD COLUMN id_number_hash TEXT`.execute(db);
  }
  await sql`DROP INDEX committee_members_person`.execute(db);
  await sql`CREATE INDEX committee_members_person ON committee_members(id_number_hash) WHERE deleted_at IS NULL AND ceased_on IS NULL`.execute(db);
  await sql`DROP INDEX election_candidates_person`.execute(db);
  await sql`CREATE UNIQUE INDEX election_candidates_person ON election_candidates(election_id, id_number_hash) WHERE deleted_at IS NULL`.execute(db);
}
