import type { Selectable } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type { CommitteeEvaluationsTable } from './committees.table';

export type EvaluationRecord = Selectable<CommitteeEvaluationsTable> & { estate_name: string; term_no: number };
type Q = Db | Tx;

const withNames = (db: Q) =>
  db
    .selectFrom('committee_evaluations as v')
    .innerJoin('committees as c', 'c.id', 'v.committee_id')
    .innerJoin('estates as e', 'e.id', 'c.estate_id')
    .selectAll('v')
    .select(['e.name as estate_name', 'c.term_no'])
    .where('v.deleted_at', 'is', null);

/** A committee's evaluations, newest half first. */
export const evaluationsOf = (db: Q, committeeId: string): Promise<EvaluationRecord[]> =>
  withNames(db).where('v.committee_id', '=', committeeId).orderBy('v.half', 'desc').execute();

/** Every evaluation of one half year, highest total first (the office's ranking). */
export const evaluationsOfHalf = (db: Q, half: string): Promise<EvaluationRecord[]> =>
  withNames(db).where('v.half', '=', half).orderBy('v.total', 'desc').orderBy('e.name_sort').execute();

export const evaluationOf = (db: Q, committeeId: string, half: string) =>
  db.selectFrom('committee_evaluations').selectAll().where('committee_id', '=', committeeId).where('half', '=', half).where('deleted_at', 'is', null).executeTakeFirst();

/** The totals of one half year (for ranks). */
export const totalsOfHalf = (db: Q, half: string) =>
  db.selectFrom('committee_evaluations').select(['half', 'total']).where('half', '=', half).where('deleted_at', 'is', null).execute();

/** The totals of several half years at once. */
export const totalsOfHalves = (db: Q, halves: string[]) =>
  halves.length === 0
    ? Promise.resolve([])
    : db.selectFrom('committee_evaluations').select(['half', 'total']).where('half', 'in', halves).where('deleted_at', 'is', null).execute();
