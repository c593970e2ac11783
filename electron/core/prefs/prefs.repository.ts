import type { Db } from '../db/schema';

export const readPref = (db: Db, operatorId: string, key: string) =>
  db.selectFrom('operator_preferences').select('value').where('operator_id', '=', operatorId).where('key', '=', key).executeTakeFirst();

export const writePref = (db: Db, operatorId: string, key: string, value: string, at: string) =>
  db
    .insertInto('operator_preferences')
    .values({ operator_id: operatorId, key, value, updated_at: at })
    .onConflict((oc) => oc.columns(['operator_id', 'key']).doUpdateSet({ value, updated_at: at }))
    .execute();
