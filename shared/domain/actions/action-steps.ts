import { ACTION_STATUS_LABELS, UNFINISHED, type ActionStatus } from './actions.schema';

/**
 * What each step of an action item needs, decided once: the service guards every
 * write with `checkActionStep` (on the stored row, inside the transaction) and the
 * item's page offers exactly `availableActionSteps`, so the two cannot drift.
 *
 *   open ──start──▶ in-progress ──complete──▶ done ──verify──▶ verified
 *     └──────────complete──────────────────▶  │
 *                  in-progress ◀──reopen───────┘   (核验不通过，退回整改)
 */
export const ACTION_STEPS = ['update', 'start', 'complete', 'verify', 'reopen'] as const;
export type ActionStep = (typeof ACTION_STEPS)[number];

export const ACTION_STEP_LABELS: Record<ActionStep, string> = {
  update: '修改整改事项',
  start: '开始整改',
  complete: '登记整改完成',
  verify: '核验销号',
  reopen: '退回整改',
};

export type ActionState = { status: ActionStatus; completedBy: string | null };

export type StepCheck = { ok: true } | { ok: false; message: string; field?: string };

const OK: StepCheck = { ok: true };
const refuse = (message: string, field?: string): StepCheck => ({ ok: false, message, ...(field ? { field } : {}) });

/** The status a step leads to. */
export const STEP_TARGET: Record<Exclude<ActionStep, 'update'>, ActionStatus> = { start: 'in-progress', complete: 'done', verify: 'verified', reopen: 'in-progress' };

/**
 * Whether `actor` may take `step` on an item in `state`. Verification needs a
 * second person: whoever recorded the completion cannot also sign it off.
 */
export function checkActionStep(step: ActionStep, state: ActionState, actor: string): StepCheck {
  const now = ACTION_STATUS_LABELS[state.status];
  if (state.status === 'verified') return refuse(`该事项已核验销号，只能查看，不能${ACTION_STEP_LABELS[step]}`);
  switch (step) {
    case 'update':
    case 'complete':
      return UNFINISHED.includes(state.status) ? OK : refuse(`该事项${now}，不能${ACTION_STEP_LABELS[step]}`);
    case 'start':
      return state.status === 'open' ? OK : refuse(`该事项${now}，不能再${ACTION_STEP_LABELS.start}`);
    case 'verify':
      if (state.status !== 'done') return refuse(`该事项${now}，须先登记整改完成才能核验`);
      return state.completedBy === actor ? refuse(`不能由登记完成的同一人（${actor}）核验，请另一名工作人员核验`, 'verifier') : OK;
    case 'reopen':
      return state.status === 'done' ? OK : refuse(`只有已完成待核验的事项才能退回整改`);
  }
}

/** The steps to offer `actor` on an item in this state. */
export function availableActionSteps(state: ActionState, actor: string): ActionStep[] {
  return ACTION_STEPS.filter((s) => checkActionStep(s, state, actor).ok);
}

/** 逾期: the work is still owed and its due date (a day in China) is before today (in China). */
export const isOverdue = (s: { status: ActionStatus; dueOn: string }, today: string): boolean => UNFINISHED.includes(s.status) && s.dueOn < today;

/** Whole days past the due date (0 when not overdue). Both are YYYY-MM-DD days. */
export function daysOverdue(s: { status: ActionStatus; dueOn: string }, today: string): number {
  if (!isOverdue(s, today)) return 0;
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${s.dueOn}T00:00:00Z`)) / 86_400_000);
}

/** Dates of the steps against each other and today: returns the problem in Chinese, or null. */
export function stepDateProblem(on: string, today: string, after: { date: string; what: string }): string | null {
  if (on > today) return '不能晚于今天';
  if (on < after.date) return `不能早于${after.what}（${after.date}）`;
  return null;
}
