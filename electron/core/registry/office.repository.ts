import type { Kysely, Selectable, Transaction } from 'kysely';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import type { Database } from '../db/schema';
import { nowIso, type ServiceDeps } from '../service-deps';
import type { OfficesTable } from './registry.table';

export type OfficeRow = Selectable<OfficesTable>;

export const getOffice = (db: Kysely<Database> | Transaction<Database>) =>
  db.selectFrom('offices').selectAll().where('deleted_at', 'is', null).orderBy('created_at').limit(1).executeTakeFirst();

/** Creates the office profile (once, at first start or by the demo). */
export async function insertOffice(
  trx: Transaction<Database>,
  deps: ServiceDeps,
  input: { name: string; divisionCode: string },
  actor: string,
): Promise<OfficeRow> {
  const at = nowIso(deps);
  // The office is the one record without an office_id: it is the office.
  const { office_id: _none, ...common } = newRecord(deps.ports.ids, '', at);
  const row: OfficeRow = { ...common, name: input.name, division_code: input.divisionCode, address: null, contact_name: null, contact_phone: null, committee_name: null };
  await insertRecord(trx, 'offices', row, { at, actor, what: '街道信息' });
  return row;
}
