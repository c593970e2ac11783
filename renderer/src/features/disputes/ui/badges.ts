import type { DeadlineStatus, DisputeStatus, DisputeTier } from '#shared/domain/disputes/disputes.schema';
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
