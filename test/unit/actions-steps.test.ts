import { describe, expect, it } from 'vitest';
import { availableActionSteps, checkActionStep, daysOverdue, isOverdue, STEP_TARGET, stepDateProblem, type ActionStep } from '#shared/domain/actions/action-steps';
import type { ActionStatus } from '#shared/domain/actions/actions.schema';

const state = (status: ActionStatus, completedBy: string | null = null) => ({ status, completedBy });

describe('action-item steps', () => {
  it.each<[ActionStatus, string | null, string, ActionStep[]]>([
    ['open', null, 'a', ['update', 'start', 'complete']],
    ['in-progress', null, 'a', ['update', 'complete']],
    ['done', 'a', 'b', ['verify', 'reopen']],
    ['done', 'a', 'a', ['reopen']],
    ['verified', 'a', 'b', []],
  ])('%s (completed by %s), for %s: offers %j', (status, by, actor, steps) => {
    expect(availableActionSteps(state(status, by), actor)).toEqual(steps);
  });

  it('refuses verification by whoever completed the item, naming the verifier field', () => {
    expect(checkActionStep('verify', state('done', 'jilu'), 'jilu')).toEqual({ ok: false, message: '不能由登记完成的同一人（jilu）核验，请另一名工作人员核验', field: 'verifier' });
    expect(checkActionStep('verify', state('done', 'jilu'), 'zhuren')).toEqual({ ok: true });
  });

  it('says why a step does not fit, in Chinese', () => {
    expect(checkActionStep('verify', state('open'), 'b')).toEqual({ ok: false, message: '该事项待整改，须先登记整改完成才能核验' });
    expect(checkActionStep('start', state('in-progress'), 'b')).toEqual({ ok: false, message: '该事项整改中，不能再开始整改' });
    expect(checkActionStep('complete', state('verified', 'a'), 'b')).toEqual({ ok: false, message: '该事项已核验销号，只能查看，不能登记整改完成' });
    expect(checkActionStep('reopen', state('in-progress'), 'b')).toMatchObject({ ok: false });
  });

  it('each step leads to its status', () => {
    expect(STEP_TARGET).toEqual({ start: 'in-progress', complete: 'done', verify: 'verified', reopen: 'in-progress' });
  });
});

describe('逾期 (derived)', () => {
  it.each<[ActionStatus, string, string, boolean, number]>([
    ['open', '2026-11-24', '2026-11-25', true, 1],
    ['in-progress', '2026-10-31', '2026-11-01', true, 1],
    ['open', '2026-11-25', '2026-11-25', false, 0],
    ['open', '2026-12-31', '2027-01-01', true, 1],
    ['open', '2028-02-28', '2028-03-01', true, 2],
    ['done', '2026-01-01', '2026-11-25', false, 0],
    ['verified', '2026-01-01', '2026-11-25', false, 0],
  ])('%s due %s, today %s: overdue %s by %i days', (status, dueOn, today, overdue, days) => {
    expect(isOverdue({ status, dueOn }, today)).toBe(overdue);
    expect(daysOverdue({ status, dueOn }, today)).toBe(days);
  });

  it('dates of steps: not after today, not before the earlier step', () => {
    expect(stepDateProblem('2026-11-26', '2026-11-25', { date: '2026-11-01', what: '登记日期' })).toBe('不能晚于今天');
    expect(stepDateProblem('2026-10-31', '2026-11-25', { date: '2026-11-01', what: '登记日期' })).toBe('不能早于登记日期（2026-11-01）');
    expect(stepDateProblem('2026-11-01', '2026-11-25', { date: '2026-11-01', what: '登记日期' })).toBeNull();
  });
});
