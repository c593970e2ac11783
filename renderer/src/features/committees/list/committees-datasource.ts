import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { CommitteeRow } from '#shared/domain/committees/committee-views';
import type { CommitteeSort } from '#shared/domain/committees/committees.schema';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';

export type CommitteeQuery = { search?: string; partyShort?: boolean };
type Handlers = { onLoaded: (total: number) => void; onError: (error: ErrorBody) => void };

/** The grid's columns the server can sort by, and the order each asks for. */
export const SORTABLE: Record<string, CommitteeSort> = {
  estateName: 'estate',
  communityName: 'community',
  termEnd: 'term-end',
  partyShare: 'party-share',
  members: 'members',
  lastScore: 'last-score',
};

/** The largest page the contract accepts. */
const MAX_PAGE = 500;

/**
 * ag-grid's infinite row model over `committees:list`: each block is one page
 * (offset/limit from startRow/endRow), sorted by the server (names by pinyin);
 * the server's total is the last row. `stop` silences answers after the filters changed.
 */
export function committeesDatasource(query: CommitteeQuery, handlers: Handlers): { datasource: IDatasource; stop: () => void } {
  let live = true;
  const datasource: IDatasource = {
    getRows: (params) => {
      const first = (params.sortModel as SortModelItem[])[0];
      const sort = first ? SORTABLE[first.colId] : undefined;
      const limit = Math.max(1, Math.min(MAX_PAGE, params.endRow - params.startRow));
      const input = { ...query, ...(sort && first ? { sort, direction: first.sort } : {}), offset: params.startRow, limit };
      void call('committees:list', input).then((result) => {
        noteSessionLoss(result);
        if (!live) return;
        if (result.ok) {
          params.successCallback(result.value.rows satisfies CommitteeRow[], result.value.total);
          handlers.onLoaded(result.value.total);
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
