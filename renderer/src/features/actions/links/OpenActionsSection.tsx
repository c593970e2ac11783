import { useState } from 'react';
import { hrefOf } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { Badge } from '../../../ui/Badge';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { statusBadge } from '../action-labels';
import { ActionForm, type ActionPreset } from '../ActionForm';
import { useOpenActions } from '../useActions';

type Props = { title: string; filter: { estateId?: string; disputeId?: string; communityId?: string }; preset: ActionPreset };
const s = t.actions.links;

/** 未完成的整改事项 of an estate, a dispute or a community's estates, overdue first, each linked, with 登记整改事项 filled in from the page. */
export function OpenActionsSection({ title, filter, preset }: Props) {
  const { may } = usePermissions();
  const list = useOpenActions(filter);
  const [adding, setAdding] = useState(false);
  const data = list.data;
  // A community's card lists several estates' items: each says which.
  const byEstate = Boolean(filter.communityId);
  return (
    <section className="card card--fill" aria-label={title}>
      <div className="card__header">
        <h2 className="card__title">
          {title}
          {data && data.total > 0 ? <span className="page__count">{t.actions.list.count(data.total)}</span> : null}
        </h2>
        {may('actions:create') ? (
          <button type="button" className="button button--small button--primary" onClick={() => setAdding(true)}>
            {s.add}
          </button>
        ) : null}
      </div>
      <ErrorBanner message={list.error?.message} />
      {data?.total === 0 ? <p className="muted">{s.empty}</p> : null}
      {data && data.rows.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t.actions.columns.problem}</th>
              {byEstate ? <th scope="col">{t.actions.list.estate}</th> : null}
              <th scope="col">{t.actions.columns.responsible}</th>
              <th scope="col">{t.actions.columns.dueOn}</th>
              <th scope="col">{t.actions.columns.status}</th>
            </tr>
          </thead>
          <tbody>
            {data.rows.map((r) => {
              const badge = statusBadge(r);
              return (
                <tr key={r.id} className={r.overdue ? 'tr--overdue' : undefined}>
                  <td>
                    <a className="cell-link" href={hrefOf({ name: 'action', id: r.id })}>
                      {r.problem}
                    </a>
                  </td>
                  {byEstate ? <td>{r.estateName ?? t.common.none}</td> : null}
                  <td>{r.responsibleName}</td>
                  <td>{r.dueOn}</td>
                  <td>
                    <Badge tone={badge.tone}>{badge.text}</Badge>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {data && data.total > data.rows.length ? (
        <a className="card__more" href={hrefOf({ name: 'actions', filter })}>
          {s.more(data.total)}
        </a>
      ) : null}
      {adding ? <ActionForm item={null} preset={preset} onClose={() => setAdding(false)} /> : null}
    </section>
  );
}
