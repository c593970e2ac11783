import { useState } from 'react';
import { t } from '../../i18n';
import { ExportForm } from './ExportForm';
import { ExportProgressBar } from './ExportProgressBar';
import { ExportResultView } from './ExportResultView';
import { useExportProgress } from './useExportProgress';
import type { ExportResult } from './useSync';

/** 导出同步包: the form, a progress bar while the core works, and what was written. */
export function ExportCard({ hasCityKeys }: { hasCityKeys: boolean }) {
  const progress = useExportProgress();
  const [result, setResult] = useState<ExportResult | null>(null);
  // A new form after each export: a raised privacy level and its reason are for one bundle only.
  const [round, setRound] = useState(0);
  return (
    <section className="card sync-card" aria-label={t.sync.export.title}>
      <h2 className="card__title">{t.sync.export.title}</h2>
      <p className="muted">{t.sync.export.intro}</p>
      <ExportForm
        key={round}
        hasCityKeys={hasCityKeys}
        onStart={() => {
          setResult(null);
          progress.start();
        }}
        onFinish={(value) => {
          progress.finish(value !== null);
          if (value) {
            setResult(value);
            setRound((n) => n + 1);
          }
        }}
      />
      <ExportProgressBar bar={progress.bar} />
      {result ? <ExportResultView result={result} /> : null}
    </section>
  );
}
