import type { IDatasource } from 'ag-grid-community';
import type { InputOf } from '#shared/ipc/contract';
import type { ErrorBody } from '#shared/ipc/envelope';
import { call } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';

export type ActionQuery = Omit<InputOf<'actions:list'>, 'offset' | 'limit'>;
type Handlers = { onLoaded: (total: number, today: string) => void; onError: (error: ErrorBody) => void };

/** The largest page the contract accepts. */
const MAX_PAGE = 500;

/**
 * The infinite row model's source: each block the grid asks for is one `actions:list`
 * page in the server's order (overdue first); `stop` silences answers that arrive
 * after the filters changed.
 */
export function actionsDatasource(query: ActionQuery, handlers: Handlers): { datasource: IDatasource; stop: () => void } {
  let live = true;
  const datasource: IDatasource = {
    getRows: (params) => {
      const limit = Math.max(1, Math.min(MAX_PAGE, params.endRow - params.startRow));
      void call('actions:list', { ...query, offset: params.startRow, limit }).then((result) => {
        noteSessionLoss(result);
        if (!live) return;
        if (result.ok) {
          params.successCallback(result.value.rows, result.value.total);
          handlers.onLoaded(result.value.total, result.value.today);
        } else {
          params.failCallback();
          handlers.onError(result.error);
        }
      });
    },
  };
  return { datasource, stop: () => void (live = false) };
}
