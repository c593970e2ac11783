import { z } from 'zod';

/** 培训: sessions for committee members; the published cadence is quarterly. */
export const TRAINING_KINDS = ['law-lecture', 'mock-court', 'case-review', 'other'] as const;
export type TrainingKind = (typeof TRAINING_KINDS)[number];
export const TRAINING_KIND_LABELS: Record<TrainingKind, string> = { 'law-lecture': '法律讲堂', 'mock-court': '模拟法庭', 'case-review': '案例复盘', other: '其他' };
export const trainingKind = z.enum(TRAINING_KINDS, '只能是法律讲堂、模拟法庭、案例复盘或其他');

/** The calendar quarter a date (YYYY-MM-DD) falls in: its first and last day. */
export function quarterOf(date: string): { start: string; end: string } {
  const year = Number(date.slice(0, 4));
  const q = Math.floor((Number(date.slice(5, 7)) - 1) / 3);
  const start = `${year}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const endMonth = q * 3 + 3;
  const lastDay = new Date(Date.UTC(year, endMonth, 0)).getUTCDate();
  return { start, end: `${year}-${String(endMonth).padStart(2, '0')}-${String(lastDay).padStart(2, '0')}` };
}

export type Coverage = { sitting: number; trained: number; percent: number | null };

/** Coverage = sitting members trained in the period ÷ sitting members (whole percent, rounded down). */
export function coverage(sitting: number, trained: number): Coverage {
  return { sitting, trained, percent: sitting === 0 ? null : Math.floor((trained * 100) / sitting) };
}
