// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

export async function up(db: Kysely<unknown>): Promise<void> {
  // The community page lists the topics about a community and its estates by community_id;
  // without this index that filter read every topic of the office.
  await sql`CREATE INDEX meeting_topics_community ON meeting_topics(community_id, received_at) WHERE deleted_at IS NULL`.execute(db);
}
