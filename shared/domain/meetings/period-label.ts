/**
 * How a cadence period's key (2026-W48, 2026-11, 2026-Q4: see cadence.ts) reads in
 * Chinese. The keys stay the stored, sortable form; a clerk reads 2026 年第 48 周, not
 * the ISO week code. An unrecognised key is shown as it is rather than guessed at.
 */
const QUARTERS = ['一', '二', '三', '四'] as const;

type Parsed = { year: string; unit: 'week' | 'month' | 'quarter'; n: number };

function parse(key: string): Parsed | null {
  const m = /^(\d{4})-(W|Q)?(\d{1,2})$/.exec(key);
  if (!m) return null;
  const n = Number(m[3]);
  const unit = m[2] === 'W' ? 'week' : m[2] === 'Q' ? 'quarter' : 'month';
  if ((unit === 'quarter' && (n < 1 || n > 4)) || (unit === 'month' && (n < 1 || n > 12)) || (unit === 'week' && (n < 1 || n > 53))) return null;
  return { year: m[1]!, unit, n };
}

/** The full label: 2026 年第 48 周, 2026 年 11 月, 2026 年第四季度. */
export function periodLabel(key: string): string {
  const p = parse(key);
  if (!p) return key;
  if (p.unit === 'week') return `${p.year} 年第 ${p.n} 周`;
  if (p.unit === 'month') return `${p.year} 年 ${p.n} 月`;
  return `${p.year} 年第${QUARTERS[p.n - 1]}季度`;
}

/** The label within a year (a column of the year's table): 第 48 周, 11 月, 一季度. */
export function periodShortLabel(key: string): string {
  const p = parse(key);
  if (!p) return key;
  if (p.unit === 'week') return `第 ${p.n} 周`;
  if (p.unit === 'month') return `${p.n} 月`;
  return `${QUARTERS[p.n - 1]}季度`;
}
