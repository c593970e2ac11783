import type { CompanyView } from '#shared/domain/registry/registry.schema';
import { usePermissions } from '../../../app/SessionContext';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useListState } from '../../../lib/useListState';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';
import { ListLayout } from '../../../ui/ListLayout';
import { CompaniesGrid } from './CompaniesGrid';
import { CompanyForm } from './CompanyForm';
import { useCompanies } from './useCompanies';

/** 物业服务企业: the property companies serving the street's estates. */
export function CompaniesPage() {
  const { canEditRegistry } = usePermissions();
  const list = useCompanies();
  const ui = useListState<CompanyView>();
  return (
    <>
      <ListLayout
        title={t.company.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={canEditRegistry ? ui.startAdd : undefined}
        error={list.error}
        onRetry={list.reload}
        emptyText={t.company.empty}
      >
        <CompaniesGrid rows={list.data} quickFilter={ui.search} canEdit={canEditRegistry} onEdit={ui.startEdit} onDelete={ui.startDelete} />
      </ListLayout>
      {ui.editing ? <CompanyForm company={ui.editing.record} onClose={ui.stopEdit} /> : null}
      {ui.deleting ? (
        <ConfirmDialog
          title={`${t.common.delete}${t.company.what}`}
          question={t.common.confirmDelete(t.company.what, ui.deleting.name)}
          note={t.common.deleteNote}
          confirmLabel={t.common.delete}
          onConfirm={() => call('registry:delete-company', { id: ui.deleting?.id ?? '', version: ui.deleting?.version ?? 0 })}
          onClose={ui.stopDelete}
          onReload={list.reload}
        />
      ) : null}
    </>
  );
}
