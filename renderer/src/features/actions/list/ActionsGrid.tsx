import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, GridApi } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DATA_CHANGED } from '../../../ipc/client';
import { onWindowEvent } from '../../../lib/session-events';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { actionColumns } from './action-columns';
import { actionsDatasource, type ActionQuery } from './actions-datasource';

type Props = { query: ActionQuery; onLoaded: (total: number, today: string) => void };

const open = (id: string) => {
  window.location.hash = hrefOf({ name: 'action', id });
};
const rowId = (p: { data: ActionItemView }) => p.data.id;
const DEFAULT_COLUMN = { sortable: false, resizable: true, flex: 1, minWidth: 110 };
const ROW_CLASS_RULES = { 'row--overdue': (p: { data?: ActionItemView }) => p.data?.overdue ?? false };

/** 整改清单's grid: ag-grid's infinite row model over `actions:list`, in the server's order (overdue first). */
export function ActionsGrid({ query, onLoaded }: Props) {
  const columns = useMemo(() => actionColumns(), []);
  const [api, setApi] = useState<GridApi<ActionItemView> | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    if (!api) return;
    const source = actionsDatasource(query, {
      onLoaded: (n, today) => {
        setTotal(n);
        setError(null);
        onLoaded(n, today);
      },
      onError: setError,
    });
    api.setGridOption('datasource', source.datasource);
    return source.stop;
  }, [api, query, onLoaded]);

  useEffect(() => onWindowEvent(DATA_CHANGED, () => api?.refreshInfiniteCache()), [api]);

  const keyDown = (e: CellKeyDownEvent<ActionItemView>) => {
    if (e.event instanceof KeyboardEvent && e.event.key === 'Enter' && e.data) open(e.data.id);
  };
  return (
    <>
      <ErrorBanner message={error?.message}>
        <button type="button" className="button button--small" onClick={() => api?.purgeInfiniteCache()}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <section className="grid grid--dense ag-theme-quartz" aria-label={t.actions.list.label}>
        <AgGridReact<ActionItemView>
          theme="legacy"
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={20}
          blockLoadDebounceMillis={80}
          columnDefs={columns}
          defaultColDef={DEFAULT_COLUMN}
          localeText={AG_GRID_LOCALE_CN}
          getRowId={rowId}
          rowClassRules={ROW_CLASS_RULES}
          onGridReady={(e) => setApi(e.api)}
          onRowDoubleClicked={(e) => e.data && open(e.data.id)}
          onCellKeyDown={keyDown}
          enableCellTextSelection
          animateRows={false}
        />
        {total === 0 ? (
          <p className="grid__no-match" role="status">
            {t.actions.list.empty}
          </p>
        ) : null}
      </section>
    </>
  );
}
