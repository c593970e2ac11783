import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { GridApi, GridReadyEvent } from 'ag-grid-community';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import type { OutputOf } from '#shared/ipc/contract';
import { openDispute } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { InfiniteGrid } from '../../../ui/infinite-grid/InfiniteGrid';
import type { PageRequest } from '../../../ui/infinite-grid/paged-datasource';
import { useInfiniteRows } from '../../../ui/infinite-grid/useInfiniteRows';
import type { ColumnChoice } from './ColumnChooser';
import { DEFAULT_COLUMN, disputeColumns, ROW_CLASS_RULES, type DisputeGridContext } from './dispute-columns';
import { GridToolbar } from './GridToolbar';
import { SORT_COLUMNS, sortOf, type DisputeSort, type ListQuery } from './list-query';
import { useColumnPrefs } from './useColumnPrefs';
import { useCategories } from '../useCategories';

type Props = { query: ListQuery; emptyText: string };

const sortNow = (api: GridApi): DisputeSort | '' => {
  const sorted = api.getColumnState().filter((c) => c.sort);
  sorted.sort((a, b) => (a.sortIndex ?? 0) - (b.sortIndex ?? 0));
  return sortOf(sorted.map((c) => ({ colId: c.colId, sort: c.sort as 'asc' | 'desc' }))) ?? '';
};
const choicesOf = (api: GridApi): ColumnChoice[] =>
  (api.getColumns() ?? []).map((c) => ({ colId: c.getColId(), label: c.getColDef().headerName ?? c.getColId(), visible: c.isVisible() }));
const open = (row: DisputeRow) => openDispute(row.id);
/** Column changes made by the operator (not by the grid sizing itself, nor by our own api calls). */
type ColumnChange = { source: string; api: GridApi<DisputeRow>; finished?: boolean };
const byOperator = (e: ColumnChange) => e.source.startsWith('ui') || e.source === 'columnMenu' || e.source === 'contextMenu';

/** 纠纷台账's grid: ag-grid's infinite row model over `disputes:list`, column state remembered per operator. */
export function DisputesGrid({ query, emptyText }: Props) {
  const prefs = useColumnPrefs();
  const columns = useMemo(() => disputeColumns(), []);
  // The category labels in force, read by the column from the grid's context (see disputeColumns).
  const categories = useCategories();
  const context = useMemo<DisputeGridContext>(() => ({ categoryLabel: categories.label }), [categories.label]);
  const [api, setApi] = useState<GridApi<DisputeRow> | null>(null);
  // Why a search found nothing to look for (only punctuation): said instead of 没有匹配的案件.
  const [notice, setNotice] = useState<string | undefined>(undefined);
  const [sort, setSort] = useState<DisputeSort | ''>('');
  const [choices, setChoices] = useState<ColumnChoice[]>([]);

  // A search reads newest first (the server walks its search index in that order, fast at
  // a million cases); the nearest-deadline order comes back when the search is cleared.
  // Runs before the datasource effect so the new query is fetched once, already in order.
  const searching = Boolean(query.search);
  const autoSorted = useRef(false);
  useEffect(() => {
    if (!api) return;
    const current = sortNow(api);
    if (searching && current === 'due') {
      api.applyColumnState({ state: [SORT_COLUMNS['received-desc']], defaultState: { sort: null } });
      autoSorted.current = true;
    } else if (!searching && autoSorted.current) {
      if (current === 'received-desc') api.applyColumnState({ state: [SORT_COLUMNS.due], defaultState: { sort: null } });
      autoSorted.current = false;
    }
  }, [api, searching]);

  const fetchPage = useCallback(
    ({ offset, limit, sortModel }: PageRequest) => {
      const order = sortOf(sortModel);
      return call('disputes:list', { ...query, ...(order ? { sort: order } : {}), offset, limit });
    },
    [query],
  );
  const onPage = useCallback((page: OutputOf<'disputes:list'>) => setNotice(page.notice), []);
  const rows = useInfiniteRows(api, fetchPage, onPage);
  useEffect(() => api?.refreshCells({ columns: ['category'], force: true }), [api, context]);

  if (!prefs.ready) return <p className="muted">{t.common.loading}</p>;

  const ready = (e: GridReadyEvent<DisputeRow>) => {
    if (prefs.columns) e.api.applyColumnState({ state: prefs.columns, applyOrder: true });
    setSort(sortNow(e.api));
    setChoices(choicesOf(e.api));
    setApi(e.api);
  };
  const columnChanged = (e: ColumnChange) => {
    if (byOperator(e) && e.finished !== false) prefs.schedule(e.api);
  };

  return (
    <>
      <GridToolbar
        query={query}
        total={rows.total}
        sort={sort}
        onSort={(next) => {
          if (!api) return;
          api.applyColumnState({ state: [SORT_COLUMNS[next]], defaultState: { sort: null } });
          prefs.schedule(api);
        }}
        columns={choices}
        onToggleColumn={(colId, visible) => {
          if (!api) return;
          api.setColumnsVisible([colId], visible);
          setChoices(choicesOf(api));
          prefs.schedule(api);
        }}
      />
      <InfiniteGrid<DisputeRow>
        label={t.disputes.list.label}
        dense
        columns={columns}
        context={context}
        defaultColDef={DEFAULT_COLUMN}
        rowClassRules={ROW_CLASS_RULES}
        suppressMultiSort
        suppressDragLeaveHidesColumns
        onGridReady={ready}
        onSortChanged={(e) => {
          setSort(sortNow(e.api));
          columnChanged(e);
        }}
        onColumnMoved={columnChanged}
        onColumnResized={columnChanged}
        onColumnVisible={(e) => {
          setChoices(choicesOf(e.api));
          columnChanged(e);
        }}
        onOpen={open}
        rows={rows}
        emptyText={notice ?? emptyText}
      />
    </>
  );
}
