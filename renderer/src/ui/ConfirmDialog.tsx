import { useState } from 'react';
import type { Envelope, ErrorBody } from '#shared/ipc/envelope';
import { t } from '../i18n';
import { noteSessionLoss } from '../lib/session-events';
import { Dialog } from './Dialog';
import { ErrorBanner } from './ErrorBanner';

type Props = {
  title: string;
  question: string;
  note?: string;
  confirmLabel: string;
  onConfirm: () => Promise<Envelope<unknown>>;
  onClose: () => void;
  /** Called after success instead of onClose (e.g. to leave a deleted record's page). */
  onDone?: () => void;
  /** Re-fetches the list after a conflict (someone else changed the record). */
  onReload?: () => void;
};

/** Asks before a destructive step; 取消 has the focus, so Enter never deletes by accident. */
export function ConfirmDialog({ title, question, note, confirmLabel, onConfirm, onClose, onDone, onReload }: Props) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ErrorBody | null>(null);

  const confirm = () => {
    setBusy(true);
    void onConfirm().then((result) => {
      setBusy(false);
      noteSessionLoss(result);
      if (result.ok) (onDone ?? onClose)();
      else setError(result.error);
    });
  };

  return (
    <Dialog title={title} onDismiss={onClose}>
      <div className="form">
        <p className="confirm__question">{question}</p>
        {note ? <p className="confirm__note">{note}</p> : null}
        <ErrorBanner message={error?.message}>
          {error?.code === 'conflict' && onReload ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onReload();
                onClose();
              }}
            >
              {t.common.reload}
            </button>
          ) : null}
        </ErrorBanner>
        <div className="form__buttons">
          <button type="button" className="button" onClick={onClose} data-autofocus="">
            {t.common.cancel}
          </button>
          <button type="button" className="button button--danger" onClick={confirm} disabled={busy}>
            {busy ? t.common.deleting : confirmLabel}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
