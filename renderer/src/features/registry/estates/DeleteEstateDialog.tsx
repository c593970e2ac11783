import type { EstateView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ConfirmDialog } from '../../../ui/ConfirmDialog';

type Props = { estate: EstateView; onClose: () => void; onDone?: () => void; onReload?: () => void };

/** Asks before soft-deleting an estate (from the list and from the estate's page). */
export function DeleteEstateDialog({ estate, onClose, onDone, onReload }: Props) {
  return (
    <ConfirmDialog
      title={`${t.common.delete}${t.registry.estate.what}`}
      question={t.common.confirmDelete(t.registry.estate.what, estate.name)}
      note={t.common.deleteNote}
      confirmLabel={t.common.delete}
      onConfirm={() => call('registry:delete-estate', { id: estate.id, version: estate.version })}
      onClose={onClose}
      onDone={onDone}
      onReload={onReload}
    />
  );
}
