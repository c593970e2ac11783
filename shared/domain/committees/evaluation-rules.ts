import { z } from 'zod';

/**
 * 履职评议: every half year an evaluation group scores each sitting committee on a
 * scoring sheet (a rule table as data), and the verdict follows thresholds as data.
 */
export type ScoringItem = { key: string; label: string; max: number };

/** The default sheet, drawn from published estate practice; 100 points in all. */
export const DEFAULT_SCORING_SHEET: readonly ScoringItem[] = [
  { key: 'disclosure', label: '信息公开', max: 10 },
  { key: 'quarterly-accounts', label: '按季度公布收支情况', max: 10 },
  { key: 'own-fees', label: '委员带头缴纳物业费', max: 8 },
  { key: 'conflicts', label: '回避利益冲突', max: 8 },
  { key: 'assembly-decisions', label: '执行业主大会决定', max: 10 },
  { key: 'supervise-company', label: '监督物业服务企业履约', max: 10 },
  { key: 'maintenance-fund', label: '专项维修资金管理规范', max: 10 },
  { key: 'meetings', label: '按时召开会议并留存记录', max: 8 },
  { key: 'training', label: '参加培训', max: 6 },
  { key: 'requests', label: '及时处理业主诉求', max: 10 },
  { key: 'party-leadership', label: '接受社区党组织领导', max: 5 },
  { key: 'archives', label: '档案资料管理', max: 5 },
];

export type EvaluationRule = {
  /** Below this total a committee is put to rectification (整改). */
  passScore: number;
  /** Days the committee has to rectify, from the evaluation date. */
  rectificationDays: number;
};

export const DEFAULT_EVALUATION_RULE: EvaluationRule = { passScore: 60, rectificationDays: 30 };

export const VERDICTS = ['satisfactory', 'rectification', 're-election-recommended'] as const;
export type Verdict = (typeof VERDICTS)[number];
export const VERDICT_LABELS: Record<Verdict, string> = { satisfactory: '合格', rectification: '限期整改', 're-election-recommended': '建议改选' };

/** A half year, 2026-H1 or 2026-H2. */
export const HALF_PATTERN = /^\d{4}-H[12]$/;
export const half = z.string().trim().regex(HALF_PATTERN, '应为半年度，如 2026-H2');

/** The half year before `h` (2026-H1 → 2025-H2). */
export function previousHalf(h: string): string {
  const year = Number(h.slice(0, 4));
  return h.endsWith('H2') ? `${year}-H1` : `${year - 1}-H2`;
}

/** The half year a date (YYYY-MM-DD) falls in. */
export const halfOf = (date: string): string => `${date.slice(0, 4)}-H${Number(date.slice(5, 7)) <= 6 ? 1 : 2}`;

/**
 * The verdict on a total: below the pass score, rectification; below it for the
 * second half year in a row (the committee's previous half also failed), re-election
 * is recommended.
 */
export function evaluationVerdict(total: number, previousTotal: number | null, rule: EvaluationRule): Verdict {
  if (total >= rule.passScore) return 'satisfactory';
  return previousTotal !== null && previousTotal < rule.passScore ? 're-election-recommended' : 'rectification';
}

/** What is wrong with one item's points, as a phrase after the field name, or null. */
export function pointsProblem(points: number, item: ScoringItem): string | null {
  if (points < 0) return '不能为负数';
  if (points > item.max) return `「${item.label}」不能超过 ${item.max} 分`;
  return null;
}

/** Rank 1 is the highest total; ties share a rank (1, 2, 2, 4). */
export function rankOf(total: number, totals: readonly number[]): number {
  return 1 + totals.filter((t) => t > total).length;
}
