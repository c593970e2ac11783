import { useState } from 'react';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { CityKeysForm } from './CityKeysForm';
import { CityFingerprints } from './CityFingerprints';
import type { CityKeysView } from './useSync';

/** 市级公钥: the keys bundles are encrypted to and receipts are checked with; fingerprints to confirm by phone. */
export function CityKeysCard({ keys }: { keys: CityKeysView | null }) {
  const { may } = usePermissions();
  const canSet = may('sync:set-city-keys');
  const [justImported, setJustImported] = useState(false);
  const form = <CityKeysForm replacing={keys !== null} onImported={() => setJustImported(true)} />;
  return (
    <section className="card sync-card" aria-label={t.sync.cityKeys.title}>
      <h2 className="card__title">{t.sync.cityKeys.title}</h2>
      {keys && canSet ? <ErrorBanner tone="info" message={justImported ? t.sync.cityKeys.imported : t.sync.cityKeys.confirmNote} /> : null}
      {keys ? <CityFingerprints keys={keys} /> : <p className="sync-empty">{canSet ? t.sync.cityKeys.none : t.sync.cityKeys.noneReadOnly}</p>}
      {!canSet ? null : keys ? (
        <details className="sync-replace">
          <summary>{t.sync.cityKeys.replaceTitle}</summary>
          {form}
        </details>
      ) : (
        form
      )}
    </section>
  );
}
