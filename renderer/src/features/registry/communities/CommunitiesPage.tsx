import type { CommunityView } from '#shared/domain/registry/registry.schema';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useListState } from '../../../lib/useListState';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ListLayout } from '../../../ui/ListLayout';
import { CommunitiesGrid } from './CommunitiesGrid';
import { CommunityForm } from './CommunityForm';
import { useCommunities } from './useCommunities';

/** 社区: the neighbourhood committees of the street. */
export function CommunitiesPage() {
  const { canEditRegistry } = usePermissions();
  const list = useCommunities();
  const ui = useListState<CommunityView>();
  return (
    <>
      <ListLayout
        title={t.community.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={canEditRegistry ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={t.community.empty}
      >
        <CommunitiesGrid rows={list.data} quickFilter={ui.search} canEdit={canEditRegistry} onEdit={ui.startEdit} onDelete={ui.startDelete} />
      </ListLayout>
      {ui.editing ? <CommunityForm community={ui.editing.record} onClose={ui.stopEdit} /> : null}
      {ui.deleting ? (
        <ConfirmDialog
          title={`${t.common.delete}${t.community.what}`}
          question={t.common.confirmDelete(t.community.what, ui.deleting.name)}
          note={t.common.deleteNote}
          confirmLabel={t.common.delete}
          onConfirm={() => call('registry:delete-community', { id: ui.deleting?.id ?? '', version: ui.deleting?.version ?? 0 })}
          onClose={ui.stopDelete}
          onReload={list.reload}
        />
      ) : null}
    </>
  );
}
