import { useEffect, useState } from 'react';
import type { GridApi } from 'ag-grid-community';
import type { ErrorBody } from '#shared/ipc/envelope';
import { DATA_CHANGED } from '../../ipc/client';
import { onWindowEvent } from '../../lib/session-events';
import { pagedDatasource, type FetchPage, type Page } from './paged-datasource';

/**
 * Feeds an infinite-row-model grid from a paged channel. A new `fetchPage` (the caller
 * memoises it on its filters) is a new datasource: the grid drops its cached pages and
 * asks again from the top. Any change elsewhere in the app refreshes the cached pages.
 * Returns the server's total (null until the first page) and the last error.
 */
export function useInfiniteRows<Row, P extends Page<Row>>(api: GridApi<Row> | null, fetchPage: FetchPage<Row, P>, onPage?: (page: P) => void) {
  const [total, setTotal] = useState<number | null>(null);
  const [error, setError] = useState<ErrorBody | null>(null);

  useEffect(() => {
    if (!api) return;
    const source = pagedDatasource<Row, P>(fetchPage, {
      onLoaded: (page) => {
        setTotal(page.total);
        setError(null);
        onPage?.(page);
      },
      onError: setError,
    });
    api.setGridOption('datasource', source.datasource);
    return source.stop;
  }, [api, fetchPage, onPage]);

  useEffect(() => onWindowEvent(DATA_CHANGED, () => api?.refreshInfiniteCache()), [api]);

  return { total, error, retry: () => api?.purgeInfiniteCache() };
}
