import type { ColDef } from 'ag-grid-community';
import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { hrefOf } from '../../../app/routes';
import { BY_PINYIN, actionsColumn, countColumn, linkColumn, updatedAtColumn } from '../../../lib/columns';

type Options = { canEdit: boolean; onEdit: (c: CommunityView) => void; onDelete: (c: CommunityView) => void };

/** Columns of the 社区 list; the name opens the community's page. */
export function communityColumns({ canEdit, onEdit, onDelete }: Options): ColDef<CommunityView>[] {
  const columns: ColDef<CommunityView>[] = [
    { ...linkColumn<CommunityView>('name', t.registry.community.name, (c) => hrefOf({ name: 'community', id: c.id })), minWidth: 200, sort: 'asc', ...BY_PINYIN },
    countColumn<CommunityView>('estateCount', t.registry.community.estateCount),
    updatedAtColumn<CommunityView>(),
  ];
  if (canEdit) {
    columns.push(
      actionsColumn<CommunityView>((c) => [
        { label: t.common.edit, onClick: () => onEdit(c) },
        { label: t.common.delete, onClick: () => onDelete(c), danger: true },
      ]),
    );
  }
  return columns;
}
