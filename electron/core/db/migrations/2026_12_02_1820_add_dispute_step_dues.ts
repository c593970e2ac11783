// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

const STEPS = ['first_session', 'outcome', 'joint_referral', 'feedback', 'return_visit'];

export async function up(db: Kysely<unknown>): Promise<void> {
  // Beside next_due_at, the nearest unmet due time per event that meets it (derived,
  // like next_due_at), so late cases can be counted and listed by what they wait for
  // without computing every case's deadlines. Empty here: the app fills them on open
  // (deadlines are app rules, which a migration never imports).
  for (const step of STEPS) {
    const column = sql.raw(`due_${step}_at`);
    await sql`ALTER TABLE disputes ADD COLUMN ${column} TEXT`.execute(db);
    // Partial: most cases wait for nothing, so each index holds only the cases that do.
    await sql`CREATE INDEX ${sql.raw(`disputes_due_${step}`)} ON disputes(${column}) WHERE ${column} IS NOT NULL AND deleted_at IS NULL`.execute(db);
  }
}
