import { sql } from 'kysely';
import type { Db } from '../db/schema';

export type CountRow = { key: string; label: string | null; count: number };
export type Breakdown = 'category' | 'tier' | 'community' | 'estate' | 'company';

// 不予受理 and 已撤回 cases were registered but never taken on: they count as received, not as accepted.
const ACCEPTED = sql`d.status NOT IN ('rejected', 'withdrawn')`;
// The Shanghai calendar month of a stored ISO UTC instant ('2026-10-31T16:10:00.000Z' → '2026-11').
const monthOf = (column: string) => sql<string>`strftime('%Y-%m', ${sql.ref(column)}, '+8 hours')`;

/** Accepted cases received in [from, to), counted by a column (category, tier) or joined name (community, estate, company). */
export async function countAcceptedBy(db: Db, by: Breakdown, from: string, to: string): Promise<CountRow[]> {
  const where = sql`d.deleted_at IS NULL AND d.received_at >= ${from} AND d.received_at < ${to} AND ${ACCEPTED}`;
  const q =
    by === 'community'
      ? sql<CountRow>`SELECT e.community_id AS key, c.name AS label, count(*) AS count FROM disputes d JOIN estates e ON e.id = d.estate_id
          JOIN communities c ON c.id = e.community_id WHERE ${where} GROUP BY e.community_id ORDER BY count DESC, label`
      : by === 'estate'
        ? sql<CountRow>`SELECT d.estate_id AS key, e.name AS label, count(*) AS count FROM disputes d JOIN estates e ON e.id = d.estate_id
            WHERE ${where} GROUP BY d.estate_id ORDER BY count DESC, label`
        : by === 'company'
          ? sql<CountRow>`SELECT coalesce(d.company_id, '') AS key, co.name AS label, count(*) AS count FROM disputes d LEFT JOIN companies co ON co.id = d.company_id
              WHERE ${where} GROUP BY d.company_id ORDER BY count DESC, label`
          : sql<CountRow>`SELECT ${sql.ref(`d.${by}`)} AS key, NULL AS label, count(*) AS count FROM disputes d
              WHERE ${where} GROUP BY ${sql.ref(`d.${by}`)} ORDER BY count DESC`;
  return (await q.execute(db)).rows.map((r) => ({ ...r, count: Number(r.count) }));
}

export type ReceivedMonth = { month: string; received: number; accepted: number; rejected: number; withdrawn: number };

/** Cases received in [from, to) per Shanghai month of receipt: all of them, accepted, 不予受理, 已撤回. */
export async function receivedByMonth(db: Db, from: string, to: string): Promise<ReceivedMonth[]> {
  const r = await sql<ReceivedMonth>`
    SELECT ${monthOf('d.received_at')} AS month, count(*) AS received, sum(${ACCEPTED}) AS accepted,
      sum(d.status = 'rejected') AS rejected, sum(d.status = 'withdrawn') AS withdrawn
    FROM disputes d WHERE d.deleted_at IS NULL AND d.received_at >= ${from} AND d.received_at < ${to} GROUP BY month`.execute(db);
  return r.rows.map((x) => ({ month: x.month, received: Number(x.received), accepted: Number(x.accepted), rejected: Number(x.rejected), withdrawn: Number(x.withdrawn) }));
}

export type OutcomeMonth = { month: string; settled: number; failed: number; referred: number };

/**
 * Outcomes reached in [from, to) per Shanghai month: settled and failed by outcome time,
 * referred (without a failed mediation first) by referral time.
 */
export async function outcomesByMonth(db: Db, from: string, to: string): Promise<OutcomeMonth[]> {
  const r = await sql<OutcomeMonth>`
    SELECT month, sum(settled) AS settled, sum(failed) AS failed, sum(referred) AS referred FROM (
      SELECT ${monthOf('outcome_at')} AS month, agreed_terms IS NOT NULL AS settled, failure_reason IS NOT NULL AS failed, 0 AS referred
        FROM disputes WHERE deleted_at IS NULL AND outcome_at >= ${from} AND outcome_at < ${to}
      UNION ALL
      SELECT ${monthOf('department_referred_at')}, 0, 0, 1
        FROM disputes WHERE deleted_at IS NULL AND department_referred_at >= ${from} AND department_referred_at < ${to} AND failure_reason IS NULL
    ) GROUP BY month`.execute(db);
  return r.rows.map((x) => ({ month: x.month, settled: Number(x.settled), failed: Number(x.failed), referred: Number(x.referred) }));
}

export type FeedbackMonth = { month: string; satisfaction: 'satisfied' | 'basically-satisfied' | 'dissatisfied'; count: number };

/** Feedback recorded in [from, to) per Shanghai month of the feedback, by satisfaction. */
export async function feedbackByMonth(db: Db, from: string, to: string): Promise<FeedbackMonth[]> {
  const r = await sql<FeedbackMonth>`
    SELECT ${monthOf('feedback_at')} AS month, satisfaction, count(*) AS count FROM disputes
    WHERE deleted_at IS NULL AND satisfaction IS NOT NULL AND feedback_at >= ${from} AND feedback_at < ${to} GROUP BY month, satisfaction`.execute(db);
  return r.rows.map((x) => ({ ...x, count: Number(x.count) }));
}

// The deadline rules only ask whether the terms or the reason were recorded; reading the
// texts themselves (often spilling onto overflow pages) nearly doubled the time for a year of cases.
const recorded = (column: 'agreed_terms' | 'failure_reason') => sql<string | null>`CASE WHEN ${sql.ref(column)} IS NULL THEN NULL ELSE '有' END`.as(column);

/** The deadline columns of every case received in [from, to), for counting late ones by month of receipt. */
export const deadlineColumnsReceived = (db: Db, from: string, to: string) =>
  db
    .selectFrom('disputes')
    .select([
      'source', 'tier', 'status', 'received_at', 'tier_started_at', 'outcome_at', 'first_session_at', 'joint_referral_at', 'feedback_at',
      'return_visit_at', 'return_visit_due_at', 'department_result_at', 'department_referred_at',
      'superseded_deadlines',
    ])
    .select([recorded('agreed_terms'), recorded('failure_reason')])
    .where('deleted_at', 'is', null)
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .execute();

export async function countByCategoryForCompany(db: Db, companyId: string): Promise<{ key: string; count: number }[]> {
  const r = await sql<{ key: string; count: number }>`SELECT category AS key, count(*) AS count FROM disputes WHERE deleted_at IS NULL AND company_id = ${companyId} GROUP BY category ORDER BY count DESC`.execute(db);
  return r.rows.map((x) => ({ key: x.key, count: Number(x.count) }));
}
