import { coverage, quarterOf } from '#shared/domain/committees/training-rules';
import { DEFAULT_EVALUATION_RULE, DEFAULT_SCORING_SHEET, evaluationVerdict, halfOf, pointsProblem, previousHalf, rankOf } from '#shared/domain/committees/evaluation-rules';
import { availableCommitteeActions, checkCommitteeAction, checkMemberChange } from '#shared/domain/committees/committee-actions';
import { ceasedProblem, composition, defaultTermEnd, designationProblem, termEndProblem, termsOverlap } from '#shared/domain/committees/committee-rules';
import { describe, expect, it } from 'vitest';

const party = (n: number, of: number) => Array.from({ length: of }, (_, i) => ({ partyMember: i < n }));
const rule = { requiredPercent: 50, targetPercent: 60 };

describe('party-member composition', () => {
  it.each([
    // [party, total, percent, short of 50%, short of 60%]
    [0, 0, null, 0, 0],
    [0, 5, 0, 3, 3],
    [2, 5, 40, 1, 1],
    [3, 5, 60, 0, 0],
    [3, 7, 42, 1, 2],
    [4, 7, 57, 0, 1],
    [5, 7, 71, 0, 0],
    [1, 2, 50, 0, 1],
    [4, 9, 44, 1, 2],
  ])('%i of %i party members: %s%%, short %i / %i', (p, n, percent, req, target) => {
    expect(composition(party(p, n), rule)).toEqual({ total: n, partyMembers: p, percent, shortOfRequired: req, shortOfTarget: target });
  });

  it('follows the thresholds as data', () => {
    expect(composition(party(2, 5), { requiredPercent: 40, targetPercent: 80 })).toMatchObject({ shortOfRequired: 0, shortOfTarget: 2 });
  });
});

describe('terms and designations', () => {
  it.each([
    ['2024-06-01', 5, '2029-05-31'],
    ['2026-01-01', 5, '2030-12-31'],
    ['2024-02-29', 5, '2029-02-28'],
    ['2024-06-01', 3, '2027-05-31'],
  ])('a term from %s of %i years ends on %s', (start, years, end) => {
    expect(defaultTermEnd(start, years)).toBe(end);
  });

  it('refuses an end on or before the start', () => {
    expect(termEndProblem('2024-06-01', '2024-06-01')).not.toBeNull();
    expect(termEndProblem('2024-06-01', '2024-05-31')).not.toBeNull();
    expect(termEndProblem('2024-06-01', '2024-06-02')).toBeNull();
  });

  it.each([
    [{ start: '2024-01-01', end: '2028-12-31' }, { start: '2028-12-31', end: '2033-12-30' }, true],
    [{ start: '2024-01-01', end: '2028-12-31' }, { start: '2029-01-01', end: '2033-12-31' }, false],
    [{ start: '2024-01-01', end: '2028-12-31' }, { start: '2020-01-01', end: '2024-01-01' }, true],
    [{ start: '2024-01-01', end: '2028-12-31' }, { start: '2025-01-01', end: '2026-01-01' }, true],
  ])('overlap of %o and %o is %s', (a, b, expected) => {
    expect(termsOverlap(a, b)).toBe(expected);
    expect(termsOverlap(b, a)).toBe(expected);
  });

  it('keeps a designation within the term and a ceasing after it', () => {
    const term = { start: '2024-06-01', end: '2029-05-31' };
    expect(designationProblem('2024-05-31', term)).toContain('不能早于');
    expect(designationProblem('2029-06-01', term)).toContain('不能晚于');
    expect(designationProblem('2024-06-01', term)).toBeNull();
    expect(ceasedProblem('2024-06-30', '2024-07-01')).toContain('不能早于任职日期');
    expect(ceasedProblem('2024-07-01', '2024-07-01')).toBeNull();
  });
});

describe('what a committee action needs', () => {
  it.each([
    ['preparing', ['update', 'add-member', 'seat', 'record-correction', 'order-re-election', 'dissolve']],
    ['sitting', ['update', 'add-member', 'record-correction', 'order-re-election', 'dissolve', 'evaluate']],
    ['re-electing', ['update', 'add-member', 'record-correction', 'dissolve', 'evaluate']],
    ['dissolved', []],
  ] as const)('a %s committee offers %o', (status, actions) => {
    expect(availableCommitteeActions({ status })).toEqual(actions);
  });

  it('says in Chinese why an action is refused', () => {
    const r = checkCommitteeAction('add-member', { status: 'dissolved' });
    expect(r.ok || r.message).toContain('已解散');
    expect(checkMemberChange({ ceasedOn: '2025-01-01', committee: { status: 'sitting' } })).toMatchObject({ ok: false });
    expect(checkMemberChange({ ceasedOn: null, committee: { status: 'sitting' } })).toEqual({ ok: true });
  });
});

describe('evaluation verdicts over consecutive half years', () => {
  it.each([
    [75, null, 'satisfactory'],
    [60, 40, 'satisfactory'],
    [59, null, 'rectification'],
    [59, 60, 'rectification'],
    [59, 59, 're-election-recommended'],
    [10, 0, 're-election-recommended'],
  ] as const)('total %i after %s: %s', (total, previous, verdict) => {
    expect(evaluationVerdict(total, previous, DEFAULT_EVALUATION_RULE)).toBe(verdict);
  });

  it('follows the half years and ranks with ties', () => {
    expect(previousHalf('2026-H1')).toBe('2025-H2');
    expect(previousHalf('2026-H2')).toBe('2026-H1');
    expect(halfOf('2026-06-30')).toBe('2026-H1');
    expect(halfOf('2026-07-01')).toBe('2026-H2');
    expect([90, 80, 80, 70].map((x) => rankOf(x, [90, 80, 80, 70]))).toEqual([1, 2, 2, 4]);
    expect(pointsProblem(11, { key: 'k', label: '信息公开', max: 10 })).toContain('不能超过 10 分');
    expect(pointsProblem(-1, { key: 'k', label: '信息公开', max: 10 })).toBe('不能为负数');
    expect(DEFAULT_SCORING_SHEET.reduce((s, i) => s + i.max, 0)).toBe(100);
  });
});

describe('training coverage', () => {
  it.each([
    ['2026-01-01', '2026-01-01', '2026-03-31'],
    ['2026-05-17', '2026-04-01', '2026-06-30'],
    ['2026-09-30', '2026-07-01', '2026-09-30'],
    ['2024-12-31', '2024-10-01', '2024-12-31'],
  ])('%s is in the quarter %s to %s', (date, start, end) => {
    expect(quarterOf(date)).toEqual({ start, end });
  });

  it('is trained ÷ sitting, rounded down, and nothing when nobody sits', () => {
    expect(coverage(3, 2)).toEqual({ sitting: 3, trained: 2, percent: 66 });
    expect(coverage(20, 13)).toMatchObject({ percent: 65 });
    expect(coverage(0, 0).percent).toBeNull();
  });
});
