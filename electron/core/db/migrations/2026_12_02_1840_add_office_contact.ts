// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * The office's address, contact person and phone (the 联系人及电话 of the 诉调对接
 * 移送函; the phone is the office's, not a person's private number) and the name of
 * its people's mediation committee for the seal line (NULL: 「<街道>人民调解委员会」).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE offices ADD COLUMN address TEXT`.execute(db);
  await sql`ALTER TABLE offices ADD COLUMN contact_name TEXT`.execute(db);
  await sql`ALTER TABLE offices ADD COLUMN contact_phone TEXT`.execute(db);
  await sql`ALTER TABLE offices ADD COLUMN committee_name TEXT`.execute(db);
}
