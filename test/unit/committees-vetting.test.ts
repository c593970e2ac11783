import { checkWithdrawalStep, unfitShare } from '#shared/domain/committees/withdrawal';
import { availableElectionActions, checkElectionAction, publicationDaysLeft, type ElectionState } from '#shared/domain/committees/election-actions';
import { checkVettingDecision, DEFAULT_CHECKLIST, DEFAULT_DEPARTMENTS, type CheckResult, type Opinion } from '#shared/domain/committees/vetting';
import { describe, expect, it } from 'vitest';

const allMet = () => new Map<string, CheckResult>(DEFAULT_CHECKLIST.map((i) => [i.key, 'met']));
const allClear = () => new Map<string, Opinion>(DEFAULT_DEPARTMENTS.map((d) => [d, 'no-objection']));
const decide = (checks: Map<string, CheckResult>, opinions: Map<string, Opinion>, override: string | null = null) =>
  checkVettingDecision('passed', { checks, opinions, override }, DEFAULT_CHECKLIST, DEFAULT_DEPARTMENTS);

describe('the vetting decision', () => {
  it('passes a candidate with every item met and no objection', () => {
    expect(decide(allMet(), allClear())).toEqual({ ok: true });
  });

  it.each([
    ['not-met', '「无失信记录」不符合'],
    ['pending', '「无失信记录」尚未核查'],
  ] as const)('refuses 通过 when a required item is %s, naming it', (result, message) => {
    const checks = allMet().set('no-dishonesty', result);
    const r = decide(checks, allClear());
    expect(r.ok || r.message).toContain(message);
  });

  it('treats an item never checked as pending, and an optional item as not blocking', () => {
    const checks = allMet();
    checks.delete('owner');
    expect(decide(checks, allClear())).toMatchObject({ ok: false, message: expect.stringContaining('「业主身份」尚未核查') });
    const optional = DEFAULT_CHECKLIST.map((i) => (i.key === 'owner' ? { ...i, required: false } : i));
    expect(checkVettingDecision('passed', { checks, opinions: allClear(), override: null }, optional, DEFAULT_DEPARTMENTS)).toEqual({ ok: true });
  });

  it('names the departments still to answer, and asks for the override of an objection', () => {
    const partial = allClear();
    partial.delete('民政');
    expect(decide(allMet(), partial)).toMatchObject({ ok: false, message: expect.stringContaining('民政') });
    const objected = allClear().set('公安', 'objection');
    expect(decide(allMet(), objected)).toMatchObject({ ok: false, field: 'override', message: expect.stringContaining('公安有异议') });
    expect(decide(allMet(), objected, '同意')).toEqual({ ok: true });
  });

  it('always allows 不通过', () => {
    expect(checkVettingDecision('failed', { checks: new Map(), opinions: new Map(), override: null }, DEFAULT_CHECKLIST, DEFAULT_DEPARTMENTS)).toEqual({ ok: true });
  });
});

describe('election steps', () => {
  const base: ElectionState = { status: 'vetting', undecided: 0, passed: 2, publishedUntil: null, openObjections: 0 };
  it.each([
    [base, '2026-11-25', ['add-candidate', 'vet', 'publish']],
    [{ ...base, undecided: 1 }, '2026-11-25', ['add-candidate', 'vet']],
    [{ ...base, passed: 0 }, '2026-11-25', ['add-candidate', 'vet']],
    [{ ...base, status: 'publishing', publishedUntil: '2026-11-26' }, '2026-11-26', ['record-objection']],
    [{ ...base, status: 'publishing', publishedUntil: '2026-11-26' }, '2026-11-27', ['record-objection', 'enter-result']],
    [{ ...base, status: 'publishing', publishedUntil: '2026-11-26', openObjections: 1 }, '2026-11-27', ['record-objection']],
    [{ ...base, status: 'result-entered' }, '2026-11-27', []],
  ] as const)('%o on %s offers %o', (state, today, actions) => {
    expect(availableElectionActions(state, today)).toEqual(actions);
  });

  it('says why the result cannot be entered yet', () => {
    const r = checkElectionAction('enter-result', { ...base, status: 'publishing', publishedUntil: '2026-11-26', openObjections: 2 }, '2026-11-30');
    expect(r.ok || r.message).toContain('2 条异议尚未处理');
  });

  it.each([
    [null, '2026-11-25', null],
    ['2026-11-26', '2026-11-25', 1],
    ['2026-11-26', '2026-11-26', 0],
    ['2026-11-26', '2026-11-30', -1],
  ] as const)('publication until %s on %s leaves %s days', (until, today, left) => {
    expect(publicationDaysLeft(until, today)).toBe(left);
  });
});

describe('the persuade-to-withdraw steps', () => {
  const proposed = { step: 'proposed' as const, proposedOn: '2026-09-01', talkOn: null };
  it.each([
    ['talk', proposed, '2026-09-10', true],
    ['talk', proposed, '2026-08-31', false],
    ['assembly', proposed, '2026-10-01', false],
    ['assembly', { step: 'talk-held' as const, proposedOn: '2026-09-01', talkOn: '2026-09-10' }, '2026-09-09', false],
    ['assembly', { step: 'talk-held' as const, proposedOn: '2026-09-01', talkOn: '2026-09-10' }, '2026-09-10', true],
    ['talk', { step: 'decided' as const, proposedOn: '2026-09-01', talkOn: '2026-09-10' }, '2026-12-01', false],
  ] as const)('%s on %o at %s: %s', (step, state, date, okay) => {
    expect(checkWithdrawalStep(step, state, date).ok).toBe(okay);
  });

  it('measures the year’s adjusted share against the 10% goal', () => {
    expect(unfitShare(3, 40)).toEqual({ adjusted: 3, members: 40, percent: 7, goalPercent: 10 });
    expect(unfitShare(0, 0).percent).toBeNull();
  });
});
