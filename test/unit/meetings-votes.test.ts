import { describe, expect, it } from 'vitest';
import { voteOutcome, voteProblem } from '#shared/domain/meetings/votes';

describe('vote outcomes by the kind rule', () => {
  it.each([
    // [rule, for, against, abstain, present, outcome]
    ['majority-present', 4, 2, 0, 7, 'passed'],
    ['majority-present', 3, 0, 3, 7, 'rejected'],
    ['majority-present', 3, 3, 0, 6, 'rejected'],
    ['majority-present', 4, 0, 0, 6, 'passed'],
    ['two-thirds-present', 4, 2, 0, 6, 'passed'],
    ['two-thirds-present', 3, 1, 0, 5, 'rejected'],
    ['two-thirds-present', 0, 0, 0, 0, 'rejected'],
    ['majority-cast', 2, 1, 4, 7, 'passed'],
    ['majority-cast', 2, 2, 0, 4, 'rejected'],
    ['none', 0, 0, 0, 5, 'agreed'],
  ] as const)('%s: %i for, %i against, %i abstain of %i present → %s', (rule, f, a, ab, present, outcome) => {
    expect(voteOutcome(rule, { for: f, against: a, abstain: ab }, present)).toBe(outcome);
  });

  it('refuses more votes than present and a vote with no votes', () => {
    expect(voteProblem({ for: 4, against: 1, abstain: 1 }, 5)).toBe('同意、反对、弃权合计 6 票，多于出席人数 5 人');
    expect(voteProblem({ for: 4, against: 1, abstain: 0 }, 5)).toBeNull();
    expect(voteProblem({ for: 0, against: 0, abstain: 0 }, 5)).toContain('没有任何票');
  });
});
