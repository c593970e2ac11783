import { useId } from 'react';
import { t } from '../../../i18n';
import { ExportResult } from '../exports/ExportResult';
import { useExport } from '../exports/useExport';
import { ColumnChooser, type ColumnChoice } from './ColumnChooser';
import type { DisputeSort, ListQuery } from './list-query';

type Props = {
  query: ListQuery;
  total: number | null;
  sort: DisputeSort | '';
  onSort: (sort: DisputeSort) => void;
  columns: ColumnChoice[];
  onToggleColumn: (colId: string, visible: boolean) => void;
};

const SORTS: { value: DisputeSort; label: string }[] = [
  { value: 'due', label: t.disputes.list.sortDue },
  { value: 'received-desc', label: t.disputes.list.sortNewest },
  { value: 'received-asc', label: t.disputes.list.sortOldest },
  { value: 'case-no-desc', label: t.disputes.list.sortCaseNo },
];

/** Above the grid: how many cases match, the order, which columns show, and 导出 Excel of exactly that. */
export function GridToolbar({ query, total, sort, onSort, columns, onToggleColumn }: Props) {
  const sortId = useId();
  const exporting = useExport('disputes:export-ledger');
  return (
    <div className="grid-toolbar">
      <span className="grid-toolbar__count" role="status">
        {total === null ? t.common.loading : t.disputes.list.count(total)}
      </span>
      <div className="grid-toolbar__controls">
        <label htmlFor={sortId} className="grid-toolbar__label">
          {t.disputes.list.sort}
        </label>
        <select id={sortId} className="select--compact" value={sort} onChange={(e) => onSort(e.target.value as DisputeSort)}>
          {sort === '' ? <option value="">{t.common.none}</option> : null}
          {SORTS.map((s) => (
            <option key={s.value} value={s.value}>
              {s.label}
            </option>
          ))}
        </select>
        <ColumnChooser columns={columns} onToggle={onToggleColumn} />
        <button
          type="button"
          className="button button--small"
          title={t.disputes.exports.ledgerHint}
          disabled={exporting.busy || total === 0}
          aria-busy={exporting.busy}
          onClick={() => exporting.run(sort ? { ...query, sort } : query)}
        >
          {exporting.busy ? t.disputes.exports.exporting : t.disputes.exports.excel}
        </button>
      </div>
      <ExportResult state={exporting} message={(s) => t.disputes.exports.ledgerDone(s.fileName, s.rows ?? 0)} />
    </div>
  );
}
