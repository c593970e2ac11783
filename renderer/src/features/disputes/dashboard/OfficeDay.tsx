import { clockText, OFFICE_HOURS } from '#shared/domain/disputes/office-hours';
import { t } from '../../../i18n';
import { formatDateTime } from '../../../lib/format';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useDashboard } from '../useDisputes';
import { DaySection } from './DaySection';
import { DayTiles } from './DayTiles';
import { OverdueSteps } from './OverdueSteps';

const d = t.disputes.dashboard;

/** The office's day (director, clerk): 待分派, 今日到期, 已逾期 by what the case waits for; every count opens the filtered ledger. */
export function OfficeDay() {
  const dashboard = useDashboard();
  const data = dashboard.data;
  return (
    <>
      <ErrorBanner message={dashboard.error?.message}>
        <button type="button" className="button button--small" onClick={dashboard.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <DayTiles
        label={d.counts}
        tiles={[
          { label: d.open, count: data?.open ?? null, link: { status: 'open' } },
          { label: d.unassigned, count: data?.unassigned.total ?? null, link: { status: 'registered' } },
          { label: d.dueToday, count: data?.dueToday.total ?? null, link: { due: 'today' }, tone: 'warning' },
          { label: d.overdue, count: data?.overdue.total ?? null, link: { due: 'overdue' }, tone: 'danger' },
        ]}
      />
      <DaySection title={d.unassigned} hint={d.unassignedHint} link={{ status: 'registered' }} data={data?.unassigned ?? null} emptyText={d.noneUnassigned} tone="info" />
      <DaySection
        title={d.dueToday}
        hint={d.dueTodayHint(data ? formatDateTime(data.dueTodayUntil) : '…', clockText(OFFICE_HOURS.closes))}
        link={{ due: 'today' }}
        data={data?.dueToday ?? null}
        emptyText={d.noneDueToday}
        tone="warning"
      />
      <DaySection title={d.overdue} hint={d.overdueHint} link={{ due: 'overdue' }} data={data?.overdue ?? null} emptyText={d.noneOverdue} tone="danger">
        {data ? <OverdueSteps bySteps={data.overdue.bySteps} /> : null}
      </DaySection>
    </>
  );
}
