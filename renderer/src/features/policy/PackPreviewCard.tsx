import { movesDeadlines } from '#shared/domain/policy/pack.schema';
import { useState } from 'react';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { formatDateTime } from '../../lib/format';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Dialog } from '../../ui/Dialog';
import type { ErrorBody } from '#shared/ipc/envelope';
import { ApplyProgressBar } from './ApplyProgressBar';
import { useApplyProgress } from './useApplyProgress';
import type { PackPreview } from './usePolicy';

/** What the previewed pack changes, section by section; the director confirms, then the bar follows the recompute. */
export function PackPreviewCard({ file, preview, onApplied }: { file: string; preview: PackPreview; onApplied: () => void }) {
  const { may } = usePermissions();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);
  const [result, setResult] = useState<{ version: number; checked: number; changed: number; recomputed: boolean } | null>(null);
  const bar = useApplyProgress();
  const p = preview.pack;
  const moves = movesDeadlines(p.sections);

  const apply = () => {
    setConfirming(false);
    setError(null);
    bar.start();
    void call('policy:apply-pack', { file, sha256: p.sha256 }).then((r) => {
      bar.finish();
      if (r.ok) {
        setResult(r.value);
        onApplied();
      } else setError(r.error);
    });
  };

  return (
    <section className="card" aria-label={t.policy.preview.title(p.version, p.title)}>
      <h2 className="card__title">{t.policy.preview.title(p.version, p.title)}</h2>
      <p className="muted">
        {t.policy.preview.from(preview.inForceVersion)}；{t.policy.issuedAt} {formatDateTime(p.issuedAt)}
      </p>
      {preview.sampleYears.length > 0 ? <ErrorBanner tone="info" message={t.policy.sample(preview.sampleYears.join('、'))} /> : null}
      {preview.changes.map((c) => (
        <div key={c.section} className="policy-change">
          <h3 className="sync-form__title">{c.label}</h3>
          <ul>
            {c.lines.map((line) => (
              <li key={line}>{line}</li>
            ))}
          </ul>
        </div>
      ))}
      <ErrorBanner message={error?.message} />
      {result ? <ErrorBanner tone="info" message={result.recomputed ? t.policy.applied(result.version, result.checked, result.changed) : t.policy.appliedNoDeadlines(result.version)} /> : null}
      {(bar.running && moves) || result?.recomputed ? <ApplyProgressBar progress={bar.progress} done={result ? result.checked : null} /> : null}
      {!result ? (
        may('policy:apply-pack') ? (
          <div className="form__buttons">
            <button type="button" className="button button--primary" disabled={bar.running} onClick={() => setConfirming(true)}>
              {t.policy.preview.apply}
            </button>
          </div>
        ) : (
          <p className="muted">{t.policy.preview.directorOnly}</p>
        )
      ) : null}
      {confirming ? (
        <Dialog title={t.policy.preview.confirmTitle} onDismiss={() => setConfirming(false)}>
          <div className="form">
            <p className="confirm__question">{t.policy.preview.confirmQuestion(p.version)}</p>
            <p className="confirm__note">{moves ? t.policy.preview.confirmNote : t.policy.preview.confirmNoteNoDeadlines}</p>
            <div className="form__buttons">
              <button type="button" className="button" onClick={() => setConfirming(false)} data-autofocus="">
                {t.common.cancel}
              </button>
              <button type="button" className="button button--primary" onClick={apply}>
                {t.policy.preview.confirm}
              </button>
            </div>
          </div>
        </Dialog>
      ) : null}
    </section>
  );
}
