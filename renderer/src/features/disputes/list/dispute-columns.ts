import type { ColDef, RowClassRules } from 'ag-grid-community';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { linkColumn } from '../../../lib/columns';
import { formatDateTime } from '../../../lib/format';
import { DueCell } from './DueCell';
import { StatusCell, type BadgeCellParams } from './StatusCell';

/** The grid's `context`: the category labels in force (useCategories). */
export type DisputeGridContext = { categoryLabel: (code: string) => string };

// Rows still loading (no data yet) stay blank rather than showing 「—」.
const text = (p: { value: unknown; data?: DisputeRow }) => (p.data ? (p.value as string | null) || t.common.none : '');
const badge = (show: BadgeCellParams['show']): Partial<ColDef<DisputeRow>> => ({ cellRenderer: StatusCell, cellRendererParams: { show } satisfies BadgeCellParams });

/**
 * Columns of 纠纷台账. Rows come page by page from the server, so only the columns the
 * server can order by are sortable (案件编号, 受理时间, 最近时限), and there are no column filters:
 * the filters above the grid do that work on the server. The category column reads the
 * labels in force from the grid's context, so their arrival does not rebuild the columns
 * (and reset the operator's column state).
 */
export function disputeColumns(): ColDef<DisputeRow>[] {
  return [
    { ...linkColumn<DisputeRow>('caseNo', t.disputes.columns.caseNo, (r) => hrefOf({ name: 'dispute', id: r.id })), colId: 'caseNo', sortable: true, sortingOrder: ['desc'], minWidth: 100, maxWidth: 130, cellClass: 'cell--code' },
    { colId: 'status', field: 'status', headerName: t.disputes.columns.status, ...badge('status'), minWidth: 84, maxWidth: 110 },
    { colId: 'tier', field: 'tier', headerName: t.disputes.columns.tier, ...badge('tier'), minWidth: 62, maxWidth: 90 },
    { colId: 'category', field: 'category', headerName: t.disputes.columns.category, valueFormatter: (p) => (p.value ? (p.context as DisputeGridContext).categoryLabel(p.value as string) : ''), minWidth: 100 },
    { colId: 'estateName', field: 'estateName', headerName: t.disputes.columns.estate, minWidth: 96 },
    { colId: 'companyName', field: 'companyName', headerName: t.disputes.columns.company, valueFormatter: text, minWidth: 104 },
    { colId: 'applicants', field: 'applicants', headerName: t.disputes.columns.applicants, valueFormatter: text, minWidth: 72 },
    { colId: 'mediatorName', field: 'mediatorName', headerName: t.disputes.columns.mediator, valueFormatter: text, minWidth: 68 },
    { colId: 'receivedAt', field: 'receivedAt', headerName: t.disputes.columns.receivedAt, valueFormatter: (p) => formatDateTime(p.value as string), sortable: true, sortingOrder: ['desc', 'asc'], minWidth: 136, maxWidth: 160 },
    { colId: 'nextDueAt', field: 'nextDueAt', headerName: t.disputes.columns.nextDue, cellRenderer: DueCell, sortable: true, sortingOrder: ['asc'], initialSort: 'asc', minWidth: 198, maxWidth: 230 },
    { colId: 'summary', field: 'summary', headerName: t.disputes.columns.summary, flex: 2, minWidth: 100 },
  ];
}

export const DEFAULT_COLUMN: ColDef<DisputeRow> = { sortable: false, filter: false, resizable: true, flex: 1, minWidth: 60 };

/** Overdue rows in red, due-today and due-soon rows in amber (classes in styles/disputes.css: no inline styles under the CSP). */
export const ROW_CLASS_RULES: RowClassRules<DisputeRow> = {
  'row--overdue': (p) => p.data?.overdue === true,
  'row--due-soon': (p) => p.data?.overdue === false && (p.data.dueToday || p.data.dueSoon),
};
