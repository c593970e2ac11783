import { useCallback, useMemo, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import type { OutputOf } from '#shared/ipc/contract';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { InfiniteGrid } from '../../../ui/infinite-grid/InfiniteGrid';
import type { PageRequest } from '../../../ui/infinite-grid/paged-datasource';
import { useInfiniteRows } from '../../../ui/infinite-grid/useInfiniteRows';
import { actionColumns } from './action-columns';
import type { ActionQuery } from './actions-query';

type Props = { query: ActionQuery; onLoaded: (total: number, today: string) => void };

const open = (row: ActionItemView) => {
  window.location.hash = hrefOf({ name: 'action', id: row.id });
};
const DEFAULT_COLUMN = { sortable: false, resizable: true, flex: 1, minWidth: 110 };
const ROW_CLASS_RULES = { 'row--overdue': (p: { data?: ActionItemView }) => p.data?.overdue ?? false };

/** 整改清单's grid: `actions:list` page by page, in the server's order (overdue first). */
export function ActionsGrid({ query, onLoaded }: Props) {
  const columns = useMemo(() => actionColumns(), []);
  const [api, setApi] = useState<GridApi<ActionItemView> | null>(null);
  const fetchPage = useCallback(({ offset, limit }: PageRequest) => call('actions:list', { ...query, offset, limit }), [query]);
  const onPage = useCallback((page: OutputOf<'actions:list'>) => onLoaded(page.total, page.today), [onLoaded]);
  const rows = useInfiniteRows(api, fetchPage, onPage);
  return (
    <InfiniteGrid<ActionItemView>
      label={t.actions.list.label}
      dense
      columns={columns}
      defaultColDef={DEFAULT_COLUMN}
      rowClassRules={ROW_CLASS_RULES}
      onGridReady={(e) => setApi(e.api)}
      onOpen={open}
      rows={rows}
      emptyText={t.actions.list.empty}
    />
  );
}
