import { BACKUP_PHASE_LABELS } from '#shared/domain/backup/backup.schema';
import { t } from '../../i18n';
import { PhaseProgress } from '../../ui/PhaseProgress';
import type { ProgressBar } from './useBackup';

/** The backup's progress, phase by phase; nothing while no backup runs. */
export function BackupProgressBar({ bar }: { bar: ProgressBar }) {
  if (bar.state === 'idle') return null;
  const done = bar.state === 'done';
  const text = done
    ? t.backup.create.phase(BACKUP_PHASE_LABELS.done, 100)
    : bar.progress
      ? t.backup.create.phase(BACKUP_PHASE_LABELS[bar.progress.phase], bar.progress.percent)
      : t.backup.create.waiting;
  return <PhaseProgress className="backup-progress" label={t.backup.create.progress} text={text} percent={done ? 100 : (bar.progress?.percent ?? null)} done={done} />;
}
