import { t } from '../../../i18n';

/** A change against last month as a clerk reads it: +3, −2, 持平; with a unit for rates (个百分点). */
export function changeText(now: number | null, before: number | null, unit = ''): string {
  if (now === null || before === null) return '—';
  const diff = Math.round((now - before) * 10) / 10;
  if (diff === 0) return t.disputes.analysis.flat;
  return `${diff > 0 ? '+' : '−'}${Math.abs(diff).toLocaleString('zh-CN')}${unit}`;
}

/** 'up' or 'down' for colouring; for overdue counts a rise is bad, for the success rate it is good. */
export function trendOf(now: number | null, before: number | null): 'up' | 'down' | 'flat' {
  if (now === null || before === null || now === before) return 'flat';
  return now > before ? 'up' : 'down';
}

export const percent = (value: number | null): string => (value === null ? '—' : `${value}%`);
