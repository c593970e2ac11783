import { sql, type Selectable, type SqlBool } from 'kysely';
import type { Db, Tx } from '../db/schema';
import { DEADLINE_COLUMNS, STEP_DUE_COLUMNS, type DerivedDues, type DisputePartiesTable, type DisputesTable } from './disputes.table';

export type DisputeRecord = Selectable<DisputesTable>;
export type PartyRecord = Selectable<DisputePartiesTable>;
type Q = Db | Tx;

/** The next office sequence number of a year (case numbers 2026-0001, 2026-0002, …). */
export async function nextCaseSeq(trx: Tx, year: number): Promise<number> {
  const row = await trx.selectFrom('disputes').select((eb) => eb.fn.max('case_seq').as('m')).where('case_year', '=', year).executeTakeFirst();
  return Number(row?.m ?? 0) + 1;
}

/** A free search key near `received ms × 1000`, so the index's rowid order is received order. */
export async function freeSearchKey(trx: Tx, receivedMs: number): Promise<number> {
  let key = receivedMs * 1000;
  const taken = await trx
    .selectFrom('disputes')
    .select('search_key')
    .where('search_key', '>=', key)
    .where('search_key', '<', key + 1000)
    .orderBy('search_key', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (taken) key = taken.search_key + 1;
  return key;
}

export const findDispute = (db: Q, id: string) =>
  db.selectFrom('disputes').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** Names shown beside a case: estate, company, mediator. */
export const disputeNames = (db: Q, d: Pick<DisputeRecord, 'estate_id' | 'company_id' | 'mediator_id'>) =>
  sql<{ estate_name: string; company_name: string | null; mediator_name: string | null }>`
    SELECT (SELECT name FROM estates WHERE id = ${d.estate_id}) AS estate_name,
           (SELECT name FROM companies WHERE id = ${d.company_id}) AS company_name,
           (SELECT name FROM staff WHERE id = ${d.mediator_id}) AS mediator_name`
    .execute(db)
    .then((r) => r.rows[0]!);

export const listParties = (db: Q, disputeId: string) =>
  db.selectFrom('dispute_parties').selectAll().where('dispute_id', '=', disputeId).where('deleted_at', 'is', null).orderBy('position').execute();

export const findParty = (db: Q, partyId: string) =>
  db.selectFrom('dispute_parties').selectAll().where('id', '=', partyId).where('deleted_at', 'is', null).executeTakeFirst();

export const listSessions = (db: Q, disputeId: string) =>
  db
    .selectFrom('dispute_sessions as s')
    .leftJoin('staff as st', 'st.id', 's.mediator_id')
    .selectAll('s')
    .select('st.name as mediator_name')
    .where('s.dispute_id', '=', disputeId)
    .where('s.deleted_at', 'is', null)
    .orderBy('s.held_at')
    .execute();

export const listEvidence = (db: Q, disputeId: string) =>
  db.selectFrom('dispute_evidence').selectAll().where('dispute_id', '=', disputeId).where('deleted_at', 'is', null).orderBy('received_at').execute();

/** Escalations with who recorded them (from the change log). */
export const listEscalations = (db: Q, disputeId: string) =>
  db
    .selectFrom('dispute_escalations as e')
    .selectAll('e')
    .select((eb) =>
      eb
        .selectFrom('changes as c')
        .select('c.actor')
        .whereRef('c.entity_id', '=', 'e.id')
        .where('c.entity', '=', 'dispute_escalations')
        .where('c.action', '=', 'create')
        .limit(1)
        .as('actor'),
    )
    .where('e.dispute_id', '=', disputeId)
    .where('e.deleted_at', 'is', null)
    .orderBy('e.escalated_at')
    .execute();

/**
 * Who moved the case to `status` (結案, 不予受理, 撤回): the operator's name from the
 * change log, or the raw actor (e.g. cli:<user>) when no operator has that username.
 */
export async function actorOfStatus(db: Q, disputeId: string, status: string): Promise<string | null> {
  const row = await sql<{ actor: string; name: string | null }>`
    SELECT c.actor AS actor, o.display_name AS name FROM changes c
    LEFT JOIN operators o ON o.username = c.actor
    WHERE c.entity = 'disputes' AND c.entity_id = ${disputeId} AND c.action = 'update' AND c.payload ->> '$.status' = ${status}
    ORDER BY c.seq LIMIT 1`.execute(db);
  const hit = row.rows[0];
  return hit ? (hit.name ?? hit.actor) : null;
}

/** Replaces a case's entry in the search index. */
export async function writeSearchTokens(trx: Tx, searchKey: number, tokens: string, replace: boolean): Promise<void> {
  if (replace) await sql`DELETE FROM disputes_search WHERE rowid = ${searchKey}`.execute(trx);
  await sql`INSERT INTO disputes_search (rowid, tokens) VALUES (${searchKey}, ${tokens})`.execute(trx);
}

/** Derived columns, not office data: refreshed without a version bump or change-log entry. */
export const setDerivedDues = (trx: Tx, id: string, dues: DerivedDues) => trx.updateTable('disputes').set(dues).where('id', '=', id).execute();

/**
 * Cases whose per-step due columns were never filled (a ledger upgraded from before
 * they existed): a case with a next due time always has at least one of them.
 */
export const casesMissingStepDues = (db: Q, limit?: number) => {
  const q = db
    .selectFrom('disputes')
    .selectAll()
    .where('deleted_at', 'is', null)
    .where('next_due_at', 'is not', null)
    .where((eb) => eb.and(Object.values(STEP_DUE_COLUMNS).map((c) => eb(c, 'is', null))));
  return (limit === undefined ? q : q.limit(limit)).execute();
};

export const liveRules = (db: Q) => db.selectFrom('deadline_rules').selectAll().where('deleted_at', 'is', null).orderBy('created_at').orderBy('id').execute();

/** Cases whose deadlines can still change (everything but rejected and withdrawn). */
export const casesWithClocks = (db: Q) =>
  db.selectFrom('disputes').selectAll().where('deleted_at', 'is', null).where('status', 'not in', ['rejected', 'withdrawn']).execute();

/**
 * The next `limit` cases with clocks after `afterRowid`, in rowid order (batched recomputes):
 * only what the deadline rules read and the stored due columns, not the case's texts.
 */
export const casesWithClocksAfter = (db: Q, afterRowid: number, limit: number) =>
  db
    .selectFrom('disputes')
    .select(['id', 'next_due_at', ...Object.values(STEP_DUE_COLUMNS), ...DEADLINE_COLUMNS])
    .select(sql<number>`rowid`.as('rowid'))
    .where(sql<SqlBool>`rowid > ${afterRowid}`)
    .where('deleted_at', 'is', null)
    .where('status', 'not in', ['rejected', 'withdrawn'])
    .orderBy(sql`rowid`)
    .limit(limit)
    .execute();

export const countCasesWithClocks = async (db: Q): Promise<number> =>
  Number(
    (
      await db
        .selectFrom('disputes')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('deleted_at', 'is', null)
        .where('status', 'not in', ['rejected', 'withdrawn'])
        .executeTakeFirstOrThrow()
    ).n,
  );

export const companyOfEstate = async (db: Q, estateId: string): Promise<{ exists: boolean; companyId: string | null }> => {
  const row = await db.selectFrom('estates').select('company_id').where('id', '=', estateId).where('deleted_at', 'is', null).executeTakeFirst();
  return { exists: !!row, companyId: row?.company_id ?? null };
};

export const liveStaff = (db: Q, id: string) =>
  db.selectFrom('staff').select(['id', 'name', 'role']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

export const liveCompanyIds = async (db: Q, ids: readonly string[]): Promise<Set<string>> =>
  new Set(ids.length === 0 ? [] : (await db.selectFrom('companies').select('id').where('id', 'in', ids).where('deleted_at', 'is', null).execute()).map((r) => r.id));

export const officeName = async (db: Q): Promise<string> =>
  (await db.selectFrom('offices').select('name').where('deleted_at', 'is', null).executeTakeFirst())?.name ?? '';

/**
 * Every change-log entry of the case and its parties, sessions, evidence and
 * escalations, oldest first, with the operator's name where the actor is one.
 * Each record is found through the changes(entity, entity_id) index.
 */
export async function caseChanges(db: Q, disputeId: string) {
  const result = await sql<{ seq: number; at: string; actor: string; actor_name: string | null; entity: string; entity_id: string; action: string; payload: string }>`
    WITH ids(entity, id) AS (
      SELECT 'disputes', ${disputeId}
      UNION ALL SELECT 'dispute_parties', id FROM dispute_parties WHERE dispute_id = ${disputeId}
      UNION ALL SELECT 'dispute_sessions', id FROM dispute_sessions WHERE dispute_id = ${disputeId}
      UNION ALL SELECT 'dispute_evidence', id FROM dispute_evidence WHERE dispute_id = ${disputeId}
      UNION ALL SELECT 'dispute_escalations', id FROM dispute_escalations WHERE dispute_id = ${disputeId}
      UNION ALL SELECT 'generated-document', ${disputeId}
      UNION ALL SELECT 'dispute-correction', ${disputeId}
      UNION ALL SELECT 'dispute-duplicate-order', ${disputeId}
    )
    SELECT c.seq, c.at, c.actor, o.display_name AS actor_name, c.entity, c.entity_id, c.action, c.payload
    FROM ids JOIN changes c ON c.entity = ids.entity AND c.entity_id = ids.id
    LEFT JOIN operators o ON o.username = c.actor
    ORDER BY c.seq`.execute(db);
  return result.rows;
}

/** Live cases carrying this 12345 work-order number (indexed), oldest first. */
export const casesWithHotlineOrder = (db: Q, orderNo: string) =>
  db.selectFrom('disputes').select(['id', 'case_no']).where('hotline_order_no', '=', orderNo).where('deleted_at', 'is', null).orderBy('received_at').limit(5).execute();
