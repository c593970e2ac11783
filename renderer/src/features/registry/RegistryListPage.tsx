import type { ReactNode } from 'react';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import type { Query } from '../../lib/useQuery';
import { useListState } from '../../lib/useListState';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ListLayout } from '../../ui/ListLayout';

type Record = { id: string; version: number; name: string };

export type GridSlot<T> = { rows: T[] | null; quickFilter: string; canEdit: boolean; onEdit: (r: T) => void; onDelete: (r: T) => void };

type Props<T extends Record> = {
  strings: { title: string; empty: string; what: string };
  list: Query<T[]>;
  grid: (slot: GridSlot<T>) => ReactNode;
  form: (record: T | null, onClose: () => void) => ReactNode;
  deleteChannel: 'registry:delete-community' | 'registry:delete-company' | 'registry:delete-staff';
};

/**
 * The shape every registry list shares: a titled list with quick search and
 * 新增, a grid, the add/edit form, and 删除 behind a confirmation.
 */
export function RegistryListPage<T extends Record>({ strings, list, grid, form, deleteChannel }: Props<T>) {
  const { canEditRegistry } = usePermissions();
  const ui = useListState<T>();
  return (
    <>
      <ListLayout
        title={strings.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={canEditRegistry ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={strings.empty}
      >
        {grid({ rows: list.data, quickFilter: ui.search, canEdit: canEditRegistry, onEdit: ui.startEdit, onDelete: ui.startDelete })}
      </ListLayout>
      {ui.editing ? form(ui.editing.record, ui.stopEdit) : null}
      {ui.deleting ? (
        <ConfirmDialog
          title={`${t.common.delete}${strings.what}`}
          question={t.common.confirmDelete(strings.what, ui.deleting.name)}
          note={t.common.deleteNote}
          confirmLabel={t.common.delete}
          onConfirm={() => call(deleteChannel, { id: ui.deleting?.id ?? '', version: ui.deleting?.version ?? 0 })}
          onClose={ui.stopDelete}
          onReload={list.reload}
        />
      ) : null}
    </>
  );
}
