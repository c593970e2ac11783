import { t } from '../../i18n';
import { PhaseProgress } from '../../ui/PhaseProgress';
import type { ApplyProgress } from './useApplyProgress';

/** Cases recomputed so far while a pack is applied; indeterminate until the first batch. */
export function ApplyProgressBar({ progress, done }: { progress: ApplyProgress | null; done: number | null }) {
  const text = done !== null ? t.policy.progress.done(done) : progress ? t.policy.progress.running(progress.done, progress.total) : t.policy.progress.counting;
  const value = done !== null ? 100 : progress && progress.total > 0 ? Math.floor((100 * progress.done) / progress.total) : null;
  return <PhaseProgress className="apply-progress" label={t.policy.progress.label} text={text} percent={value} done={done !== null} />;
}
