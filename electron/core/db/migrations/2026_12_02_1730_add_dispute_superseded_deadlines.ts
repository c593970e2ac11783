// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Deadlines already missed under a tier the case was escalated out of, as a JSON
  // array of { kind, dueAt, metBy, tier }: escalation restarts the tier clocks, and
  // without this the lateness would vanish from the record and the monthly count.
  // NULL (none) and no default: rows logged before this column existed have no such
  // key in their change-log payload, which `ledger check` reads as NULL.
  await sql`ALTER TABLE disputes ADD COLUMN superseded_deadlines TEXT CHECK (superseded_deadlines IS NULL OR json_valid(superseded_deadlines))`.execute(db);
}

