import type { ColDef } from 'ag-grid-community';
import { RESPONSIBLE_KIND_LABELS } from '#shared/domain/actions/actions.schema';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { linkColumn } from '../../../lib/columns';
import { sourceText, statusBadge } from '../action-labels';

const c = t.actions.columns;

/** 整改清单's columns. The order is the server's (overdue first), so the grid does not sort them itself. */
export function actionColumns(): ColDef<ActionItemView>[] {
  return [
    {
      headerName: c.status,
      colId: 'status',
      valueGetter: (p) => (p.data ? statusBadge(p.data).text : ''),
      cellClassRules: { 'cell--danger': (p) => p.data?.overdue ?? false },
      minWidth: 150,
      maxWidth: 170,
    },
    { headerName: c.dueOn, field: 'dueOn', minWidth: 110, maxWidth: 120 },
    // 存在问题 is what the clerk reads: twice the share of the short columns, so a problem is not cut to a few words.
    { ...linkColumn<ActionItemView>('problem', c.problem, (r) => hrefOf({ name: 'action', id: r.id })), flex: 2, minWidth: 220, tooltipField: 'problem' },
    { headerName: c.responsible, field: 'responsibleName', minWidth: 150 },
    { headerName: c.responsibleKind, colId: 'responsibleKind', valueGetter: (p) => (p.data ? RESPONSIBLE_KIND_LABELS[p.data.responsibleKind] : ''), minWidth: 110, maxWidth: 130 },
    { headerName: c.source, colId: 'source', valueGetter: (p) => (p.data ? sourceText(p.data) : ''), tooltipValueGetter: (p) => (p.data ? sourceText(p.data) : ''), minWidth: 160 },
    { headerName: c.estate, field: 'estateName', valueFormatter: (p) => (p.value as string | null) ?? t.common.none, minWidth: 120 },
  ];
}
