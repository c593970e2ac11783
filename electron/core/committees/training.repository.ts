import { sql } from 'kysely';
import type { Db, Tx } from '../db/schema';

type Q = Db | Tx;

/** Training sessions, newest first, with how many members attended. */
export const listSessions = (db: Q) =>
  db
    .selectFrom('training_sessions as s')
    .selectAll('s')
    .select((eb) => eb.selectFrom('training_attendance as a').select((x) => x.fn.countAll<number>().as('n')).whereRef('a.session_id', '=', 's.id').where('a.deleted_at', 'is', null).as('attendees'))
    .where('s.deleted_at', 'is', null)
    .orderBy('s.held_on', 'desc')
    .orderBy('s.id', 'desc')
    .limit(500)
    .execute();

/** Members by id with their committee's status (to check attendance). */
export const membersById = (db: Q, ids: string[]) =>
  ids.length === 0
    ? Promise.resolve([])
    : db
        .selectFrom('committee_members as m')
        .innerJoin('committees as c', 'c.id', 'm.committee_id')
        .select(['m.id', 'm.name', 'm.designated_on', 'm.ceased_on', 'c.status'])
        .where('m.id', 'in', ids)
        .where('m.deleted_at', 'is', null)
        .execute();

export type CoverageRow = { committee_id: string; estate_name: string; term_no: number; sitting: number; trained: number };

/**
 * Per current committee: its sitting members, and how many of them attended a
 * session held between `from` and `to` (inclusive), in one pass.
 */
export async function coverageRows(db: Q, from: string, to: string): Promise<CoverageRow[]> {
  const r = await sql<CoverageRow>`
    SELECT c.id AS committee_id, e.name AS estate_name, c.term_no,
      (SELECT count(*) FROM committee_members m WHERE m.committee_id = c.id AND m.deleted_at IS NULL AND m.ceased_on IS NULL) AS sitting,
      (SELECT count(DISTINCT m.id) FROM committee_members m
         JOIN training_attendance a ON a.member_id = m.id AND a.deleted_at IS NULL
         JOIN training_sessions s ON s.id = a.session_id AND s.deleted_at IS NULL AND s.held_on BETWEEN ${from} AND ${to}
        WHERE m.committee_id = c.id AND m.deleted_at IS NULL AND m.ceased_on IS NULL) AS trained
    FROM committees c JOIN estates e ON e.id = c.estate_id
    WHERE c.deleted_at IS NULL AND c.status IN ('sitting', 're-electing')
    ORDER BY e.name`.execute(db);
  return r.rows;
}
