import type { Db, Tx } from '../db/schema';

type Q = Db | Tx;

/** Every pack applied, oldest version first (the last is in force). */
export const appliedPacks = (db: Q) => db.selectFrom('policy_packs').selectAll().where('deleted_at', 'is', null).orderBy('pack_version').execute();

/** What changes when a pack is applied: a cheap key for the calendar cache. */
export const packsKey = async (db: Q): Promise<string> => {
  const r = await db
    .selectFrom('policy_packs')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('pack_version').as('top')])
    .where('deleted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return `${r.n}:${r.top ?? 0}`;
};

export const inForce = (db: Q) =>
  db.selectFrom('policy_packs').selectAll().where('deleted_at', 'is', null).orderBy('pack_version', 'desc').limit(1).executeTakeFirst();

export const pendingRecompute = (db: Q) => db.selectFrom('policy_recompute').selectAll().executeTakeFirst();
export const startRecompute = (trx: Tx, packId: string, at: string) => trx.insertInto('policy_recompute').values({ pack_id: packId, after_rowid: 0, started_at: at }).execute();
export const advanceRecompute = (trx: Tx, packId: string, afterRowid: number) =>
  trx.updateTable('policy_recompute').set({ after_rowid: afterRowid }).where('pack_id', '=', packId).execute();
export const finishRecompute = (trx: Tx, packId: string) => trx.deleteFrom('policy_recompute').where('pack_id', '=', packId).execute();
