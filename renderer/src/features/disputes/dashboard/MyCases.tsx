import { hrefOf, type DisputeListLink } from '../../../app/routes';
import { t } from '../../../i18n';
import { formatCount } from '../../../lib/format';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useMyCases } from '../useDisputes';
import { DueTable } from './DueTable';

const m = t.disputes.mine;

type Props = {
  /** Show nothing while the account stands for nobody (the director, whose day is the office's). */
  hideUnlinked: boolean;
};

/** 我的案件: the open cases of the member of staff this account stands for, most urgent first, with counts that open the ledger. */
export function MyCases({ hideUnlinked }: Props) {
  const mine = useMyCases();
  const data = mine.data;
  if (data && data.staff === null && hideUnlinked) return null;
  const staff = data?.staff ?? null;
  const mineLink = (extra: DisputeListLink): string => hrefOf({ name: 'disputes', filter: { status: 'open', mediatorId: staff?.id ?? '', ...extra } });
  return (
    <section className="card day-card day-card--mine" aria-label={m.title}>
      <ErrorBanner message={mine.error?.message}>
        <button type="button" className="button button--small" onClick={mine.reload}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <h2 className="card__title">
        {staff ? m.titleFor(staff.name) : m.title}
        <span className="page__count">{m.hint}</span>
      </h2>
      {data && staff ? (
        <>
          <nav className="day-steps" aria-label={m.title}>
            <a className="day-steps__item" href={mineLink({})}>
              {m.open} <strong>{formatCount(data.open.total)}</strong>
            </a>
            <a className="day-steps__item day-steps__item--danger" href={mineLink({ due: 'overdue' })}>
              {m.overdue} <strong>{formatCount(data.overdue)}</strong>
            </a>
            <a className="day-steps__item day-steps__item--warning" href={mineLink({ due: 'today' })}>
              {m.dueToday} <strong>{formatCount(data.dueToday)}</strong>
            </a>
          </nav>
          <DueTable rows={data.open.rows} emptyText={m.empty} label={m.title} />
          {data.open.total > data.open.rows.length ? (
            <a className="card__more" href={mineLink({})}>
              {t.disputes.dashboard.showAll(data.open.total)}
            </a>
          ) : null}
        </>
      ) : data ? (
        <p className="day-empty">{m.notLinked}</p>
      ) : (
        <p className="muted">{t.common.loading}</p>
      )}
    </section>
  );
}
