import { useCallback, useEffect, useMemo, useState } from 'react';
import type { ColDef, GridApi } from 'ag-grid-community';
import type { CommitteeRow } from '#shared/domain/committees/committee-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { InfiniteGrid } from '../../../ui/infinite-grid/InfiniteGrid';
import type { PageRequest } from '../../../ui/infinite-grid/paged-datasource';
import { useInfiniteRows } from '../../../ui/infinite-grid/useInfiniteRows';
import { committeeColumns } from './committee-columns';
import { committeesPage, SORTABLE, type CommitteeQuery } from './committees-query';

type Props = { query: CommitteeQuery; emptyText: string; onTotal: (total: number | null) => void };

// The server filters and sorts (names by pinyin): the grid's own filters would see one page only.
const DEFAULT_COLUMN: ColDef<CommitteeRow> = { sortable: false, filter: false, resizable: true, flex: 1, minWidth: 90 };
const open = (row: CommitteeRow) => {
  window.location.hash = hrefOf({ name: 'committee', id: row.id });
};

/** 业委会 list: `committees:list` page by page, one server page per block. */
export function CommitteesGrid({ query, emptyText, onTotal }: Props) {
  const columns = useMemo(
    // Only the server's orders are offered, and no client filter (it would filter one page only).
    () => committeeColumns().map((c) => ({ ...c, filter: false, sortable: Boolean(SORTABLE[c.colId ?? String(c.field)]), ...(c.colId === undefined && c.field ? { colId: String(c.field) } : {}) })),
    [],
  );
  const [api, setApi] = useState<GridApi<CommitteeRow> | null>(null);
  const fetchPage = useCallback((request: PageRequest) => committeesPage(query, request), [query]);
  const rows = useInfiniteRows(api, fetchPage);
  useEffect(() => onTotal(rows.total), [rows.total, onTotal]);
  return (
    <InfiniteGrid<CommitteeRow>
      label={t.committees.list.title}
      columns={columns}
      defaultColDef={DEFAULT_COLUMN}
      suppressMultiSort
      onGridReady={(e) => setApi(e.api)}
      onOpen={open}
      rows={rows}
      emptyText={emptyText}
    />
  );
}
