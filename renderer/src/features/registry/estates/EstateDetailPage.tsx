import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatCount, formatDateTime } from '../../../lib/format';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { EstateCommitteeCard } from '../../committees/EstateCommitteeCard';
import { MissedMeetingsCard } from '../../meetings/MissedMeetingsCard';
import { EstateDisputesSection } from '../../disputes/links/EstateDisputesSection';
// actions (整改清单)
import { EstateActionsSection } from '../../actions/links/LinkedActionsSections';
// consult (协商议题)
import { LinkedTopicsSection } from '../../consult/LinkedTopicsSection';
import { EstateMeetingsSection } from '../../consult/EstateMeetingsSection';
import { DeleteEstateDialog } from './DeleteEstateDialog';
import { EstateForm } from './EstateForm';
import { useEstate } from './useEstates';

const LIST = hrefOf({ name: 'estates' });

/** One estate's page (#/estates/<id>): its details, its disputes, and its committee, and where its meetings will appear. */
export function EstateDetailPage({ id }: { id: string }) {
  const { canEditRegistry } = usePermissions();
  const estate = useEstate(id);
  const [mode, setMode] = useState<'view' | 'edit' | 'delete'>('view');
  const e = estate.data;

  if (!e) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={t.registry.estate.backToList} title={t.registry.estate.title} />
        {estate.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={estate.error?.code === 'not-found' ? t.registry.estate.notFound : estate.error?.message}>
          {estate.error?.code !== 'not-found' ? (
            <button type="button" className="button button--small" onClick={estate.reload}>
              {t.app.retry}
            </button>
          ) : null}
        </ErrorBanner>
      </div>
    );
  }

  const community = <a href={hrefOf({ name: 'community', id: e.communityId })}>{e.communityName}</a>;
  const company = e.companyId ? <a href={hrefOf({ name: 'company', id: e.companyId })}>{e.companyName}</a> : t.registry.estate.noCompany;
  return (
    <div className="page page--record">
      <RecordHeader
        backHref={LIST}
        backLabel={t.registry.estate.backToList}
        title={e.name}
        subtitle={
          <>
            {community} · {e.address}
          </>
        }
        actions={
          canEditRegistry ? (
            <>
              <button type="button" className="button button--primary" onClick={() => setMode('edit')}>
                {t.common.edit}
              </button>
              <button type="button" className="button button--danger-outline" onClick={() => setMode('delete')}>
                {t.common.delete}
              </button>
            </>
          ) : null
        }
      />
      <ErrorBanner message={estate.error?.message} />
      <section className="card" aria-label={t.registry.estate.details}>
        <h2 className="card__title">{t.registry.estate.details}</h2>
        <DetailList
          items={[
            { label: t.registry.estate.community, value: community },
            { label: t.registry.estate.company, value: company },
            { label: t.registry.estate.households, value: `${formatCount(e.households)} 户` },
            { label: t.registry.estate.address, value: e.address },
            { label: t.common.updatedAt, value: formatDateTime(e.updatedAt) },
          ]}
        />
      </section>
      <EstateDisputesSection estateId={e.id} />
      <EstateActionsSection estateId={e.id} />
      <EstateMeetingsSection estateId={e.id} />
      <LinkedTopicsSection title={t.consult.topics.estateTitle} estateId={e.id} />
      <div className="card-grid">
        <EstateCommitteeCard estateId={e.id} />
        {/* meetings (issue 11) */}
        <MissedMeetingsCard estateId={e.id} />
      </div>
      {mode === 'edit' ? <EstateForm estate={e} onClose={() => setMode('view')} /> : null}
      {mode === 'delete' ? (
        <DeleteEstateDialog
          estate={e}
          onClose={() => setMode('view')}
          onDone={() => {
            window.location.hash = LIST;
          }}
          onReload={estate.reload}
        />
      ) : null}
    </div>
  );
}
