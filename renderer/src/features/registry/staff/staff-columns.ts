import type { ColDef } from 'ag-grid-community';
import { ROLE_LABELS } from '#shared/domain/auth/roles';
import type { StaffView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { BY_PINYIN, actionsColumn, updatedAtColumn } from '../../../lib/columns';

type Options = { canEdit: boolean; onEdit: (s: StaffView) => void; onDelete: (s: StaffView) => void };

/** Columns of the 工作人员 list; the post shows in Chinese and filters by its Chinese name. */
export function staffColumns({ canEdit, onEdit, onDelete }: Options): ColDef<StaffView>[] {
  const columns: ColDef<StaffView>[] = [
    { headerName: t.registry.staff.name, field: 'name', minWidth: 120, sort: 'asc', ...BY_PINYIN },
    { headerName: t.registry.staff.role, colId: 'role', valueGetter: (p) => (p.data ? ROLE_LABELS[p.data.role] : ''), minWidth: 100 },
    { headerName: t.registry.staff.certificateNo, field: 'certificateNo', minWidth: 180, cellClass: 'cell--code', valueFormatter: (p) => (p.value as string | null) ?? t.common.none },
    updatedAtColumn<StaffView>(),
  ];
  if (canEdit) {
    columns.push(
      actionsColumn<StaffView>((s) => [
        { label: t.common.edit, onClick: () => onEdit(s) },
        { label: t.common.delete, onClick: () => onDelete(s), danger: true },
      ]),
    );
  }
  return columns;
}
