import { useState } from 'react';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { DetailList } from '../../../ui/DetailList';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { OfficeForm } from './OfficeForm';
import { useOffice } from './useOffice';

/** 街道信息: the office profile every record and report carries. */
export function OfficePage() {
  const { canEditOffice } = usePermissions();
  const office = useOffice();
  const [editing, setEditing] = useState(false);
  const o = office.data;
  return (
    <div className="page page--record">
      <header className="page__header">
        <h1 className="page__title">{t.registry.office.title}</h1>
        {o && canEditOffice ? (
          <div className="toolbar">
            <button type="button" className="button button--primary" onClick={() => setEditing(true)}>
              {t.common.edit}
            </button>
          </div>
        ) : null}
      </header>
      <ErrorBanner message={office.error?.message}>
        <button type="button" className="button button--small" onClick={office.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      {office.loading && !o ? <p className="muted">{t.common.loading}</p> : null}
      {o ? (
        <section className="card" aria-label={t.registry.office.title}>
          <p className="card__note">{t.registry.office.documentsNote}</p>
          <DetailList
            items={[
              { label: t.registry.office.name, value: o.name },
              { label: t.registry.office.divisionCode, value: <span className="code">{o.divisionCode}</span> },
              { label: t.registry.office.committeeName, value: o.committeeName ?? t.registry.office.committeeDefault(o.name) },
              { label: t.registry.office.address, value: o.address ?? t.registry.office.notFilled },
              { label: t.registry.office.contactName, value: o.contactName ?? t.registry.office.notFilled },
              { label: t.registry.office.contactPhone, value: o.contactPhone ? <span className="code">{o.contactPhone}</span> : t.registry.office.notFilled },
              { label: t.common.createdAt, value: formatDateTime(o.createdAt) },
              { label: t.common.updatedAt, value: formatDateTime(o.updatedAt) },
            ]}
          />
        </section>
      ) : null}
      {editing && o ? <OfficeForm office={o} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
