import type { StaffView } from '#shared/domain/registry/registry.schema';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useListState } from '../../../lib/useListState';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ListLayout } from '../../../ui/ListLayout';
import { StaffForm } from './StaffForm';
import { StaffGrid } from './StaffGrid';
import { useStaff } from './useStaff';

/** 工作人员: the office's directors, mediators, reviewers and secretaries. */
export function StaffPage() {
  const { canEditRegistry } = usePermissions();
  const list = useStaff();
  const ui = useListState<StaffView>();
  return (
    <>
      <ListLayout
        title={t.staff.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={canEditRegistry ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={t.staff.empty}
      >
        <StaffGrid rows={list.data} quickFilter={ui.search} canEdit={canEditRegistry} onEdit={ui.startEdit} onDelete={ui.startDelete} />
      </ListLayout>
      {ui.editing ? <StaffForm staff={ui.editing.record} onClose={ui.stopEdit} /> : null}
      {ui.deleting ? (
        <ConfirmDialog
          title={`${t.common.delete}${t.staff.what}`}
          question={t.common.confirmDelete(t.staff.what, ui.deleting.name)}
          note={t.common.deleteNote}
          confirmLabel={t.common.delete}
          onConfirm={() => call('registry:delete-staff', { id: ui.deleting?.id ?? '', version: ui.deleting?.version ?? 0 })}
          onClose={ui.stopDelete}
          onReload={list.reload}
        />
      ) : null}
    </>
  );
}
