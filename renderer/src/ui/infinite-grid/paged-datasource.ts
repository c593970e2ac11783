import type { IDatasource, SortModelItem } from 'ag-grid-community';
import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { noteSessionLoss } from '../../lib/session-events';

/** What a server list channel answers: one page of rows and the total the filters match. */
export type Page<Row> = { rows: Row[]; total: number };
/** One block the grid needs, as the list channels take it (offset/limit), with the grid's sort. */
export type PageRequest = { offset: number; limit: number; sortModel: SortModelItem[] };
export type FetchPage<Row, P extends Page<Row> = Page<Row>> = (request: PageRequest) => Promise<Envelope<P>>;

/** The largest page the list contracts accept. */
const MAX_PAGE = 500;

/**
 * ag-grid's infinite row model over a paged list channel: each block the grid needs is
 * one page, the server's total is the last row. `stop` silences answers that arrive
 * after the filters changed (a new datasource has replaced this one by then).
 */
export function pagedDatasource<Row, P extends Page<Row>>(
  fetchPage: FetchPage<Row, P>,
  handlers: { onLoaded: (page: P) => void; onError: (error: ErrorBody) => void },
): { datasource: IDatasource; stop: () => void } {
  let live = true;
  const datasource: IDatasource = {
    getRows: (params) => {
      const limit = Math.max(1, Math.min(MAX_PAGE, params.endRow - params.startRow));
      void fetchPage({ offset: params.startRow, limit, sortModel: params.sortModel as SortModelItem[] }).then((result) => {
        noteSessionLoss(result);
        if (!live) return;
        if (result.ok) {
          params.successCallback(result.value.rows, result.value.total);
          handlers.onLoaded(result.value);
        } else {
          params.failCallback();
          handlers.onError(result.error);
        }
      });
    },
  };
  return { datasource, stop: () => void (live = false) };
}
