import { useCallback, useMemo, useState } from 'react';
import type { ActionListState, ActionSource, ResponsibleKind } from '#shared/domain/actions/actions.schema';
import type { ActionListLink } from '../../../app/routes';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { SavedFile } from '../../documents/SavedFile';
import { ActionForm } from '../ActionForm';
import { useActionsExport } from '../useActions';
import { ActionFilters, NO_ACTION_FILTERS, type ActionFilterValues } from './ActionFilters';
import { ActionsGrid } from './ActionsGrid';
import type { ActionQuery } from './actions-query';

const s = t.actions.list;

function queryOf(f: ActionFilterValues): ActionQuery {
  return {
    state: f.state as ActionListState,
    ...(f.estateId ? { estateId: f.estateId } : {}),
    ...(f.disputeId ? { disputeId: f.disputeId } : {}),
    ...(f.communityId ? { communityId: f.communityId } : {}),
    ...(f.source ? { source: f.source as ActionSource } : {}),
    ...(f.responsibleKind ? { responsibleKind: f.responsibleKind as ResponsibleKind } : {}),
    ...(f.overdueOnly ? { overdueOnly: true } : {}),
  };
}

/** 整改清单: every action item of the office, overdue first, filtered on the server; 导出 Excel writes what is shown. */
export function ActionsPage({ link }: { link: ActionListLink }) {
  const { may } = usePermissions();
  const [filters, setFilters] = useState<ActionFilterValues>(() => ({ ...NO_ACTION_FILTERS, estateId: link.estateId ?? '', disputeId: link.disputeId ?? '', overdueOnly: link.overdueOnly ?? false, communityId: link.communityId ?? '' }));
  const [adding, setAdding] = useState(false);
  const [loaded, setLoaded] = useState<{ total: number; today: string } | null>(null);
  const exporter = useActionsExport();
  const key = JSON.stringify(queryOf(filters));
  const query = useMemo(() => JSON.parse(key) as ActionQuery, [key]);
  const onLoaded = useCallback((total: number, today: string) => setLoaded({ total, today }), []);
  return (
    <div className="page page--list">
      <header className="page__header">
        <h1 className="page__title">
          {s.title}
          {loaded ? <span className="page__count">{s.count(loaded.total)}</span> : null}
        </h1>
        <div className="toolbar">
          <button type="button" className="button" disabled={exporter.busy} onClick={() => exporter.run(query)}>
            {exporter.busy ? s.exporting : s.export}
          </button>
          {may('actions:create') ? (
            <button type="button" className="button button--primary" onClick={() => setAdding(true)}>
              {s.add}
            </button>
          ) : null}
        </div>
      </header>
      <ActionFilters filters={filters} onChange={setFilters} />
      {loaded ? <p className="muted actions-note">{s.today(loaded.today)}</p> : null}
      <ErrorBanner message={exporter.error?.message} />
      {exporter.saved ? <SavedFile saved={exporter.saved} message={s.exported(exporter.saved.fileName, exporter.saved.rows)} onClose={exporter.dismiss} /> : null}
      <ActionsGrid query={query} onLoaded={onLoaded} />
      {adding ? <ActionForm item={null} preset={{ estateId: filters.estateId || undefined }} onClose={() => setAdding(false)} /> : null}
    </div>
  );
}
