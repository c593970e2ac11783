import { useState } from 'react';
import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useListState } from '../../lib/useListState';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { ListLayout } from '../../ui/ListLayout';
import { OperatorForm } from './OperatorForm';
import { OperatorsGrid } from './OperatorsGrid';
import { LinkStaffDialog } from './LinkStaffDialog';
import { ResetPasswordForm } from './ResetPasswordForm';
import { useOperators } from './useOperators';

/** 操作员: sign-in accounts of the office (administrator only; the route checks). */
export function OperatorsPage() {
  const { operator: self } = usePermissions();
  const list = useOperators();
  const ui = useListState<OperatorView>();
  const [resetting, setResetting] = useState<OperatorView | null>(null);
  const [linking, setLinking] = useState<OperatorView | null>(null);
  return (
    <>
      <ListLayout
        title={t.operators.title}
        count={list.data?.length ?? null}
        search={ui.search}
        onSearch={ui.setSearch}
        onAdd={ui.startAdd}
        error={list.error}
        onRetry={list.reload}
        emptyText={t.operators.empty}
      >
        <OperatorsGrid rows={list.data} quickFilter={ui.search} selfId={self.id} onReset={setResetting} onLink={setLinking} onDisable={ui.startDelete} />
      </ListLayout>
      {ui.editing ? <OperatorForm onClose={ui.stopEdit} /> : null}
      {resetting ? <ResetPasswordForm operator={resetting} onClose={() => setResetting(null)} /> : null}
      {linking ? <LinkStaffDialog operator={linking} onClose={() => setLinking(null)} /> : null}
      {ui.deleting ? (
        <ConfirmDialog
          title={t.operators.disable}
          question={t.operators.confirmDisable(ui.deleting.displayName)}
          note={t.operators.disableNote}
          confirmLabel={t.operators.disable}
          onConfirm={() => call('auth:delete-operator', { id: ui.deleting?.id ?? '', version: ui.deleting?.version ?? 0 })}
          onClose={ui.stopDelete}
          onReload={list.reload}
        />
      ) : null}
    </>
  );
}
