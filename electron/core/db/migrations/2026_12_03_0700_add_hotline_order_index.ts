// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // A 12345 work-order number typed into search finds its case first, and intake warns
  // of another case with the same order: both look the number up exactly, by index.
  await sql`CREATE INDEX disputes_hotline_order ON disputes(hotline_order_no) WHERE deleted_at IS NULL AND hotline_order_no IS NOT NULL`.execute(db);
}
