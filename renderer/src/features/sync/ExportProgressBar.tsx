import { EXPORT_PHASE_LABELS } from '#shared/domain/sync/sync.schema';
import { t } from '../../i18n';
import { PhaseProgress } from '../../ui/PhaseProgress';
import type { ProgressBar } from './useExportProgress';

/** The bundle export's progress, phase by phase; nothing while no export runs. */
export function ExportProgressBar({ bar }: { bar: ProgressBar }) {
  if (bar.state === 'idle') return null;
  const done = bar.state === 'done';
  const text = done
    ? t.sync.export.phase(EXPORT_PHASE_LABELS.done, 100)
    : bar.progress
      ? t.sync.export.phase(EXPORT_PHASE_LABELS[bar.progress.phase], bar.progress.percent)
      : t.sync.export.waiting;
  return <PhaseProgress className="export-progress" label={t.sync.export.progress} text={text} percent={done ? 100 : (bar.progress?.percent ?? null)} done={done} />;
}
