import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import '../../styles/sync.css';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { BundlesCard } from './BundlesCard';
import { CityKeysCard } from './CityKeysCard';
import { ExportCard } from './ExportCard';
import { IdentityCard } from './IdentityCard';
import { useSyncIdentity } from './useSync';

/**
 * 同步: the quarterly bundle to the city. Everyone sees the identities and the
 * bundle list; the director and the administrator (the contract's access) import
 * keys and receipts, write the registration file and export.
 */
export function SyncPage() {
  const { may } = usePermissions();
  const identity = useSyncIdentity();
  const id = identity.data;
  const lead = may('sync:export-bundle');
  return (
    <div className="page sync-page">
      <header className="page__header">
        <h1 className="page__title">{t.sync.page.title}</h1>
      </header>
      <p className="page__intro">{t.sync.page.intro}</p>
      {lead ? null : <ErrorBanner tone="info" message={t.sync.page.readOnly} />}
      <ErrorBanner message={identity.error?.message}>
        <button type="button" className="button button--small" onClick={identity.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {identity.loading && !id ? <p className="muted">{t.common.loading}</p> : null}
      {id ? (
        <div className="sync-grid">
          <IdentityCard identity={id} />
          <CityKeysCard keys={id.cityKeys} />
        </div>
      ) : null}
      {id && lead ? <ExportCard hasCityKeys={id.cityKeys !== null} /> : null}
      <BundlesCard />
    </div>
  );
}
