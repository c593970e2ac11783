import { useMemo } from 'react';
import type { CompanyView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DataGrid } from '../../../ui/DataGrid';
import { companyColumns } from './company-columns';

type Props = {
  rows: CompanyView[] | null;
  quickFilter: string;
  canEdit: boolean;
  onEdit: (c: CompanyView) => void;
  onDelete: (c: CompanyView) => void;
};

const open = (c: CompanyView) => {
  window.location.hash = hrefOf({ name: 'company', id: c.id });
};

/** The 物业服务企业 grid; Enter or double-click opens the company's page. */
export function CompaniesGrid({ rows, quickFilter, canEdit, onEdit, onDelete }: Props) {
  const columns = useMemo(() => companyColumns({ canEdit, onEdit, onDelete }), [canEdit, onEdit, onDelete]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onRemove={canEdit ? onDelete : undefined} onActivate={open} label={t.registry.company.title} />;
}
