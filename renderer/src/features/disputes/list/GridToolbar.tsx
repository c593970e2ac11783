import { useId } from 'react';
import { t } from '../../../i18n';
import { ColumnChooser, type ColumnChoice } from './ColumnChooser';
import type { DisputeSort } from './list-query';

type Props = {
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

/** Above the grid: how many cases match, the order, and which columns show. */
export function GridToolbar({ total, sort, onSort, columns, onToggleColumn }: Props) {
  const sortId = useId();
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
      </div>
    </div>
  );
}
