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
 * Per current committee: its sitting members (the count kept on the row) and how
 * many of them attended a session held between `from` and `to` (inclusive). The
 * attendance is counted once per committee from the period's sessions (index on
 * held_on, then each session's attendance), not searched again for every committee.
 */
export async function coverageRows(db: Q, from: string, to: string): Promise<CoverageRow[]> {
  const r = await sql<CoverageRow>`
    WITH trained AS (
      SELECT m.committee_id, count(DISTINCT m.id) AS n
        FROM training_sessions s
        JOIN training_attendance a ON a.session_id = s.id AND a.deleted_at IS NULL
        JOIN committee_members m ON m.id = a.member_id AND m.deleted_at IS NULL AND m.ceased_on IS NULL
       WHERE s.deleted_at IS NULL AND s.held_on BETWEEN ${from} AND ${to}
       GROUP BY m.committee_id)
    SELECT c.id AS committee_id, e.name AS estate_name, c.term_no, c.serving_members AS sitting, coalesce(t.n, 0) AS trained
      FROM committees c JOIN estates e ON e.id = c.estate_id LEFT JOIN trained t ON t.committee_id = c.id
     WHERE c.deleted_at IS NULL AND c.status IN ('sitting', 're-electing')
     ORDER BY e.name_sort, c.id`.execute(db);
  return r.rows;
}
