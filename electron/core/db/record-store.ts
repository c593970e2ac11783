import type { Insertable, Kysely, Selectable, Transaction, Updateable } from 'kysely';
import { appendChange } from '../changes/change-log.repository';
import { notFound, staleVersion } from '../errors';
import type { CommitteeTable } from '../committees/committees.table';
// --- policy (政策包) ---
import type { PolicyTable } from '../policy/policy.table';
import { assertSealed } from '../fieldcrypt/sealed-guard';
import type { MeetingTable } from '../meetings/meetings.table';
import type { Database } from './schema';
// actions (整改清单)
import type { ActionTable } from '../actions/actions.table';
// consult (结果公示)
import type { ConsultTable } from '../consult/consult.table';

/** Tables whose rows carry id, version, timestamps and a tombstone. */
export type VersionedTable =
  | 'offices' | 'communities' | 'companies' | 'estates' | 'staff'
  | 'disputes' | 'dispute_parties' | 'dispute_sessions' | 'dispute_evidence' | 'dispute_escalations' | 'deadline_rules'
  | CommitteeTable
  // meetings (issue 11)
  | MeetingTable
  // actions (整改清单)
  | ActionTable
  // --- policy (政策包) ---
  | PolicyTable
  // consult (结果公示)
  | ConsultTable;

type Row<T extends VersionedTable> = Selectable<Database[T]>;

// Kysely cannot narrow a union of table names inside one generic function; the
// public signatures below are typed per table, and this loose handle stays here.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
const loose = (trx: Transaction<Database>) => trx as unknown as Kysely<any>;

export type WriteMeta = { at: string; actor: string; what: string };

/** Inserts a row and records it in the change log, in the caller's transaction; returns the new record's id. */
export async function insertRecord<T extends VersionedTable>(
  trx: Transaction<Database>,
  table: T,
  row: Insertable<Database[T]> & { id: string },
  meta: WriteMeta,
): Promise<{ id: string }> {
  assertSealed(table, row);
  await loose(trx).insertInto(table as string).values(row).execute();
  await appendChange(trx, { at: meta.at, actor: meta.actor, entity: table, entityId: row.id, action: 'create', record: row });
  return { id: row.id };
}

/**
 * Optimistic update: only if the stored version is still `version`. A missing row
 * is `not-found`; a newer version is `conflict` (someone else saved first, and
 * the second save is refused so nothing of theirs is lost).
 */
export async function updateRecord<T extends VersionedTable>(
  trx: Transaction<Database>,
  table: T,
  id: string,
  version: number,
  patch: Updateable<Database[T]>,
  meta: WriteMeta,
  action: 'update' | 'delete' = 'update',
): Promise<Row<T>> {
  assertSealed(table, patch as Record<string, unknown>);
  const db = loose(trx);
  const result = await db
    .updateTable(table as string)
    .set({ ...(patch as Record<string, unknown>), updated_at: meta.at, version: version + 1 })
    .where('id', '=', id)
    .where('version', '=', version)
    .where('deleted_at', 'is', null)
    .executeTakeFirst();
  if (result.numUpdatedRows !== 1n) {
    const exists = await db.selectFrom(table as string).select('id').where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
    throw exists ? staleVersion(meta.what) : notFound(meta.what);
  }
  const row = (await db.selectFrom(table as string).selectAll().where('id', '=', id).executeTakeFirstOrThrow()) as Row<T>;
  await appendChange(trx, { at: meta.at, actor: meta.actor, entity: table, entityId: id, action, record: row as Record<string, unknown> });
  return row;
}

/** Soft delete: sets the tombstone (records that travel to the city are never DELETEd). */
export function tombstoneRecord<T extends VersionedTable>(
  trx: Transaction<Database>,
  table: T,
  id: string,
  version: number,
  meta: WriteMeta,
): Promise<Row<T>> {
  return updateRecord(trx, table, id, version, { deleted_at: meta.at } as unknown as Updateable<Database[T]>, meta, 'delete');
}
