import { AgGridReact, type AgGridReactProps } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import type { ErrorBody } from '#shared/ipc/envelope';
import { t } from '../../i18n';
import { ErrorBanner } from '../ErrorBanner';

type Props<Row extends { id: string }> = Omit<AgGridReactProps<Row>, 'rowModelType' | 'columnDefs' | 'defaultColDef'> & {
  label: string;
  dense?: boolean;
  columns: ColDef<Row>[];
  defaultColDef: ColDef<Row>;
  /** Double-click or Enter on a row. */
  onOpen: (row: Row) => void;
  /** What useInfiniteRows answers: the server's total (null while loading), the last error, 重试. */
  rows: { total: number | null; error: ErrorBody | null; retry: () => void };
  /** Said when the server's total is 0 (why nothing matched, or the list's empty state). */
  emptyText: string;
};

const rowId = (p: { data: { id: string } }) => p.data.id;

/**
 * The server-paged lists' grid (纠纷台账, 业委会, 整改清单): ag-grid's infinite row model
 * with the zh-CN locale and the CSS-file theme (the CSP forbids the theming API's
 * injected <style>), an error banner with 重试, and the empty state over the grid.
 * Further ag-grid options (sort events, row classes) pass through.
 */
export function InfiniteGrid<Row extends { id: string }>({ label, dense, columns, defaultColDef, onOpen, rows, emptyText, ...grid }: Props<Row>) {
  const keyDown = (e: CellKeyDownEvent<Row>) => {
    if (e.event instanceof KeyboardEvent && e.event.key === 'Enter' && e.data) onOpen(e.data);
  };
  return (
    <>
      <ErrorBanner message={rows.error?.message}>
        <button type="button" className="button button--small" onClick={rows.retry}>
          {t.app.retry}
        </button>
      </ErrorBanner>
      <section className={dense ? 'grid grid--dense ag-theme-quartz' : 'grid ag-theme-quartz'} aria-label={label}>
        <AgGridReact<Row>
          theme="legacy"
          rowModelType="infinite"
          cacheBlockSize={100}
          maxBlocksInCache={20}
          blockLoadDebounceMillis={80}
          columnDefs={columns}
          defaultColDef={defaultColDef}
          localeText={AG_GRID_LOCALE_CN}
          getRowId={rowId}
          onRowDoubleClicked={(e) => e.data && onOpen(e.data)}
          onCellKeyDown={keyDown}
          enableCellTextSelection
          animateRows={false}
          {...grid}
        />
        {rows.total === 0 ? (
          <p className="grid__no-match" role="status">
            {emptyText}
          </p>
        ) : null}
      </section>
    </>
  );
}
