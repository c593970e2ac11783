import { sql } from 'kysely';
import type { Db, Tx } from '../db/schema';

type Q = Db | Tx;

export const findProcedure = (db: Q, id: string) =>
  db.selectFrom('withdrawal_procedures').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** A member's procedure still under way, if any. */
export const openProcedureOf = (db: Q, memberId: string) =>
  db.selectFrom('withdrawal_procedures').selectAll().where('member_id', '=', memberId).where('step', '<>', 'decided').where('deleted_at', 'is', null).executeTakeFirst();

/** The procedures of a committee's members, newest first. */
export const proceduresOfCommittee = (db: Q, committeeId: string) =>
  db
    .selectFrom('withdrawal_procedures as w')
    .innerJoin('committee_members as m', 'm.id', 'w.member_id')
    .selectAll('w')
    .select('m.name as member_name')
    .where('m.committee_id', '=', committeeId)
    .where('w.deleted_at', 'is', null)
    .orderBy('w.proposed_on', 'desc')
    .execute();

/** Members of current committees who served at some point of `year`, and those of them adjusted (劝退 or 罢免) in it. */
export async function unfitCounts(db: Q, year: string) {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  // One pass over the year's members: all of them, and those persuaded to withdraw or removed this year.
  const row = await db
    .selectFrom('committee_members as m')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .where('m.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null)
    .where('m.designated_on', '<=', to)
    .where((eb) => eb.or([eb('m.ceased_on', 'is', null), eb('m.ceased_on', '>=', from)]))
    .select((eb) => [
      eb.fn.countAll<number>().as('members'),
      sql<number | null>`sum(m.cease_reason IN ('persuaded-to-withdraw', 'removed') AND m.ceased_on >= ${from})`.as('adjusted'),
    ])
    .executeTakeFirstOrThrow();
  return { members: Number(row.members), adjusted: Number(row.adjusted ?? 0) };
}
