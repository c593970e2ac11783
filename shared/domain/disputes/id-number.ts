/**
 * Resident identity card number (公民身份号码), GB 11643-1999.
 *
 * 18 characters: 6-digit address code, 8-digit birth date (YYYYMMDD), 3-digit
 * sequence, and a check character from ISO 7064 MOD 11-2 over the first 17 digits.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK_CHARS = '10X98765432';

/**
 * The oldest birth year accepted. The standard's own worked example is a person born
 * in 1880 (440524188001010014), so the sanity check only rules out typos such as
 * 0980 or 2980, not the very old.
 */
export const EARLIEST_BIRTH_YEAR = 1850;

/**
 * A party is a living person: with `today`, a birth date more than this many years
 * before it is a typo (an 18xx year typed for 19xx), not a very old resident.
 */
export const MAX_AGE_YEARS = 120;

/** The date `years` years before `today` (YYYY-MM-DD), as text that compares like the dates. */
const yearsBefore = (today: string, years: number): string => `${String(Number(today.slice(0, 4)) - years).padStart(4, '0')}${today.slice(4)}`;

/** The check character for the first 17 digits, or null when they are not 17 digits. */
export function idNumberCheckChar(first17: string): string | null {
  if (!/^\d{17}$/.test(first17)) return null;
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += Number(first17.charAt(i)) * (WEIGHTS[i] ?? 0);
  return CHECK_CHARS.charAt(sum % 11);
}

/** The birth date encoded in positions 7–14 as YYYY-MM-DD, or null when it is not a real date. */
export function idNumberBirthDate(id: string): string | null {
  const m = /^\d{6}(\d{4})(\d{2})(\d{2})/.exec(id);
  if (!m) return null;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  // Date.UTC rolls 02-30 over to 03-02: a round trip tells a real date from a typo.
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

/**
 * The holder's gender from digit 17 (odd: male, even: female), or null when that
 * digit is not there. Callers pass a number `idNumberProblem` accepted.
 */
export function idNumberGender(id: string): 'male' | 'female' | null {
  const digit = /^\d{16}(\d)/.exec(id)?.[1];
  if (digit === undefined) return null;
  return Number(digit) % 2 === 1 ? 'male' : 'female';
}

/**
 * What is wrong with an ID number (trimmed, upper-cased), as a zh-CN phrase that
 * follows the field name, or null when it is valid. With `today` (YYYY-MM-DD in
 * China) a birth date after today, or more than 120 years before it, is refused
 * too; the caller owns the clock.
 */
export function idNumberProblem(id: string, today?: string): string | null {
  if (id.length === 15 && /^\d{15}$/.test(id)) return '是 15 位旧号码，请填写现行的 18 位号码';
  if (id.length !== 18) return '应为 18 位';
  if (!/^\d{17}[\dX]$/.test(id)) return '前 17 位只能是数字，最后一位是数字或 X';
  const birth = idNumberBirthDate(id);
  if (birth === null) return '第 7–14 位的出生日期不是有效日期';
  if (Number(birth.slice(0, 4)) < EARLIEST_BIRTH_YEAR) return `第 7–14 位的出生年份早于 ${EARLIEST_BIRTH_YEAR} 年，请核对`;
  if (today !== undefined && birth > today) return '第 7–14 位的出生日期晚于今天，请核对';
  if (today !== undefined && birth < yearsBefore(today, MAX_AGE_YEARS)) return `第 7–14 位的出生日期在 ${MAX_AGE_YEARS} 年以前，请核对出生年份`;
  if (idNumberCheckChar(id.slice(0, 17)) !== id.charAt(17)) return '校验位（最后一位）不正确，请对照身份证核对';
  return null;
}
