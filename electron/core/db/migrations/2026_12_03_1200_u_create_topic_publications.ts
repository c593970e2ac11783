// Frozen: never edit once released, never import app code. Add a new migration instead.
import { sql, type Kysely } from 'kysely';

/**
 * 结果公示: a resolved topic's result is posted where residents see it, from one
 * China date to another (inclusive; seven days by default). The `u_` keeps this
 * after the action-item migrations of the same slot in name order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE TABLE topic_publications (
    id TEXT PRIMARY KEY NOT NULL,
    office_id TEXT NOT NULL REFERENCES offices(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1),
    deleted_at TEXT,
    topic_id TEXT NOT NULL REFERENCES meeting_topics(id),
    place TEXT NOT NULL CHECK (length(place) > 0),
    published_from TEXT NOT NULL CHECK (length(published_from) = 10),
    published_until TEXT NOT NULL CHECK (published_until >= published_from),
    notice TEXT NOT NULL CHECK (length(notice) > 0)
  ) STRICT`.execute(db);
  // The dashboard's countdowns: publications not yet ended.
  await sql`CREATE INDEX topic_publications_until ON topic_publications(published_until, published_from) WHERE deleted_at IS NULL`.execute(db);
  await sql`CREATE INDEX topic_publications_topic ON topic_publications(topic_id) WHERE deleted_at IS NULL`.execute(db);
}
