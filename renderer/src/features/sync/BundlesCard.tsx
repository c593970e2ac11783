import { useState } from 'react';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { BundlesTable } from './BundlesTable';
import { CopyablePath } from './CopyablePath';
import { ReceiptForm } from './ReceiptForm';
import { RewriteDialog } from './RewriteDialog';
import { useBundles, type BundleRow } from './useSync';

/** 同步包记录: the bundles written so far, 重新写出 for a lost stick, and 导入回执 from the city. */
export function BundlesCard() {
  const { may } = usePermissions();
  const bundles = useBundles();
  const [rewriting, setRewriting] = useState<BundleRow | null>(null);
  const [rewritten, setRewritten] = useState<{ seq: number; file: string } | null>(null);
  const rows = bundles.data;
  const lead = may('sync:export-bundle');
  return (
    <section className="card sync-card" aria-label={t.sync.bundles.title}>
      <h2 className="card__title">
        {t.sync.bundles.title}
        {rows && rows.length > 0 ? <span className="page__count">{t.sync.bundles.count(rows.length)}</span> : null}
      </h2>
      <ErrorBanner message={bundles.error?.message}>
        <button type="button" className="button button--small" onClick={bundles.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {rewritten ? <CopyablePath message={t.sync.bundles.rewritten(rewritten.seq)} path={rewritten.file} /> : null}
      {rows === null ? (
        bundles.loading ? <p className="muted">{t.common.loading}</p> : null
      ) : rows.length === 0 ? (
        <p className="sync-empty" role="status">
          {lead ? t.sync.bundles.emptyLead : t.sync.bundles.empty}
        </p>
      ) : (
        <BundlesTable rows={rows} onRewrite={may('sync:rewrite-bundle') ? setRewriting : undefined} />
      )}
      {rows && rows.length > 0 && may('sync:import-receipt') ? <ReceiptForm /> : null}
      {rewriting ? (
        <RewriteDialog
          bundle={rewriting}
          onClose={() => setRewriting(null)}
          onDone={(file) => {
            setRewritten({ seq: rewriting.seq, file });
            setRewriting(null);
          }}
        />
      ) : null}
    </section>
  );
}
