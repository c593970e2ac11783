import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export type DocumentLogRow = { seq: number; at: string; actor: string; entity: string; entity_id: string; payload: string };

/** The change-log entries about generated documents (generation, opening, deletion), oldest first. */
export function documentLogEntries(db: Kysely<Database>, entities: readonly string[]): Promise<DocumentLogRow[]> {
  return db.selectFrom('changes').select(['seq', 'at', 'actor', 'entity', 'entity_id', 'payload']).where('entity', 'in', entities).orderBy('seq').execute() as Promise<DocumentLogRow[]>;
}

/** Each account's display name by username (deleted accounts too: the log still names them). */
export async function operatorNames(db: Kysely<Database>): Promise<Map<string, string>> {
  const rows = await db.selectFrom('operators').select(['username', 'display_name']).execute();
  return new Map(rows.map((r) => [r.username, r.display_name]));
}
