import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatCount, formatDateTime } from '../../../lib/format';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { CommunityActionsSection } from '../../actions/links/LinkedActionsSections';
import { EstateMeetingsSection } from '../../consult/EstateMeetingsSection';
import { LinkedTopicsSection } from '../../consult/LinkedTopicsSection';
import { MissedMeetingsCard } from '../../meetings/MissedMeetingsCard';
import { useEstates } from '../estates/useEstates';
import { CommunityEstatesSection } from './CommunityEstatesSection';
import { CommunityForm } from './CommunityForm';
import { useCommunity } from './useCommunities';

const LIST = hrefOf({ name: 'communities' });
const s = t.registry.community;

/**
 * One community's page (#/communities/<id>), in the estate page's shape: its facts,
 * its estates, the meetings it missed this year (its own and its estates'), its
 * meetings, the open action items of its estates and the topics about it.
 */
export function CommunityDetailPage({ id }: { id: string }) {
  const { canEditRegistry } = usePermissions();
  const community = useCommunity(id);
  const estates = useEstates({ communityId: id });
  const [editing, setEditing] = useState(false);
  const c = community.data;

  if (!c) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={s.backToList} title={s.title} />
        {community.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={community.error?.code === 'not-found' ? s.notFound : community.error?.message}>
          {community.error && community.error.code !== 'not-found' ? (
            <button type="button" className="button button--small" onClick={community.reload}>
              {t.app.retry}
            </button>
          ) : null}
        </ErrorBanner>
      </div>
    );
  }

  const households = estates.data?.reduce((n, e) => n + e.households, 0);
  return (
    <div className="page page--record">
      <RecordHeader
        backHref={LIST}
        backLabel={s.backToList}
        title={c.name}
        subtitle={s.subtitle(c.estateCount)}
        actions={
          canEditRegistry ? (
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              {t.common.edit}
            </button>
          ) : null
        }
      />
      <section className="card" aria-label={s.details}>
        <h2 className="card__title">{s.details}</h2>
        <DetailList
          items={[
            { label: s.name, value: c.name },
            { label: s.estateCount, value: `${formatCount(c.estateCount)} 个` },
            { label: s.households, value: households === undefined ? t.common.loading : `${formatCount(households)} 户` },
            { label: t.common.updatedAt, value: formatDateTime(c.updatedAt) },
          ]}
        />
      </section>
      <CommunityEstatesSection estates={estates} />
      <div className="card-grid">
        {/* meetings (issue 11): the community's own periods and its estates' */}
        <MissedMeetingsCard communityId={c.id} />
      </div>
      <EstateMeetingsSection communityId={c.id} />
      <CommunityActionsSection communityId={c.id} />
      <LinkedTopicsSection title={t.consult.topics.communityTitle} communityId={c.id} />
      {editing ? <CommunityForm community={c} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
