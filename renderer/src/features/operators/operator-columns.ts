import type { ColDef } from 'ag-grid-community';
import { ROLE_LABELS } from '#shared/domain/auth/roles';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { actionsColumn } from '../../lib/columns';
import { formatDateTime } from '../../lib/format';

type Options = { selfId: string; onReset: (o: OperatorView) => void; onLink: (o: OperatorView) => void; onDisable: (o: OperatorView) => void };

/** Columns of the 操作员 list; one's own account cannot be disabled from here. */
export function operatorColumns({ selfId, onReset, onLink, onDisable }: Options): ColDef<OperatorView>[] {
  return [
    { headerName: t.operators.username, field: 'username', minWidth: 140, sort: 'asc', cellClass: 'cell--code' },
    {
      headerName: t.operators.displayName,
      field: 'displayName',
      minWidth: 140,
      valueFormatter: (p) => `${String(p.value ?? '')}${p.data?.id === selfId ? t.operators.self : ''}`,
    },
    { headerName: t.operators.role, colId: 'role', valueGetter: (p) => (p.data ? ROLE_LABELS[p.data.role] : ''), minWidth: 100 },
    { headerName: t.operators.staff, field: 'staffName', valueFormatter: (p) => (p.value as string | null) ?? t.common.none, minWidth: 130 },
    { headerName: t.common.createdAt, field: 'createdAt', valueFormatter: (p) => formatDateTime(p.value as string), filter: false, minWidth: 150 },
    actionsColumn<OperatorView>(
      (o) => [
        { label: t.operators.resetPassword, onClick: () => onReset(o) },
        { label: t.operators.linkStaff, onClick: () => onLink(o) },
        ...(o.id === selfId ? [] : [{ label: t.operators.disable, onClick: () => onDisable(o), danger: true }]),
      ],
      280,
    ),
  ];
}
