import type { IdSource } from '../ports';

/** Columns every record that travels to the city carries (every domain's tables extend it). */
export type RecordColumns = {
  id: string;
  office_id: string;
  created_at: string;
  updated_at: string;
  version: number;
  deleted_at: string | null;
};

/**
 * The common columns of a new record: a fresh UUIDv7, the office, created and
 * updated at `at`, version 1, no tombstone. Services spread it into the row
 * (`{ ...newRecord(...), name }`) rather than writing these six columns by hand.
 */
export function newRecord(ids: IdSource, officeId: string, at: string): RecordColumns {
  return { id: ids.next(), office_id: officeId, created_at: at, updated_at: at, version: 1, deleted_at: null };
}
