import { sql, type Selectable } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type { CommitteeCorrectionsTable, CommitteeMembersTable, CommitteesTable } from './committees.table';

/**
 * Reads of committees and their members. Exported for other domains (meetings
 * link to a committee and its members by these ids): they read through here,
 * never through the tables directly.
 */
export type CommitteeRecord = Selectable<CommitteesTable>;
export type MemberRecord = Selectable<CommitteeMembersTable>;
export type CorrectionRecord = Selectable<CommitteeCorrectionsTable>;
type Q = Db | Tx;

/** A committee (one term) by id, unless tombstoned. */
export const findCommittee = (db: Q, id: string) =>
  db.selectFrom('committees').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** The estate's current committee (any status but 已解散), if it has one. */
export const currentCommitteeOfEstate = (db: Q, estateId: string) =>
  db.selectFrom('committees').selectAll().where('estate_id', '=', estateId).where('status', '<>', 'dissolved').where('deleted_at', 'is', null).executeTakeFirst();

/** Every term of an estate, oldest first. */
export const termsOfEstate = (db: Q, estateId: string) =>
  db.selectFrom('committees').selectAll().where('estate_id', '=', estateId).where('deleted_at', 'is', null).orderBy('term_start').orderBy('term_no').execute();

/** A committee's members, serving and former, chair first. */
export const membersOf = (db: Q, committeeId: string) =>
  db
    .selectFrom('committee_members')
    .selectAll()
    .where('committee_id', '=', committeeId)
    .where('deleted_at', 'is', null)
    .orderBy(sql`ceased_on IS NOT NULL`)
    .orderBy(sql`CASE position WHEN 'chair' THEN 0 WHEN 'vice-chair' THEN 1 ELSE 2 END`)
    .orderBy('designated_on')
    .orderBy('id')
    .execute();

/** One member by id. */
export const findMember = (db: Q, id: string) =>
  db.selectFrom('committee_members').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/**
 * Where a person (by the keyed hash of the ID number, fieldcrypt/) already serves on
 * a current committee: the estate and term of that seat, or undefined.
 * `exceptMemberId` leaves out the row being edited.
 */
export const seatElsewhere = (db: Q, idNumberHash: string, exceptMemberId: string | null = null) =>
  db
    .selectFrom('committee_members as m')
    .innerJoin('committees as c', 'c.id', 'm.committee_id')
    .innerJoin('estates as e', 'e.id', 'c.estate_id')
    .select(['e.name as estate_name', 'c.term_no', 'c.id as committee_id'])
    .where('m.id_number_hash', '=', idNumberHash)
    .where('m.ceased_on', 'is', null)
    .where('m.deleted_at', 'is', null)
    .where('c.deleted_at', 'is', null)
    .where('c.status', '<>', 'dissolved')
    .where('m.id', '!=', exceptMemberId ?? '')
    .limit(1)
    .executeTakeFirst();

/** An estate's name and households, unless deleted. */
export const estateFacts = (db: Q, estateId: string) =>
  db.selectFrom('estates as e').innerJoin('communities as c', 'c.id', 'e.community_id').select(['e.id', 'e.name', 'e.households', 'c.name as community_name']).where('e.id', '=', estateId).where('e.deleted_at', 'is', null).executeTakeFirst();

export const correctionsOf = (db: Q, committeeId: string) =>
  db.selectFrom('committee_corrections').selectAll().where('committee_id', '=', committeeId).where('deleted_at', 'is', null).orderBy('corrected_on', 'desc').orderBy('id', 'desc').execute();

/** The stored rules row, if the director has edited the rules. */
export const storedRules = (db: Q) => db.selectFrom('committee_rules').selectAll().where('deleted_at', 'is', null).orderBy('created_at').limit(1).executeTakeFirst();

/** The phone and ID number of a member or a candidate (for the logged reveal only). */
export const sensitiveOf = (db: Q, table: 'committee_members' | 'election_candidates', id: string) =>
  table === 'committee_members'
    ? db.selectFrom('committee_members').select(['id', 'phone', 'id_number']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst()
    : db.selectFrom('election_candidates').select(['id', 'phone', 'id_number']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** Every saved version of the committee rules, oldest first, from the change log (the row itself keeps only the latest). */
export const rulesVersions = (db: Q) =>
  db
    .selectFrom('changes')
    .select(['seq', 'at', 'actor', 'payload'])
    .where('entity', '=', 'committee_rules')
    .where('action', 'in', ['create', 'update'])
    .orderBy('seq')
    .execute();

/** Operators' display names by username (the change log records usernames). */
export async function operatorNames(db: Q, usernames: string[]): Promise<Map<string, string>> {
  if (usernames.length === 0) return new Map();
  const rows = await db.selectFrom('operators').select(['username', 'display_name']).where('username', 'in', usernames).execute();
  return new Map(rows.map((r) => [r.username, r.display_name]));
}
