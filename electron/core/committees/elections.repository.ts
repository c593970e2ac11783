import type { Selectable } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type { CandidateChecksTable, CandidateOpinionsTable, CommitteeElectionsTable, ElectionCandidatesTable, ElectionObjectionsTable } from './committees.table';

export type ElectionRecord = Selectable<CommitteeElectionsTable>;
export type CandidateRecord = Selectable<ElectionCandidatesTable>;
export type CheckRecord = Selectable<CandidateChecksTable>;
export type OpinionRecord = Selectable<CandidateOpinionsTable>;
export type ObjectionRecord = Selectable<ElectionObjectionsTable>;
type Q = Db | Tx;

export const findElection = (db: Q, id: string) =>
  db.selectFrom('committee_elections').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** The estate's election still under way (not yet 已选举), if any. */
export const openElectionOfEstate = (db: Q, estateId: string) =>
  db.selectFrom('committee_elections').selectAll().where('estate_id', '=', estateId).where('status', '<>', 'result-entered').where('deleted_at', 'is', null).executeTakeFirst();

/** Elections, newest first, with the estate's name and the number of candidates. */
export const listElections = (db: Q, estateId?: string) => {
  let q = db
    .selectFrom('committee_elections as el')
    .innerJoin('estates as e', 'e.id', 'el.estate_id')
    .select((eb) => [
      'el.id', 'el.estate_id', 'e.name as estate_name', 'el.kind', 'el.status', 'el.created_at',
      eb.selectFrom('election_candidates as c').select((s) => s.fn.countAll<number>().as('n')).whereRef('c.election_id', '=', 'el.id').where('c.deleted_at', 'is', null).as('candidates'),
    ])
    .where('el.deleted_at', 'is', null);
  if (estateId) q = q.where('el.estate_id', '=', estateId);
  return q.orderBy('el.created_at', 'desc').orderBy('el.id', 'desc').limit(500).execute();
};

export const candidatesOf = (db: Q, electionId: string) =>
  db.selectFrom('election_candidates').selectAll().where('election_id', '=', electionId).where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();

export const findCandidate = (db: Q, id: string) =>
  db.selectFrom('election_candidates').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** The candidate of this election holding the ID number with this keyed hash (fieldcrypt/), if any. */
export const candidateByIdNumber = (db: Q, electionId: string, idNumberHash: string) =>
  db.selectFrom('election_candidates').selectAll().where('election_id', '=', electionId).where('id_number_hash', '=', idNumberHash).where('deleted_at', 'is', null).executeTakeFirst();

export const checksOfElection = (db: Q, electionId: string) =>
  db
    .selectFrom('candidate_checks as k')
    .innerJoin('election_candidates as c', 'c.id', 'k.candidate_id')
    .selectAll('k')
    .where('c.election_id', '=', electionId)
    .where('k.deleted_at', 'is', null)
    .execute();

export const opinionsOfElection = (db: Q, electionId: string) =>
  db
    .selectFrom('candidate_opinions as o')
    .innerJoin('election_candidates as c', 'c.id', 'o.candidate_id')
    .selectAll('o')
    .where('c.election_id', '=', electionId)
    .where('o.deleted_at', 'is', null)
    .execute();

export const findCheck = (db: Q, candidateId: string, itemKey: string) =>
  db.selectFrom('candidate_checks').selectAll().where('candidate_id', '=', candidateId).where('item_key', '=', itemKey).where('deleted_at', 'is', null).executeTakeFirst();

export const findOpinion = (db: Q, candidateId: string, department: string) =>
  db.selectFrom('candidate_opinions').selectAll().where('candidate_id', '=', candidateId).where('department', '=', department).where('deleted_at', 'is', null).executeTakeFirst();

export const objectionsOf = (db: Q, electionId: string) =>
  db.selectFrom('election_objections').selectAll().where('election_id', '=', electionId).where('deleted_at', 'is', null).orderBy('received_on').orderBy('id').execute();

export const findObjection = (db: Q, id: string) =>
  db.selectFrom('election_objections').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
