import { ACTION_LIST_STATE_LABELS, ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS, RESPONSIBLE_KIND_LABELS, type ActionStatus } from '#shared/domain/actions/actions.schema';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import type { Tone } from '../../ui/Badge';

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
export const SOURCE_OPTIONS = options(ACTION_SOURCE_LABELS);
export const RESPONSIBLE_KIND_OPTIONS = options(RESPONSIBLE_KIND_LABELS);
export const LIST_STATE_OPTIONS = options(ACTION_LIST_STATE_LABELS);

const TONES: Record<ActionStatus, Tone> = { open: 'info', 'in-progress': 'warning', done: 'neutral', verified: 'success' };

/** The badge an item shows: 逾期 N 天 (danger) outranks its stored status. */
export function statusBadge(r: Pick<ActionItemView, 'status' | 'overdue' | 'daysOverdue'>): { tone: Tone; text: string } {
  if (r.overdue) return { tone: 'danger', text: `${ACTION_STATUS_LABELS[r.status]} · 逾期 ${r.daysOverdue} 天` };
  return { tone: TONES[r.status], text: ACTION_STATUS_LABELS[r.status] };
}

/** 来源 in words: the kind with the case number or note that says which. */
export function sourceText(r: Pick<ActionItemView, 'source' | 'disputeCaseNo' | 'sourceNote'>): string {
  const which = r.source === 'dispute' ? r.disputeCaseNo : r.sourceNote;
  return which ? `${ACTION_SOURCE_LABELS[r.source]}（${which}）` : ACTION_SOURCE_LABELS[r.source];
}
