import type { Outcome, VoteRule } from './meetings.schema';

/** A vote's counts. Abstentions count as votes cast for "more votes than present", not for or against. */
export type VoteCounts = { for: number; against: number; abstain: number };

/** What is wrong with a vote's counts given how many were present, as a phrase after 「表决票数」, or null. */
export function voteProblem(votes: VoteCounts, present: number): string | null {
  const cast = votes.for + votes.against + votes.abstain;
  if (cast > present) return `同意、反对、弃权合计 ${cast} 票，多于出席人数 ${present} 人`;
  if (cast === 0) return '没有任何票，未表决请选择「不表决」';
  return null;
}

/**
 * The outcome of a vote under the kind's rule. `present` is how many attended
 * (the denominator of the "of those present" rules). A kind that does not vote has
 * no vote outcome: its resolutions are agreed by consensus.
 */
export function voteOutcome(rule: VoteRule, votes: VoteCounts, present: number): Outcome {
  switch (rule) {
    case 'majority-present':
      return votes.for * 2 > present ? 'passed' : 'rejected';
    case 'two-thirds-present':
      return votes.for * 3 >= present * 2 && present > 0 ? 'passed' : 'rejected';
    case 'majority-cast':
      return votes.for > votes.against ? 'passed' : 'rejected';
    case 'none':
      return 'agreed';
  }
}
