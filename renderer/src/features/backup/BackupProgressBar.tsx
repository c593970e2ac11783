import { BACKUP_PHASE_LABELS } from '#shared/domain/backup/backup.schema';
import { useId } from 'react';
import { t } from '../../i18n';
import type { ProgressBar } from './useBackup';

/** A real <progress> (no inline styles under the CSP) with the phase in words; indeterminate until the first answer. */
export function BackupProgressBar({ bar }: { bar: ProgressBar }) {
  const id = useId();
  if (bar.state === 'idle') return null;
  const percent = bar.state === 'done' ? 100 : (bar.progress?.percent ?? null);
  const text =
    bar.state === 'done'
      ? t.backup.create.phase(BACKUP_PHASE_LABELS.done, 100)
      : bar.progress
        ? t.backup.create.phase(BACKUP_PHASE_LABELS[bar.progress.phase], bar.progress.percent)
        : t.backup.create.waiting;
  return (
    <div className={bar.state === 'done' ? 'backup-progress backup-progress--done' : 'backup-progress'}>
      <label className="backup-progress__label" htmlFor={id}>
        {t.backup.create.progress}
      </label>
      {percent === null ? <progress id={id} className="backup-progress__bar" /> : <progress id={id} className="backup-progress__bar" max={100} value={percent} />}
      <p className="backup-progress__phase" role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
