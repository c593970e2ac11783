import { useMemo } from 'react';
import type { StaffView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { DataGrid } from '../../../ui/DataGrid';
import { staffColumns } from './staff-columns';

type Props = {
  rows: StaffView[] | null;
  quickFilter: string;
  canEdit: boolean;
  onEdit: (s: StaffView) => void;
  onDelete: (s: StaffView) => void;
};

/** The 工作人员 grid; Enter or double-click edits a row. */
export function StaffGrid({ rows, quickFilter, canEdit, onEdit, onDelete }: Props) {
  const columns = useMemo(() => staffColumns({ canEdit, onEdit, onDelete }), [canEdit, onEdit, onDelete]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onRemove={canEdit ? onDelete : undefined} onActivate={canEdit ? onEdit : undefined} label={t.registry.staff.title} />;
}
