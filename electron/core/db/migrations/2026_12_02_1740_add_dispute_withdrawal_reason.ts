// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // Why a case was withdrawn (撤回), required since withdrawals are reviewed like
  // rejections. Nullable without a default: earlier change-log payloads lack the key.
  await sql`ALTER TABLE disputes ADD COLUMN withdrawal_reason TEXT`.execute(db);
}
