// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * What the 人民调解协议书 (the Ministry of Justice's standard form) prints for each
 * party: a person's 性别, 出生日期, 民族, 职业或职务 and 住所; an organisation's
 * 住所 and 法定代表人/负责人. All optional at intake (NULL until a clerk fills them
 * in); the documents service requires them before it writes the agreement.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE dispute_parties ADD COLUMN gender TEXT CHECK (gender IN ('male','female'))`.execute(db);
  await sql`ALTER TABLE dispute_parties ADD COLUMN birth_date TEXT CHECK (birth_date GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')`.execute(db);
  await sql`ALTER TABLE dispute_parties ADD COLUMN ethnicity TEXT`.execute(db);
  await sql`ALTER TABLE dispute_parties ADD COLUMN occupation TEXT`.execute(db);
  await sql`ALTER TABLE dispute_parties ADD COLUMN residence TEXT`.execute(db);
  await sql`ALTER TABLE dispute_parties ADD COLUMN representative TEXT`.execute(db);
}
