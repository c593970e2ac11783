import { sql, type Expression, type RawBuilder, type SqlBool } from 'kysely';
import type { DeadlineMetBy } from '#shared/domain/disputes/disputes.schema';
import { stepsBefore } from '#shared/domain/disputes/urgency';
import type { Db } from '../db/schema';
import { STEP_DUE_COLUMNS } from './disputes.table';
import { matchExpression } from './search-text';

export type DisputeListFilter = {
  search?: string | undefined;
  status?: readonly string[] | undefined;
  tier?: readonly string[] | undefined;
  category?: readonly string[] | undefined;
  estateId?: string | undefined;
  companyId?: string | undefined;
  mediatorId?: string | undefined;
  overdue?: boolean | undefined;
  dueToday?: boolean | undefined;
  overdueStep?: DeadlineMetBy | undefined;
  receivedFrom?: string | undefined;
  receivedTo?: string | undefined;
};

/** The orders of the list; `{ stepDue }` (the dashboard's) is the longest late on that step first. */
export type DisputeSort = 'due' | 'received-desc' | 'received-asc' | 'case-no-desc' | { stepDue: DeadlineMetBy };

/**
 * The moment the filters are read at: `now` decides "overdue" (nearest unmet
 * deadline passed), `dueTodayUntil` where 今日到期 ends (office-hours.ts).
 */
export type ListClock = { now: string; dueTodayUntil: string };

/** The filters, order and page-of-ids query of the list, shared by the grid's pages and the export's snapshot. */
function listPlan(filter: DisputeListFilter, sort: DisputeSort, clock: ListClock) {
  const match = filter.search ? matchExpression(filter.search) : null;
  // Search, newest first: walk the index in its own rowid order (= received order, see
  // search_key) and stop after one page, instead of collecting and sorting every match.
  const ftsDriven = match !== null && sort === 'received-desc';
  const where = (d: string, withSearch = true) => whereOf(d, filter, clock, withSearch ? match : null);

  const order =
    typeof sort === 'object'
      ? sql`${sql.ref(`d.${STEP_DUE_COLUMNS[sort.stepDue]}`)} ASC, d.received_at ASC`
      : {
          // Nearest deadline first; cases with nothing due go last, newest first among them.
          due: sql`d.next_due_at IS NULL, d.next_due_at ASC, d.received_at DESC`,
          'received-desc': sql`d.received_at DESC`,
          'received-asc': sql`d.received_at ASC`,
          'case-no-desc': sql`d.case_year DESC, d.case_seq DESC`,
        }[sort];

  /** The rowids of one page in order (`limit` -1: all of them). */
  const ids = (limit: number, offset: number) =>
    ftsDriven
      ? sql`SELECT d.rowid AS rid FROM disputes_search s JOIN disputes d ON d.search_key = s.rowid
          WHERE disputes_search MATCH ${match} AND ${where('d', false)} ORDER BY s.rowid DESC LIMIT ${limit} OFFSET ${offset}`
      : sql`SELECT d.rowid AS rid FROM disputes d WHERE ${where('d')} ORDER BY ${order} LIMIT ${limit} OFFSET ${offset}`;
  return { match, where, order, ids };
}

/** The list's columns for the rows named by `page` (a CTE with `rid`), ordered by `orderBy`. */
const rowsOf = (db: Db, page: RawBuilder<unknown>, orderBy: RawBuilder<unknown>) =>
  sql<DisputeListRow>`
    WITH page AS (${page})
    SELECT d.id, d.case_no, d.status, d.tier, d.category, d.source, d.received_at, d.next_due_at, d.version,
           d.description, d.estate_id, e.name AS estate_name, d.company_id, co.name AS company_name,
           d.mediator_id, s.name AS mediator_name, d.hotline_order_no, d.hotline_received_at, d.outcome_at,
           d.first_session_at, d.feedback_at, d.joint_referral_at, d.return_visit_due_at, d.return_visit_at,
           d.tier_started_at, d.department_result_at, d.failure_reason, d.department_referred_at,
           d.agreed_terms, d.superseded_deadlines,
           (SELECT group_concat(p.name, '、') FROM dispute_parties p WHERE p.dispute_id = d.id AND p.role = 'applicant' AND p.deleted_at IS NULL) AS applicants,
           (SELECT group_concat(p.name, '、') FROM dispute_parties p WHERE p.dispute_id = d.id AND p.role = 'respondent' AND p.deleted_at IS NULL) AS respondents
    FROM page JOIN disputes d ON d.rowid = page.rid
    JOIN estates e ON e.id = d.estate_id
    LEFT JOIN companies co ON co.id = d.company_id
    LEFT JOIN staff s ON s.id = d.mediator_id
    ORDER BY ${orderBy}`.execute(db);

/**
 * The list of disputes: one page of ids chosen by the filters and sort over
 * indexed columns, then the page's rows joined to names. The total is a count
 * over the same filters, all read at `clock`.
 */
export async function listDisputes(db: Db, filter: DisputeListFilter, sort: DisputeSort, offset: number, limit: number, clock: ListClock) {
  const { match, where, order, ids } = listPlan(filter, sort, clock);
  const rows = await rowsOf(db, ids(limit, offset), order);

  const onlySearch = match !== null && Object.entries(filter).every(([k, v]) => k === 'search' || v === undefined || (Array.isArray(v) && v.length === 0));
  // Disputes are never deleted (only tombstoned, and tombstones leave the index), so a
  // search-only total is the index's own count, which needs no join.
  const total = onlySearch
    ? await sql<{ n: number }>`SELECT count(*) AS n FROM disputes_search WHERE disputes_search MATCH ${match}`.execute(db)
    : await sql<{ n: number }>`SELECT count(*) AS n FROM disputes d WHERE ${where('d')}`.execute(db);
  return { rows: rows.rows, total: Number(total.rows[0]?.n ?? 0) };
}

/**
 * Every matching case's rowid, in the list's order, from one query: a snapshot the
 * export then reads a page at a time with `disputeRowsAt`. Paging with OFFSET
 * instead would sort the whole ledger again for each page (a minute and more at
 * 100,000 cases in deadline order) and could skip or repeat a case registered
 * meanwhile. A rowid costs 8 bytes; the rows themselves are never all in memory.
 */
export async function listDisputeRowids(db: Db, filter: DisputeListFilter, sort: DisputeSort, clock: ListClock): Promise<Float64Array> {
  const { rows } = await listPlan(filter, sort, clock).ids(-1, 0).execute(db);
  const rowids = new Float64Array(rows.length);
  rows.forEach((r, i) => (rowids[i] = (r as { rid: number }).rid));
  return rowids;
}

/** The list's rows for these rowids, in the order given. */
export async function disputeRowsAt(db: Db, rowids: ArrayLike<number>): Promise<DisputeListRow[]> {
  const page = sql`SELECT CAST(value AS INTEGER) AS rid, CAST(key AS INTEGER) AS pos FROM json_each(${JSON.stringify(Array.from(rowids))})`;
  return (await rowsOf(db, page, sql`page.pos`)).rows;
}

/** The applicants' phone numbers (as stored) of some cases, in party order, by case id. */
export async function applicantPhones(db: Db, disputeIds: readonly string[]): Promise<Map<string, string[]>> {
  const phones = new Map<string, string[]>();
  if (disputeIds.length === 0) return phones;
  const rows = await db
    .selectFrom('dispute_parties')
    .select(['dispute_id', 'phone'])
    .where('dispute_id', 'in', disputeIds)
    .where('role', '=', 'applicant')
    .where('deleted_at', 'is', null)
    .where('phone', 'is not', null)
    .orderBy('dispute_id')
    .orderBy('position')
    .execute();
  for (const r of rows) {
    const list = phones.get(r.dispute_id);
    if (list) list.push(r.phone!);
    else phones.set(r.dispute_id, [r.phone!]);
  }
  return phones;
}

/** The filters as one SQL condition over the disputes row aliased `d` (search included when `match` is given). */
function whereOf(d: string, filter: DisputeListFilter, clock: ListClock, match: string | null) {
  const { now } = clock;
  const conditions: Expression<SqlBool>[] = [sql<SqlBool>`${sql.ref(`${d}.deleted_at`)} IS NULL`];
  const inList = (column: string, values: readonly string[] | undefined) => {
    if (values && values.length > 0) conditions.push(sql<SqlBool>`${sql.ref(`${d}.${column}`)} IN (${sql.join(values.map((v) => sql`${v}`))})`);
  };
  inList('status', filter.status);
  inList('tier', filter.tier);
  inList('category', filter.category);
  const eq = (column: string, value: string | undefined) => {
    if (value !== undefined) conditions.push(sql<SqlBool>`${sql.ref(`${d}.${column}`)} = ${value}`);
  };
  eq('estate_id', filter.estateId);
  eq('company_id', filter.companyId);
  eq('mediator_id', filter.mediatorId);
  if (filter.overdue === true) conditions.push(sql<SqlBool>`${sql.ref(`${d}.next_due_at`)} < ${now}`);
  if (filter.overdue === false) conditions.push(sql<SqlBool>`(${sql.ref(`${d}.next_due_at`)} IS NULL OR ${sql.ref(`${d}.next_due_at`)} >= ${now})`);
  if (filter.dueToday === true) {
    conditions.push(sql<SqlBool>`${sql.ref(`${d}.next_due_at`)} >= ${now} AND ${sql.ref(`${d}.next_due_at`)} < ${clock.dueTodayUntil}`);
  }
  if (filter.overdueStep) conditions.push(lateOn(d, filter.overdueStep, now));
  if (filter.receivedFrom) conditions.push(sql<SqlBool>`${sql.ref(`${d}.received_at`)} >= ${filter.receivedFrom}`);
  if (filter.receivedTo) conditions.push(sql<SqlBool>`${sql.ref(`${d}.received_at`)} < ${filter.receivedTo}`);
  if (match) conditions.push(sql<SqlBool>`${sql.ref(`${d}.search_key`)} IN (SELECT rowid FROM disputes_search WHERE disputes_search MATCH ${match})`);
  return sql.join(conditions, sql` AND `);
}

/** How many cases match the filters (the list's total, for the dashboard's counts). */
export async function countDisputes(db: Db, filter: DisputeListFilter, clock: ListClock): Promise<number> {
  const match = filter.search ? matchExpression(filter.search) : null;
  const total = await sql<{ n: number }>`SELECT count(*) AS n FROM disputes d WHERE ${whereOf('d', filter, clock, match)}`.execute(db);
  return Number(total.rows[0]?.n ?? 0);
}

/**
 * Late on `step`, and on none of the steps that come before it (urgency.ts): each
 * late case is counted under the most pressing thing it waits for, once.
 */
function lateOn(d: string, step: DeadlineMetBy, now: string): Expression<SqlBool> {
  const col = (s: DeadlineMetBy) => sql.ref(`${d}.${STEP_DUE_COLUMNS[s]}`);
  const conditions = [sql<SqlBool>`${col(step)} < ${now}`, ...stepsBefore(step).map((s) => sql<SqlBool>`(${col(s)} IS NULL OR ${col(s)} >= ${now})`)];
  return sql.join(conditions, sql` AND `) as Expression<SqlBool>;
}

/** The member of staff an operator account stands for (null when unlinked, or that record is deleted). */
export const staffOfOperator = async (db: Db, operatorId: string): Promise<{ id: string; name: string } | null> =>
  (
    await sql<{ id: string; name: string }>`
      SELECT s.id, s.name FROM operators o JOIN staff s ON s.id = o.staff_id
      WHERE o.id = ${operatorId} AND o.deleted_at IS NULL AND s.deleted_at IS NULL`.execute(db)
  ).rows[0] ?? null;

export type DisputeListRow = {
  id: string;
  superseded_deadlines: string | null;
  case_no: string;
  status: string;
  tier: string;
  category: string;
  source: string;
  received_at: string;
  next_due_at: string | null;
  version: number;
  description: string;
  estate_id: string;
  estate_name: string;
  company_id: string | null;
  company_name: string | null;
  mediator_id: string | null;
  mediator_name: string | null;
  hotline_order_no: string | null;
  hotline_received_at: string | null;
  outcome_at: string | null;
  first_session_at: string | null;
  feedback_at: string | null;
  joint_referral_at: string | null;
  return_visit_due_at: string | null;
  return_visit_at: string | null;
  tier_started_at: string;
  department_result_at: string | null;
  failure_reason: string | null;
  department_referred_at: string | null;
  agreed_terms: string | null;
  applicants: string | null;
  respondents: string | null;
};
