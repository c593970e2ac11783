import type { ColDef } from 'ag-grid-community';
import type { EstateView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { BY_PINYIN, actionsColumn, countColumn, linkColumn, updatedAtColumn } from '../../../lib/columns';

type Options = { canEdit: boolean; showCompany?: boolean; onEdit: (e: EstateView) => void; onDelete: (e: EstateView) => void };

/** Columns of the 小区 list; the name opens the estate's page. */
export function estateColumns({ canEdit, showCompany = true, onEdit, onDelete }: Options): ColDef<EstateView>[] {
  const columns: ColDef<EstateView>[] = [
    { ...linkColumn<EstateView>('name', t.registry.estate.name, (e) => hrefOf({ name: 'estate', id: e.id })), sort: 'asc', ...BY_PINYIN },
    { headerName: t.registry.estate.community, field: 'communityName', minWidth: 140, ...BY_PINYIN },
    ...(showCompany ? [{ headerName: t.registry.estate.company, field: 'companyName', minWidth: 160, ...BY_PINYIN, valueFormatter: (p) => (p.value as string | null) ?? t.common.none } satisfies ColDef<EstateView>] : []),
    countColumn<EstateView>('households', t.registry.estate.households),
    { headerName: t.registry.estate.address, field: 'address', minWidth: 200, flex: 2 },
    updatedAtColumn<EstateView>(),
  ];
  if (canEdit) {
    columns.push(
      actionsColumn<EstateView>((e) => [
        { label: t.common.edit, onClick: () => onEdit(e) },
        { label: t.common.delete, onClick: () => onDelete(e), danger: true },
      ]),
    );
  }
  return columns;
}
