import { useEffect, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef, GridApi } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { CommitteeRow } from '#shared/domain/committees/committee-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DATA_CHANGED } from '../../../ipc/client';
import { onWindowEvent } from '../../../lib/session-events';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { committeeColumns } from './committee-columns';
import { committeesDatasource, SORTABLE, type CommitteeQuery } from './committees-datasource';

type Props = { query: CommitteeQuery; emptyText: string; onTotal: (total: number | null) => void };

// The server filters and sorts (names by pinyin): the grid's own filters would see one page only.
const DEFAULT_COLUMN: ColDef<CommitteeRow> = { sortable: false, filter: false, resizable: true, flex: 1, minWidth: 90 };
const rowId = (p: { data: CommitteeRow }) => p.data.id;
const open = (id: string) => {
  window.location.hash = hrefOf({ name: 'committee', id });
};

/** 业委会 list: ag-grid's infinite row model over `committees:list`, one server page per block. */
export function CommitteesGrid({ query, emptyText, onTotal }: Props) {
  const columns = useMemo(
    // Only the server's orders are offered, and no client filter (it would filter one page only).
    () => committeeColumns().map((c) => ({ ...c, filter: false, sortable: Boolean(SORTABLE[c.colId ?? String(c.field)]), ...(c.colId === undefined && c.field ? { colId: String(c.field) } : {}) })),
    [],
  );
  const [api, setApi] = useState<GridApi<CommitteeRow> | null>(null);
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  // New filters: a new datasource; the grid drops its cached pages and asks again from the top.
  useEffect(() => {
    if (!api) return;
    const source = committeesDatasource(query, {
      onLoaded: (n) => {
        setTotal(n);
        onTotal(n);
        setError(null);
      },
      onError: setError,
    });
    api.setGridOption('datasource', source.datasource);
    return source.stop;
  }, [api, query, onTotal]);

  useEffect(() => onWindowEvent(DATA_CHANGED, () => api?.refreshInfiniteCache()), [api]);

  const keyDown = (e: CellKeyDownEvent<CommitteeRow>) => {
    if (e.event instanceof KeyboardEvent && e.event.key === 'Enter' && e.data) open(e.data.id);
  };
  return (
    <>
      <ErrorBanner message={error?.message}>
        <button type="button" className="button button--small" onClick={() => api?.purgeInfiniteCache()}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <section className="grid ag-theme-quartz" aria-label={t.committees.list.title}>
        <AgGridReact<CommitteeRow>
          theme="legacy"
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={20}
          blockLoadDebounceMillis={80}
          columnDefs={columns}
          defaultColDef={DEFAULT_COLUMN}
          localeText={AG_GRID_LOCALE_CN}
          getRowId={rowId}
          suppressMultiSort
          onGridReady={(e) => setApi(e.api)}
          onRowDoubleClicked={(e) => e.data && open(e.data.id)}
          onCellKeyDown={keyDown}
          enableCellTextSelection
          animateRows={false}
        />
        {total === 0 ? (
          <p className="grid__no-match" role="status">
            {emptyText}
          </p>
        ) : null}
      </section>
    </>
  );
}
