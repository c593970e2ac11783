import { useMemo } from 'react';
import type { CommunityView } from '#shared/domain/registry/registry.schema';
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

/** The 社区 grid; Enter or double-click edits a row. */
export function CommunitiesGrid({ rows, quickFilter, canEdit, onEdit, onDelete }: Props) {
  const columns = useMemo(() => communityColumns({ canEdit, onEdit, onDelete }), [canEdit, onEdit, onDelete]);
  return <DataGrid rows={rows} columns={columns} quickFilter={quickFilter} onRemove={canEdit ? onDelete : undefined} onActivate={canEdit ? onEdit : undefined} label={t.registry.community.title} />;
}
