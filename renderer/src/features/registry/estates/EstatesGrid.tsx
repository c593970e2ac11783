import { useMemo } from 'react';
import type { EstateView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DataGrid } from '../../../ui/DataGrid';
import { estateColumns } from './estate-columns';

type Props = {
  rows: EstateView[] | null;
  quickFilter?: string;
  canEdit: boolean;
  onEdit?: (e: EstateView) => void;
  onDelete?: (e: EstateView) => void;
  /** A short grid inside another page (a company's estates): no company column. */
  compact?: boolean;
};

const open = (e: EstateView) => {
  window.location.hash = hrefOf({ name: 'estate', id: e.id });
};
const ignore = () => undefined;

/** The 小区 grid; Enter or double-click opens the estate's page. */
export function EstatesGrid({ rows, quickFilter, canEdit, onEdit = ignore, onDelete, compact }: Props) {
  const columns = useMemo(() => estateColumns({ canEdit, showCompany: !compact, onEdit, onDelete: onDelete ?? ignore }), [canEdit, compact, onEdit, onDelete]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onActivate={open} onRemove={canEdit ? onDelete : undefined} label={t.registry.estate.title} compact={compact} />;
}
