import { creditCodeCheckChar, creditCodeProblem } from '#shared/domain/registry/credit-code';
import { describe, expect, it } from 'vitest';

describe('GB 32100-2015 unified social credit code', () => {
  // Codes printed on real business licences (public registry data).
  it.each(['91350100M000100Y43', '914403001922038216', '9144030071526726XG', '91110000100006485K'])('accepts %s', (code) => {
    expect(creditCodeProblem(code)).toBeNull();
  });

  it.each([
    ['91350100M000100Y42', 'check'],
    ['914403001922038217', 'check'],
    ['9144030071526726XA', 'check'],
    ['91350100M000100Y4', 'length'],
    ['91350100M000100Y433', 'length'],
    ['91350100M000100I43', 'charset'],
    ['91350100m000100Y43', 'charset'],
    ['91AB0100M000100Y43', 'division'],
  ] as const)('rejects %s (%s)', (code, problem) => {
    expect(creditCodeProblem(code)).toBe(problem);
  });

  it('computes the check character, mapping a remainder of 0 to "0"', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3');
    expect(creditCodeCheckChar('9144030071526726X')).toBe('G');
    expect(creditCodeCheckChar('9135010OM000100Y4')).toBeNull();
    // Find a body whose weighted sum is a multiple of 31 and check it yields '0', not 'Y'+1.
    let found = false;
    for (let i = 0; i < 31 * 31 && !found; i++) {
      const body = `9142120200000${String(i).padStart(4, '0')}`;
      const check = creditCodeCheckChar(body);
      if (check === '0') found = creditCodeProblem(body + '0') === null;
    }
    expect(found).toBe(true);
  });
});
