import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { formatCount } from '../../../lib/format';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { CommitteeFlagsCard } from '../../committees/CommitteeFlagsCard';
import { IntakeDialog } from '../intake/IntakeDialog';
import { useDashboard } from '../useDisputes';
import { DueTable } from './DueTable';

const LIST = hrefOf({ name: 'disputes', filter: {} });
const OVERDUE = hrefOf({ name: 'disputes', filter: { overdue: true } });

/** 工作台: the home screen. What is late (red) first, then what is due soon (amber), and 登记纠纷. */
export function DashboardPage() {
  const { may } = usePermissions();
  const dashboard = useDashboard();
  const [registering, setRegistering] = useState(false);
  const data = dashboard.data;
  return (
    <div className="page">
      <header className="page__header">
        <h1 className="page__title">{t.disputes.dashboard.title}</h1>
        {may('disputes:create') ? (
          <div className="toolbar">
            <button type="button" className="button button--primary button--large" onClick={() => setRegistering(true)}>
              {t.disputes.dashboard.register}
            </button>
          </div>
        ) : null}
      </header>
      <ErrorBanner message={dashboard.error?.message}>
        <button type="button" className="button button--small" onClick={dashboard.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <div className="tiles">
        <a className="tile" href={LIST}>
          <span className="tile__label">{t.disputes.dashboard.open}</span>
          <span className="tile__value">{data ? formatCount(data.counts.open) : '…'}</span>
        </a>
        <a className="tile tile--danger" href={OVERDUE}>
          <span className="tile__label">{t.disputes.dashboard.overdue}</span>
          <span className="tile__value">{data ? formatCount(data.counts.overdue) : '…'}</span>
        </a>
        <div className="tile tile--warning">
          <span className="tile__label">{t.disputes.dashboard.dueSoon}</span>
          <span className="tile__value">{data ? formatCount(data.counts.dueSoon) : '…'}</span>
        </div>
      </div>
      <section className="card card--overdue" aria-label={t.disputes.dashboard.overdue}>
        <h2 className="card__title">
          {t.disputes.dashboard.overdue}
          <span className="page__count">{t.disputes.dashboard.overdueHint}</span>
        </h2>
        {data ? <DueTable rows={data.overdue} emptyText={t.disputes.dashboard.noneOverdue} /> : <p className="muted">{t.common.loading}</p>}
        {data && data.counts.overdue > data.overdue.length ? (
          <a className="card__more" href={OVERDUE}>
            {t.disputes.dashboard.showAll(data.counts.overdue)}
          </a>
        ) : null}
      </section>
      <section className="card card--due-soon" aria-label={t.disputes.dashboard.dueSoon}>
        <h2 className="card__title">
          {t.disputes.dashboard.dueSoon}
          <span className="page__count">{t.disputes.dashboard.dueSoonHint}</span>
        </h2>
        {data ? <DueTable rows={data.dueSoon} emptyText={t.disputes.dashboard.noneDueSoon} /> : <p className="muted">{t.common.loading}</p>}
        {data && data.counts.dueSoon > data.dueSoon.length ? <p className="card__more muted">{t.disputes.dashboard.moreDueSoon(data.counts.dueSoon - data.dueSoon.length)}</p> : null}
      </section>
      <CommitteeFlagsCard />
      {registering ? <IntakeDialog onClose={() => setRegistering(false)} /> : null}
    </div>
  );
}
