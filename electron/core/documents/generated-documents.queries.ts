import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';

export type DocumentLogRow = { seq: number; at: string; actor: string; entity: string; entity_id: string; payload: string };

/** The change-log entries about generated documents (generation, opening, deletion), oldest first. */
export function documentLogEntries(db: Kysely<Database>, entities: readonly string[]): Promise<DocumentLogRow[]> {
  return db.selectFrom('changes').select(['seq', 'at', 'actor', 'entity', 'entity_id', 'payload']).where('entity', 'in', entities).orderBy('seq').execute() as Promise<DocumentLogRow[]>;
}
