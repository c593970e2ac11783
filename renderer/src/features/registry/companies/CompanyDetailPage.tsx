import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { RecordHeader } from '../../../ui/RecordHeader';
import { CompanyDisputesSection } from '../../disputes/links/CompanyDisputesSection';
import { EstatesGrid } from '../estates/EstatesGrid';
import { useEstates } from '../estates/useEstates';
import { CompanyForm } from './CompanyForm';
import { useCompany } from './useCompanies';

const LIST = hrefOf({ name: 'companies' });

/** One property company's page (#/companies/<id>): its details, the disputes against it by category, and the estates it serves. */
export function CompanyDetailPage({ id }: { id: string }) {
  const { canEditRegistry } = usePermissions();
  const company = useCompany(id);
  const estates = useEstates({ companyId: id });
  const [editing, setEditing] = useState(false);
  const c = company.data;

  if (!c) {
    return (
      <div className="page">
        <RecordHeader backHref={LIST} backLabel={t.registry.company.backToList} title={t.registry.company.title} />
        {company.loading ? <p className="muted">{t.common.loading}</p> : null}
        <ErrorBanner message={company.error?.code === 'not-found' ? t.registry.company.notFound : company.error?.message} />
      </div>
    );
  }

  return (
    <div className="page page--record">
      <RecordHeader
        backHref={LIST}
        backLabel={t.registry.company.backToList}
        title={c.name}
        subtitle={`${t.registry.company.creditCode} ${c.creditCode}`}
        actions={
          canEditRegistry ? (
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              {t.common.edit}
            </button>
          ) : null
        }
      />
      <section className="card" aria-label={t.registry.company.details}>
        <h2 className="card__title">{t.registry.company.details}</h2>
        <DetailList
          items={[
            { label: t.registry.company.creditCode, value: <span className="code">{c.creditCode}</span> },
            { label: t.registry.company.contactName, value: c.contactName ?? t.common.none },
            { label: t.registry.company.phone, value: c.phone ?? t.common.none },
            { label: t.common.updatedAt, value: formatDateTime(c.updatedAt) },
          ]}
        />
      </section>
      <CompanyDisputesSection companyId={c.id} />
      <section className="card card--fill" aria-label={t.registry.company.servedEstates}>
        <h2 className="card__title">
          {t.registry.company.servedEstates}
          <span className="page__count">{estates.data ? `共 ${estates.data.length} 个` : ''}</span>
        </h2>
        <ErrorBanner message={estates.error?.message} />
        {estates.data?.length === 0 ? <p className="muted">{t.registry.company.noEstates}</p> : <EstatesGrid rows={estates.data} canEdit={false} compact />}
      </section>
      {editing ? <CompanyForm company={c} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
