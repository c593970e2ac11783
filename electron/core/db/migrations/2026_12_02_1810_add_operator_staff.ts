// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // An account may stand for one member of staff (调解员 张敏 signs in as zhangmin), so
  // 工作台 can list the cases assigned to whoever is signed in. Optional: the
  // administrator's account and shared clerk accounts stand for nobody.
  await sql`ALTER TABLE operators ADD COLUMN staff_id TEXT REFERENCES staff(id)`.execute(db);
  // One account per member of staff: two accounts for one person would split their cases.
  await sql`CREATE UNIQUE INDEX operators_staff ON operators(staff_id) WHERE staff_id IS NOT NULL AND deleted_at IS NULL`.execute(db);
}
