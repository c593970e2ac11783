/**
 * The committee rules that are data (the director may edit them; these are the
 * published defaults) and the pure checks on terms and members. No clock of their
 * own: callers pass dates (YYYY-MM-DD in China).
 */
export type CompositionRule = {
  /** 党员占比 "一般不低于50%": below this a committee or candidate list falls short. */
  requiredPercent: number;
  /** The office's goal, 60%. */
  targetPercent: number;
};

export type CommitteeRules = {
  /** A term's length in years (业主大会议事规则: 5 years unless the assembly decided otherwise). */
  termYears: number;
  composition: CompositionRule;
  /** How long the vetted candidate list is posted (候选人公示), in days. */
  publicationDays: number;
};

export const DEFAULT_COMMITTEE_RULES: CommitteeRules = {
  termYears: 5,
  composition: { requiredPercent: 50, targetPercent: 60 },
  publicationDays: 7,
};

/** `date` plus `days` calendar days. */
export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The default last day of a term that starts on `start`: the day before its `years`th anniversary (29 Feb rolls to 1 Mar). */
export function defaultTermEnd(start: string, years: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const anniversary = new Date(Date.UTC(y + years, m - 1, d)).toISOString().slice(0, 10);
  return addDays(anniversary, -1);
}

export type TermSpan = { start: string; end: string };

/** Two terms overlap when they share a day (both ends inclusive). */
export const termsOverlap = (a: TermSpan, b: TermSpan): boolean => a.start <= b.end && b.start <= a.end;

/** What is wrong with a term's dates, as a phrase following the field's name, or null. */
export function termEndProblem(start: string, end: string): string | null {
  return end <= start ? '不能早于或等于任期开始日期' : null;
}

/** A member's designation must fall within the term; a ceasing cannot precede the designation. */
export function designationProblem(designatedOn: string, term: TermSpan): string | null {
  if (designatedOn < term.start) return `不能早于本届任期开始日期（${term.start}）`;
  if (designatedOn > term.end) return `不能晚于本届任期结束日期（${term.end}）`;
  return null;
}

export function ceasedProblem(ceasedOn: string, designatedOn: string): string | null {
  return ceasedOn < designatedOn ? `不能早于任职日期（${designatedOn}）` : null;
}

export type Composition = {
  /** People counted (sitting members, or candidates on a list). */
  total: number;
  partyMembers: number;
  /** Whole percent, rounded down (so 49.9% never shows as 50%); null when nobody is counted. */
  percent: number | null;
  /** Party members still missing to reach the required share (0 when met). */
  shortOfRequired: number;
  /** Party members still missing to reach the target share. */
  shortOfTarget: number;
};

/** The smallest number of party members that makes `percent` of `total`. */
const needed = (total: number, percent: number): number => Math.ceil((total * percent) / 100);

/**
 * The party-member share of a committee or candidate list against the two
 * thresholds. "Short by k" is how many more of the same number of seats would
 * have to be held by party members.
 */
export function composition(people: readonly { partyMember: boolean }[], rule: CompositionRule): Composition {
  const total = people.length;
  const partyMembers = people.filter((p) => p.partyMember).length;
  return {
    total,
    partyMembers,
    percent: total === 0 ? null : Math.floor((partyMembers * 100) / total),
    shortOfRequired: Math.max(0, needed(total, rule.requiredPercent) - partyMembers),
    shortOfTarget: Math.max(0, needed(total, rule.targetPercent) - partyMembers),
  };
}
