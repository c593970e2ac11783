import type { EvaluationView } from '#shared/domain/committees/committee-views';
import { rankOf } from '#shared/domain/committees/evaluation-rules';
import type { Db, Tx } from '../db/schema';
import { totalsOfHalves, type EvaluationRecord } from './evaluations.repository';

/** Evaluations as read back, each with its rank among the office's committees that half year. */
export async function evaluationViews(db: Db | Tx, rows: EvaluationRecord[]): Promise<EvaluationView[]> {
  const totals = await totalsOfHalves(db, [...new Set(rows.map((r) => r.half))]);
  const byHalf = new Map<string, number[]>();
  for (const t of totals) byHalf.set(t.half, [...(byHalf.get(t.half) ?? []), t.total]);
  return rows.map((r) => {
    const all = byHalf.get(r.half) ?? [r.total];
    const scores = JSON.parse(r.scores) as Record<string, number>;
    return {
      id: r.id,
      committeeId: r.committee_id,
      estateName: r.estate_name,
      termNo: r.term_no,
      half: r.half,
      evaluatedOn: r.evaluated_on,
      evaluators: r.evaluators.split('\n').filter((n) => n !== ''),
      scores: Object.entries(scores).map(([itemKey, points]) => ({ itemKey, points })),
      total: r.total,
      rank: rankOf(r.total, all),
      of: all.length,
      verdict: r.verdict,
      rectificationDue: r.rectification_due,
    };
  });
}
