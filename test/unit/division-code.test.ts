import { divisionCodeProblem } from '#shared/domain/registry/division-code';
import { describe, expect, it } from 'vitest';

describe('administrative division code of a street office', () => {
  it.each(['421202001', '421202001000', '110101001'])('accepts %s', (code) => expect(divisionCodeProblem(code)).toBeNull());
  it.each([
    ['42120200', '应为 9 位或 12 位数字'],
    ['4212020011', '应为 9 位或 12 位数字'],
    ['42120200A', '只能包含数字'],
    ['991202001', '前两位不是有效的省级代码'],
  ])('rejects %s', (code, message) => expect(divisionCodeProblem(code)).toBe(message));
});
