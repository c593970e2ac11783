// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // 每月研判 counts outcomes, referrals and feedback by the month they happened in. Without
  // these, each count read every case (seconds at a million). Each index is partial (only
  // cases that have the time) and covers its query: the flags are indexed expressions, so
  // the long agreed terms and failure reasons are never read.
  await sql`CREATE INDEX disputes_outcome_at ON disputes(outcome_at, agreed_terms IS NOT NULL, failure_reason IS NOT NULL)
    WHERE deleted_at IS NULL AND outcome_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX disputes_referred_at ON disputes(department_referred_at, failure_reason IS NULL)
    WHERE deleted_at IS NULL AND department_referred_at IS NOT NULL`.execute(db);
  await sql`CREATE INDEX disputes_feedback_at ON disputes(feedback_at, satisfaction)
    WHERE deleted_at IS NULL AND feedback_at IS NOT NULL`.execute(db);
}
