import { useCallback, useMemo, useState } from 'react';
import { AgGridReact } from 'ag-grid-react';
import type { CellKeyDownEvent, ColDef, GetRowIdParams } from 'ag-grid-community';
import { AG_GRID_LOCALE_CN } from '@ag-grid-community/locale';
import { t } from '../i18n';

type Props<T extends { id: string }> = {
  rows: T[] | null;
  columns: ColDef<T>[];
  quickFilter?: string;
  /** Double-click or Enter on a row: open it (or edit it). */
  onActivate?: (row: T) => void;
  /** The Delete key on a row (for keyboard users; the 删除 button asks first anyway). */
  onRemove?: (row: T) => void;
  label: string;
  compact?: boolean;
};

const DEFAULT_COL: ColDef = { sortable: true, filter: true, resizable: true, flex: 1, minWidth: 110 };

/**
 * ag-grid with the zh-CN locale and the legacy CSS-file theme (the CSP forbids
 * the injected <style> of the theming API). Client-side rows: the registry is small.
 */
export function DataGrid<T extends { id: string }>({ rows, columns, quickFilter, onActivate, onRemove, label, compact }: Props<T>) {
  // Rows shown after the quick search and column filters; the grid's own overlay misses this case.
  const [displayed, setDisplayed] = useState<number | null>(null);
  const rowId = useCallback((p: GetRowIdParams<T>) => p.data.id, []);
  const onCellKeyDown = useMemo(
    () => (event: CellKeyDownEvent<T>) => {
      const key = event.event instanceof KeyboardEvent ? event.event.key : '';
      if (!event.data) return;
      if (key === 'Enter' && onActivate) onActivate(event.data);
      if (key === 'Delete' && onRemove) onRemove(event.data);
    },
    [onActivate, onRemove],
  );
  return (
    <section className={compact ? 'grid grid--compact ag-theme-quartz' : 'grid ag-theme-quartz'} aria-label={label}>
      <AgGridReact<T>
        theme="legacy"
        rowData={rows}
        columnDefs={columns}
        defaultColDef={DEFAULT_COL}
        localeText={AG_GRID_LOCALE_CN}
        quickFilterText={quickFilter}
        getRowId={rowId}
        loading={rows === null}
        suppressNoRowsOverlay
        onModelUpdated={(event) => setDisplayed(event.api.getDisplayedRowCount())}
        onRowDoubleClicked={(event) => {
          if (event.data && onActivate) onActivate(event.data);
        }}
        onCellKeyDown={onCellKeyDown}
        suppressCellFocus={false}
        enableCellTextSelection
        animateRows={false}
      />
      {rows && rows.length > 0 && displayed === 0 ? (
        <p className="grid__no-match" role="status">
          {t.common.noMatch}
        </p>
      ) : null}
    </section>
  );
}
