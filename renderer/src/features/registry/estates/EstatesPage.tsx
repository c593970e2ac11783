import type { EstateView } from '#shared/domain/registry/registry.schema';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { useListState } from '../../../lib/useListState';
import { ListLayout } from '../../../ui/ListLayout';
import { DeleteEstateDialog } from './DeleteEstateDialog';
import { EstateForm } from './EstateForm';
import { EstatesGrid } from './EstatesGrid';
import { useEstates } from './useEstates';

/** 小区: the residential estates of the street; each opens its own page. */
export function EstatesPage() {
  const { canEditRegistry } = usePermissions();
  const list = useEstates();
  const ui = useListState<EstateView>();
  return (
    <>
      <ListLayout
        title={t.registry.estate.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={canEditRegistry ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={t.registry.estate.empty}
      >
        <EstatesGrid rows={list.data} quickFilter={ui.search} canEdit={canEditRegistry} onEdit={ui.startEdit} onDelete={ui.startDelete} />
      </ListLayout>
      {ui.editing ? <EstateForm estate={ui.editing.record} onClose={ui.stopEdit} /> : null}
      {ui.deleting ? <DeleteEstateDialog estate={ui.deleting} onClose={ui.stopDelete} onReload={list.reload} /> : null}
    </>
  );
}
