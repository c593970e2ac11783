import { availableActions, checkCaseAction, referKinds, type CaseAction, type CaseState } from '#shared/domain/disputes/case-actions';
import { DISPUTE_STATUSES, type DisputeStatus } from '#shared/domain/disputes/disputes.schema';
import { checkCorrection } from '#shared/domain/disputes/corrections';
import { describe, expect, it } from 'vitest';

const base = (status: DisputeStatus, more: Partial<CaseState> = {}): CaseState => ({
  status,
  tier: 'minor',
  departmentName: null,
  departmentReferredAt: null,
  departmentResult: null,
  jointReferralAt: null,
  agreedTerms: null,
  feedbackAt: null,
  returnVisitAt: null,
  ...more,
});

// What a case offers in each status with nothing else recorded, written out by hand
// from the workflow rather than derived from the code.
const OFFERED: Record<DisputeStatus, CaseAction[]> = {
  registered: ['assign', 'evidence', 'escalate', 'edit-intake', 'correct', 'reject', 'withdraw'],
  assigned: ['assign', 'session', 'evidence', 'refer', 'escalate', 'edit-intake', 'correct', 'reject', 'withdraw'],
  mediating: ['assign', 'session', 'evidence', 'outcome', 'refer', 'escalate', 'edit-intake', 'correct', 'reject', 'withdraw'],
  settled: ['evidence', 'feedback', 'close', 'edit-intake', 'correct'],
  failed: ['evidence', 'refer', 'feedback', 'close', 'edit-intake', 'correct'],
  referred: ['evidence', 'feedback', 'close', 'edit-intake', 'correct'],
  // A closed case's ID number can still be put right by the director (the agreement prints it).
  closed: ['feedback', 'correct'],
  rejected: [],
  withdrawn: [],
};

describe('case actions: what each status offers', () => {
  it.each(DISPUTE_STATUSES)('%s', (status) => {
    expect(availableActions(base(status))).toEqual(OFFERED[status]);
  });

  it('filters by what the operator may do, keeping work order', () => {
    expect(availableActions(base('mediating'), (a) => a === 'withdraw' || a === 'session')).toEqual(['session', 'withdraw']);
  });
});

describe('case actions: recorded facts', () => {
  it('refuses a second department result and a second return visit, with the reason', () => {
    const referred = base('referred', { departmentName: '住建局', departmentReferredAt: '2026-11-21T02:00:00Z', departmentResult: '已整改' });
    expect(checkCaseAction('department-result', referred)).toEqual({ ok: false, message: '该案件已经记录过部门办理结果。' });
    const visited = base('closed', { agreedTerms: '停止噪音', returnVisitAt: '2026-12-01T02:00:00Z', feedbackAt: '2026-11-30T02:00:00Z' });
    expect(checkCaseAction('return-visit', visited)).toEqual({ ok: false, message: '该案件已经记录过回访。' });
    expect(checkCaseAction('return-visit', { ...visited, returnVisitAt: null })).toEqual({ ok: true });
  });

  it('allows feedback after an outcome, on a closed case only once, and never on an ended or undecided one', () => {
    expect(checkCaseAction('feedback', base('closed'))).toEqual({ ok: true });
    expect(checkCaseAction('feedback', base('closed', { feedbackAt: '2026-11-30T02:00:00Z' })).ok).toBe(false);
    expect(checkCaseAction('feedback', base('mediating'))).toEqual({ ok: false, message: '当事人反馈在有了调解结果（调解成功、调解不成或已移交）后记录。' });
    expect(checkCaseAction('feedback', base('withdrawn'))).toEqual({ ok: false, message: '该案件已撤回，不能记录反馈。' });
  });

  it('refuses evidence and intake edits on an ended case, naming how it ended', () => {
    expect(checkCaseAction('evidence', base('closed'))).toEqual({ ok: false, message: '该案件已结案，不能再添加证据材料。' });
    expect(checkCaseAction('edit-intake', base('rejected'))).toEqual({ ok: false, message: '该案件不予受理，不能再修改登记信息。' });
  });
});

describe('case actions: referrals', () => {
  it.each([
    ['failed, nothing referred', base('failed'), ['court', 'department']],
    ['failed, department already referred', base('failed', { departmentName: '城管', departmentReferredAt: '2026-11-22T02:00:00Z' }), ['court']],
    ['mediating minor', base('mediating'), ['department']],
    ['assigned major', base('assigned', { tier: 'major' }), ['department', 'joint']],
    ['major after joint referral (the joint lead named, no department referral yet)', base('mediating', { tier: 'major', departmentName: '住建', jointReferralAt: '2026-11-21T02:00:00Z' }), ['department']],
    ['settled', base('settled'), []],
  ] as const)('%s', (_label, state, kinds) => {
    expect(referKinds(state)).toEqual(kinds);
    expect(checkCaseAction('refer', state).ok).toBe(kinds.length > 0);
  });

  it('says why one kind does not fit', () => {
    expect(checkCaseAction('refer', base('mediating'), 'court')).toEqual({ ok: false, message: '诉调对接只用于调解不成的案件，请先记录调解不成。' });
    expect(checkCaseAction('refer', base('mediating'), 'joint')).toEqual({ ok: false, message: '联合处置移交只用于「大事」，请先把案件升级为大事。' });
    expect(checkCaseAction('refer', base('mediating', { tier: 'major', jointReferralAt: '2026-11-21T02:00:00Z' }), 'joint')).toEqual({ ok: false, message: '该案件已经记录过联合处置移交。' });
    expect(checkCaseAction('refer', base('failed', { departmentName: '城管', departmentReferredAt: '2026-11-22T02:00:00Z' }), 'department')).toEqual({ ok: false, message: '该案件已移交「城管」，不能再次移交部门。' });
  });
});

describe('更正登记信息: who may correct, and when', () => {
  // [status, clerk may, director may], written out by hand.
  const table: [DisputeStatus, boolean, boolean][] = [
    ['registered', true, true],
    ['assigned', true, true],
    ['mediating', false, true],
    ['settled', false, true],
    ['closed', false, true],
    ['rejected', false, false],
    ['withdrawn', false, false],
  ];
  it.each(table)('%s: clerk %s, director %s', (status, clerk, director) => {
    expect(checkCorrection(base(status), 'secretary').ok).toBe(clerk);
    expect(checkCorrection(base(status), 'mediator').ok).toBe(clerk);
    expect(checkCorrection(base(status), 'director').ok).toBe(director);
  });
  it('says who to ask once mediation has started', () => {
    expect(checkCorrection(base('mediating'), 'secretary')).toEqual({ ok: false, message: expect.stringContaining('只能由主任更正') });
  });
});
