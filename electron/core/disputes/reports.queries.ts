import { sql } from 'kysely';
import type { Db } from '../db/schema';

export type CountRow = { key: string; label: string | null; count: number };

/** Cases received in [from, to), counted by a column (category, tier) or joined name (estate, company). */
export async function countReceivedBy(db: Db, by: 'category' | 'tier' | 'estate' | 'company', from: string, to: string): Promise<CountRow[]> {
  const q =
    by === 'estate'
      ? sql<CountRow>`SELECT d.estate_id AS key, e.name AS label, count(*) AS count FROM disputes d JOIN estates e ON e.id = d.estate_id
          WHERE d.deleted_at IS NULL AND d.received_at >= ${from} AND d.received_at < ${to} GROUP BY d.estate_id ORDER BY count DESC, label`
      : by === 'company'
        ? sql<CountRow>`SELECT coalesce(d.company_id, '') AS key, co.name AS label, count(*) AS count FROM disputes d LEFT JOIN companies co ON co.id = d.company_id
            WHERE d.deleted_at IS NULL AND d.received_at >= ${from} AND d.received_at < ${to} GROUP BY d.company_id ORDER BY count DESC, label`
        : sql<CountRow>`SELECT ${sql.ref(`d.${by}`)} AS key, NULL AS label, count(*) AS count FROM disputes d
            WHERE d.deleted_at IS NULL AND d.received_at >= ${from} AND d.received_at < ${to} GROUP BY ${sql.ref(`d.${by}`)} ORDER BY count DESC`;
  return (await q.execute(db)).rows.map((r) => ({ ...r, count: Number(r.count) }));
}

/** Outcomes reached in [from, to): settled and failed by outcome time, referred by referral time. */
export async function countOutcomes(db: Db, from: string, to: string): Promise<{ settled: number; failed: number; referred: number }> {
  const r = await sql<{ settled: number; failed: number; referred: number }>`
    SELECT
      (SELECT count(*) FROM disputes WHERE deleted_at IS NULL AND agreed_terms IS NOT NULL AND outcome_at >= ${from} AND outcome_at < ${to}) AS settled,
      (SELECT count(*) FROM disputes WHERE deleted_at IS NULL AND failure_reason IS NOT NULL AND outcome_at >= ${from} AND outcome_at < ${to}) AS failed,
      (SELECT count(*) FROM disputes WHERE deleted_at IS NULL AND department_referred_at >= ${from} AND department_referred_at < ${to} AND failure_reason IS NULL) AS referred`.execute(db);
  const row = r.rows[0]!;
  return { settled: Number(row.settled), failed: Number(row.failed), referred: Number(row.referred) };
}

/** The deadline columns of every case received in [from, to), for counting late ones. */
export const deadlineColumnsReceived = (db: Db, from: string, to: string) =>
  db
    .selectFrom('disputes')
    .select([
      'source', 'tier', 'status', 'received_at', 'tier_started_at', 'outcome_at', 'first_session_at', 'joint_referral_at', 'feedback_at',
      'return_visit_at', 'return_visit_due_at', 'department_result_at', 'agreed_terms', 'failure_reason', 'department_referred_at',
      'superseded_deadlines',
    ])
    .where('deleted_at', 'is', null)
    .where('received_at', '>=', from)
    .where('received_at', '<', to)
    .execute();

export async function countByCategoryForCompany(db: Db, companyId: string): Promise<{ key: string; count: number }[]> {
  const r = await sql<{ key: string; count: number }>`SELECT category AS key, count(*) AS count FROM disputes WHERE deleted_at IS NULL AND company_id = ${companyId} GROUP BY category ORDER BY count DESC`.execute(db);
  return r.rows.map((x) => ({ key: x.key, count: Number(x.count) }));
}
