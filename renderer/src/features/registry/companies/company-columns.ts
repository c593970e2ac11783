import type { ColDef } from 'ag-grid-community';
import type { CompanyView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { BY_PINYIN, actionsColumn, countColumn, linkColumn, updatedAtColumn } from '../../../lib/columns';

type Options = { canEdit: boolean; onEdit: (c: CompanyView) => void; onDelete: (c: CompanyView) => void };

/** Columns of the 物业服务企业 list; the name opens the company's page. */
export function companyColumns({ canEdit, onEdit, onDelete }: Options): ColDef<CompanyView>[] {
  const columns: ColDef<CompanyView>[] = [
    { ...linkColumn<CompanyView>('name', t.registry.company.name, (c) => hrefOf({ name: 'company', id: c.id })), minWidth: 200, sort: 'asc', ...BY_PINYIN },
    { headerName: t.registry.company.creditCode, field: 'creditCode', minWidth: 190, cellClass: 'cell--code' },
    { headerName: t.registry.company.contactName, field: 'contactName', minWidth: 100 },
    { headerName: t.registry.company.phone, field: 'phone', minWidth: 130, cellClass: 'cell--code' },
    countColumn<CompanyView>('estateCount', t.registry.company.estateCount),
    updatedAtColumn<CompanyView>(),
  ];
  if (canEdit) {
    columns.push(
      actionsColumn<CompanyView>((c) => [
        { label: t.common.edit, onClick: () => onEdit(c) },
        { label: t.common.delete, onClick: () => onDelete(c), danger: true },
      ]),
    );
  }
  return columns;
}
