import { useState } from 'react';
import { STATUS_LABELS } from '#shared/domain/disputes/disputes.schema';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { IntakeDialog } from '../intake/IntakeDialog';
import { Badge } from '../../../ui/Badge';
import { statusTone } from '../ui/badges';
import { useEstateDisputes } from '../useDisputes';
import { useCategories } from '../useCategories';

/** 物业纠纷 on an estate's page: its newest cases, each linked, and 登记纠纷 with the estate filled in. */
export function EstateDisputesSection({ estateId }: { estateId: string }) {
  const { may } = usePermissions();
  const list = useEstateDisputes(estateId);
  const categories = useCategories();
  const [registering, setRegistering] = useState(false);
  const data = list.data;
  return (
    <section className="card card--fill" aria-label={t.disputes.estateDisputes.title}>
      <div className="card__header">
        <h2 className="card__title">
          {t.disputes.estateDisputes.title}
          {data && data.total > 0 ? <span className="page__count">{t.disputes.list.count(data.total)}</span> : null}
        </h2>
        {may('disputes:create') ? (
          <button type="button" className="button button--small button--primary" onClick={() => setRegistering(true)}>
            {t.disputes.estateDisputes.register}
          </button>
        ) : null}
      </div>
      <ErrorBanner message={list.error?.message} />
      {data?.total === 0 ? <p className="muted">{t.disputes.estateDisputes.empty}</p> : null}
      {data && data.rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.disputes.columns.caseNo}</th>
              <th scope="col">{t.disputes.columns.receivedAt}</th>
              <th scope="col">{t.disputes.columns.category}</th>
              <th scope="col">{t.disputes.columns.applicants}</th>
              <th scope="col">{t.disputes.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => (
              <tr key={r.id} className={r.overdue ? 'tr--overdue' : undefined}>
                <td>
                  <a className="cell-link code" href={hrefOf({ name: 'dispute', id: r.id })}>
                    {r.caseNo}
                  </a>
                </td>
                <td>{formatDateTime(r.receivedAt)}</td>
                <td>{categories.label(r.category)}</td>
                <td>{r.applicants || t.common.none}</td>
                <td>
                  <Badge tone={statusTone(r.status)}>{STATUS_LABELS[r.status]}</Badge>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {data && data.total > data.rows.length ? (
        <a className="card__more" href={hrefOf({ name: 'disputes', filter: { estateId } })}>
          {t.disputes.estateDisputes.more(data.total)}
        </a>
      ) : null}
      {registering ? <IntakeDialog estateId={estateId} onClose={() => setRegistering(false)} /> : null}
    </section>
  );
}
