import { EARLIEST_BIRTH_YEAR, idNumberBirthDate, idNumberCheckChar, idNumberProblem } from '#shared/domain/disputes/id-number';
import { describe, expect, it } from 'vitest';

/** A valid ID for a body of 17 digits: the check character computed by hand, independently of the code. */
function withCheck(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((acc, c, i) => acc + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

describe('GB 11643-1999 resident ID numbers', () => {
  // The two worked examples printed in GB 11643-1999 itself (Annex: 北京市朝阳区, 广东省汕头市潮阳县).
  it.each(['11010519491231002X', '440524188001010014'])('accepts the standard’s own example %s', (id) => {
    expect(idNumberProblem(id)).toBeNull();
  });

  it('computes every one of the 11 check characters, including X and 0', () => {
    const seen = new Set<string>();
    for (let seq = 0; seq < 1000 && seen.size < 11; seq++) {
      const body = `42120219850615${String(seq).padStart(3, '0')}`;
      const id = withCheck(body);
      expect(idNumberCheckChar(body)).toBe(id.charAt(17));
      expect(idNumberProblem(id)).toBeNull();
      seen.add(id.charAt(17));
    }
    expect([...seen].sort()).toEqual(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'X']);
  });

  it('rejects every wrong check character', () => {
    const valid = withCheck('42120219900101123');
    for (const c of '0123456789X') {
      if (c === valid.charAt(17)) continue;
      expect(idNumberProblem(valid.slice(0, 17) + c)).toBe('校验位（最后一位）不正确，请对照身份证核对');
    }
  });

  it.each([
    ['42120219900101123', '应为 18 位'],
    ['4212021990010112345', '应为 18 位'],
    ['421202900101123', '是 15 位旧号码，请填写现行的 18 位号码'],
    ['4212021990010112x3', '前 17 位只能是数字，最后一位是数字或 X'],
    ['42120219900101123x', '前 17 位只能是数字，最后一位是数字或 X'], // the schema upper-cases first
    ['X21202199001011234', '前 17 位只能是数字，最后一位是数字或 X'],
    [withCheck('42120219900230123'), '第 7–14 位的出生日期不是有效日期'], // 30 February
    [withCheck('42120220260229123'), '第 7–14 位的出生日期不是有效日期'], // 2026 is not a leap year
    [withCheck('42120219901301123'), '第 7–14 位的出生日期不是有效日期'], // month 13
    [withCheck('42120219900100123'), '第 7–14 位的出生日期不是有效日期'], // day 0
    [withCheck('42120218491231123'), `第 7–14 位的出生年份早于 ${EARLIEST_BIRTH_YEAR} 年，请核对`],
  ])('rejects %s: %s', (id, message) => {
    expect(idNumberProblem(id)).toBe(message);
  });

  it('accepts 29 February of a leap year and reads the birth date', () => {
    const id = withCheck('42120220240229123');
    expect(idNumberProblem(id)).toBeNull();
    expect(idNumberBirthDate(id)).toBe('2024-02-29');
  });

  it('refuses a birth date more than 120 years before today when the caller gives today', () => {
    // The standard's own 1880 example is a valid number, but no living party was born then.
    expect(idNumberProblem('440524188001010014', '2026-11-25')).toBe('第 7–14 位的出生日期在 120 年以前，请核对出生年份');
    expect(idNumberProblem(withCheck('42120219061124123'), '2026-11-25')).toBe('第 7–14 位的出生日期在 120 年以前，请核对出生年份');
    expect(idNumberProblem(withCheck('42120219061125123'), '2026-11-25')).toBeNull(); // exactly 120 years
    expect(idNumberProblem(withCheck('42120219061125123'), '2027-01-01')).not.toBeNull();
  });

  it('refuses a birth date after today only when the caller gives today', () => {
    const id = withCheck('42120220261122123');
    expect(idNumberProblem(id)).toBeNull();
    expect(idNumberProblem(id, '2026-11-21')).toBe('第 7–14 位的出生日期晚于今天，请核对');
    expect(idNumberProblem(id, '2026-11-22')).toBeNull();
  });

  it('has no check character for a body that is not 17 digits', () => {
    expect(idNumberCheckChar('4212021990010112')).toBeNull();
    expect(idNumberCheckChar('4212021990010112A')).toBeNull();
  });
});
