import { useMemo } from 'react';
import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { hrefOf } from '../../../app/routes';
import { t } from '../../../i18n';
import { DataGrid } from '../../../ui/DataGrid';
import { communityColumns } from './community-columns';

type Props = {
  rows: CommunityView[] | null;
  quickFilter: string;
  canEdit: boolean;
  onEdit: (c: CommunityView) => void;
  onDelete: (c: CommunityView) => void;
};

const open = (c: CommunityView) => {
  window.location.hash = hrefOf({ name: 'community', id: c.id });
};

/** The 社区 grid; Enter or double-click opens the community's page (修改 is in the row's 操作). */
export function CommunitiesGrid({ rows, quickFilter, canEdit, onEdit, onDelete }: Props) {
  const columns = useMemo(() => communityColumns({ canEdit, onEdit, onDelete }), [canEdit, onEdit, onDelete]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onRemove={canEdit ? onDelete : undefined} onActivate={open} label={t.registry.community.title} />;
}
