import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { sortOf, type ListQuery } from './list-query';

type Handlers = { onLoaded: (total: number, notice?: string) => void; onError: (error: ErrorBody) => void };

/** The largest page the contract accepts. */
const MAX_PAGE = 500;

/**
 * The infinite row model's source: each block the grid needs is one `disputes:list`
 * page (offset/limit from startRow/endRow), the server's total is the last row.
 * `stop` silences answers that arrive after the filters changed.
 */
export function disputesDatasource(query: ListQuery, handlers: Handlers): { datasource: IDatasource; stop: () => void } {
  let live = true;
  const datasource: IDatasource = {
    getRows: (params) => {
      const sort = sortOf(params.sortModel as SortModelItem[]);
      const limit = Math.max(1, Math.min(MAX_PAGE, params.endRow - params.startRow));
      void call('disputes:list', { ...query, ...(sort ? { sort } : {}), offset: params.startRow, limit }).then((result) => {
        noteSessionLoss(result);
        if (!live) return;
        if (result.ok) {
          params.successCallback(result.value.rows satisfies DisputeRow[], result.value.total);
          handlers.onLoaded(result.value.total, result.value.notice);
        } else {
          params.failCallback();
          handlers.onError(result.error);
        }
      });
    },
  };
  return {
    datasource,
    stop: () => {
      live = false;
    },
  };
}
