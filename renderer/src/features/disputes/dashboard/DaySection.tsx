import type { ReactNode } from 'react';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { hrefOf, type DisputeListLink } from '../../../app/routes';
import { t } from '../../../i18n';
import { DueTable } from './DueTable';

type Props = {
  title: string;
  hint: string;
  /** The ledger with the same filter: 查看全部 opens it (the tile above shows the count). */
  link: DisputeListLink;
  data: { rows: DisputeRow[]; total: number } | null;
  emptyText: string;
  tone: 'danger' | 'warning' | 'info';
  children?: ReactNode;
};

/** One list of 工作台: its title and hint, the first cases, and 查看全部 (the filtered ledger) when there are more. */
export function DaySection({ title, hint, link, data, emptyText, tone, children }: Props) {
  const href = hrefOf({ name: 'disputes', filter: link });
  return (
    <section className={`card day-card day-card--${tone}`} aria-label={title}>
      <h2 className="card__title">
        {title}
        <span className="page__count">{hint}</span>
      </h2>
      {children}
      {data ? <DueTable rows={data.rows} emptyText={emptyText} label={title} /> : <p className="muted">{t.common.loading}</p>}
      {data && data.total > data.rows.length ? (
        <a className="card__more" href={href}>
          {t.disputes.dashboard.showAll(data.total)}
        </a>
      ) : null}
    </section>
  );
}
