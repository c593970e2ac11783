// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The office change-log range each bundle covers and the head it reached (its
  // signed manifest's `changes`), so the next bundle can be refused when the
  // office's head went back or no longer starts from it. NULL for bundles
  // imported before this migration: the check starts with the next one.
  await sql`ALTER TABLE bundles ADD COLUMN change_from_seq INTEGER`.execute(db);
  await sql`ALTER TABLE bundles ADD COLUMN change_to_seq INTEGER`.execute(db);
  await sql`ALTER TABLE bundles ADD COLUMN chain_head TEXT`.execute(db);
}
