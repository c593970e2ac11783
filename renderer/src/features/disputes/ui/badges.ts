import { DEADLINE_STATUS_LABELS, type DeadlineStatus, type DeadlineView, type DisputeStatus, type DisputeTier } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import type { Tone } from '../../../ui/Badge';

const STATUS_TONES: Record<DisputeStatus, Tone> = {
  registered: 'neutral',
  assigned: 'info',
  mediating: 'info',
  settled: 'success',
  failed: 'warning',
  referred: 'info',
  closed: 'muted',
  rejected: 'muted',
  withdrawn: 'muted',
};
const TIER_TONES: Record<DisputeTier, Tone> = { minor: 'neutral', medium: 'info', major: 'danger' };
const DEADLINE_TONES: Record<DeadlineStatus, Tone> = { 'on-track': 'neutral', 'due-soon': 'warning', overdue: 'danger', met: 'success', 'met-late': 'warning' };

export const statusTone = (s: DisputeStatus): Tone => STATUS_TONES[s];
export const tierTone = (t: DisputeTier): Tone => TIER_TONES[t];
export const deadlineTone = (s: DeadlineStatus): Tone => DEADLINE_TONES[s];

/**
 * The badge beside a case's deadline: 已逾期 when it has passed, 今日到期 when the case
 * is due today (office-hours.ts), else the deadline's own state.
 */
export function dueBadge(deadline: DeadlineView, dueToday: boolean): { tone: Tone; label: string } {
  if (deadline.status !== 'overdue' && deadline.metAt === null && dueToday) return { tone: 'warning', label: t.disputes.dueBadge };
  return { tone: deadlineTone(deadline.status), label: DEADLINE_STATUS_LABELS[deadline.status] };
}
