import { useId } from 'react';
import { t } from '../../i18n';
import type { ApplyProgress } from './useApplyProgress';

/** A real <progress> (no inline styles under the CSP): cases recomputed so far, indeterminate until the first batch. */
export function ApplyProgressBar({ progress, done }: { progress: ApplyProgress | null; done: number | null }) {
  const id = useId();
  const text = done !== null ? t.policy.progress.done(done) : progress ? t.policy.progress.running(progress.done, progress.total) : t.policy.progress.counting;
  const value = done !== null ? 100 : progress && progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : null;
  return (
    <div className="export-progress">
      <label className="export-progress__label" htmlFor={id}>
        {t.policy.progress.label}
      </label>
      {value === null ? <progress id={id} className="export-progress__bar" /> : <progress id={id} className="export-progress__bar" max={100} value={value} />}
      <p className="export-progress__phase" role="status" aria-live="polite">
        {text}
      </p>
    </div>
  );
}
