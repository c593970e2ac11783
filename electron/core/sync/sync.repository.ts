import type { Insertable, Kysely, Selectable, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import type { BundlesTable } from './sync.table';

type Q = Kysely<Database> | Transaction<Database>;
export type BundleRow = Selectable<BundlesTable>;

export const getSetting = (db: Q, key: string) => db.selectFrom('sync_settings').selectAll().where('key', '=', key).executeTakeFirst();

export async function putSetting(trx: Transaction<Database>, key: string, value: string, at: string, by: string): Promise<void> {
  await trx
    .insertInto('sync_settings')
    .values({ key, value, updated_at: at, updated_by: by })
    .onConflict((oc) => oc.column('key').doUpdateSet({ value, updated_at: at, updated_by: by }))
    .execute();
}

export const lastBundle = (db: Q) => db.selectFrom('bundles').selectAll().orderBy('seq', 'desc').limit(1).executeTakeFirst();
export const listBundles = (db: Q) => db.selectFrom('bundles').selectAll().orderBy('seq', 'desc').execute();
export const findBundle = (db: Q, seq: number) => db.selectFrom('bundles').selectAll().where('seq', '=', seq).executeTakeFirst();

export async function insertBundle(trx: Transaction<Database>, row: Insertable<BundlesTable>): Promise<void> {
  await trx.insertInto('bundles').values(row).execute();
}

/** Marks a bundle confirmed by a city receipt (first confirmation wins). */
export async function confirmBundle(trx: Transaction<Database>, seq: number, at: string, issuedAt: string): Promise<void> {
  await trx.updateTable('bundles').set({ confirmed_at: at, receipt_issued_at: issuedAt }).where('seq', '=', seq).where('confirmed_at', 'is', null).execute();
}
