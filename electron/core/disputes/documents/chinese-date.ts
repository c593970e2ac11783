/**
 * Dates as Chinese documents print them, in China's calendar day.
 *
 * 'numeric' (2026年11月21日) is the default: GB/T 9704-2012 (党政机关公文格式)
 * writes the date in Arabic numerals. 'hanzi' (二〇二六年十一月二十一日) is the
 * older style some mediation committees and courts still use.
 */
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';

export type ChineseDateStyle = 'numeric' | 'hanzi';

const DIGITS = '〇一二三四五六七八九';

/** 1–99 in hanzi: 十, 十一, 二十, 二十一, 九十九 (days, months, list numbers). */
export function hanziNumber(n: number): string {
  if (n < 10) return DIGITS.charAt(n);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  return `${tens === 1 ? '' : DIGITS.charAt(tens)}十${ones === 0 ? '' : DIGITS.charAt(ones)}`;
}

/** A calendar date 'YYYY-MM-DD' stays as it is; an instant becomes its date in China. */
function calendarDate(value: string): [number, number, number] {
  const date = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value : shanghaiDate(value);
  const [y, m, d] = date.split('-').map(Number);
  if (!y || !m || !d) throw new RangeError(`not a date: ${value}`);
  return [y, m, d];
}

export function formatChineseDate(value: string, style: ChineseDateStyle = 'numeric'): string {
  const [y, m, d] = calendarDate(value);
  if (style === 'numeric') return `${y}年${m}月${d}日`;
  const year = [...String(y)].map((c) => DIGITS.charAt(Number(c))).join('');
  return `${year}年${hanziNumber(m)}月${hanziNumber(d)}日`;
}
