import { EXPORT_PHASE_LABELS } from '#shared/domain/sync/sync.schema';
import { useId } from 'react';
import { t } from '../../i18n';
import type { ProgressBar } from './useExportProgress';

/** A real <progress> (no inline styles under the CSP) with the phase in words; indeterminate until the first answer. */
export function ExportProgressBar({ bar }: { bar: ProgressBar }) {
  const id = useId();
  if (bar.state === 'idle') return null;
  const percent = bar.state === 'done' ? 100 : (bar.progress?.percent ?? null);
  const text =
    bar.state === 'done'
      ? t.sync.export.phase(EXPORT_PHASE_LABELS.done, 100)
      : bar.progress
        ? t.sync.export.phase(EXPORT_PHASE_LABELS[bar.progress.phase], bar.progress.percent)
        : t.sync.export.waiting;
  return (
    <div className={bar.state === 'done' ? 'export-progress export-progress--done' : 'export-progress'}>
      <label className="export-progress__label" htmlFor={id}>
        {t.sync.export.progress}
      </label>
      {percent === null ? <progress id={id} className="export-progress__bar" /> : <progress id={id} className="export-progress__bar" max={100} value={percent} />}
      <p className="export-progress__phase" role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
