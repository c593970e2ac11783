import { useId, useState } from 'react';
import { t } from '../../../i18n';
import { call, downloadDocument, opensDocumentsOnDesktop } from '../../../ipc/client';
import { noteSessionLoss } from '../../../lib/session-events';
import { useCopy } from '../../../lib/useCopy';

/** A file the core wrote; `documentId` (generated documents only) lets 打开 and 打印 reach it without a path. */
export type Saved = { file: string; fileName: string; documentId?: string };
type Purpose = 'open' | 'print';
type Props = { saved: Saved; message?: string; onClose?: () => void };

/**
 * Where a generated document or export was saved, with 复制路径 (the path stays
 * selectable if the clipboard is refused), and for a generated document 打开 and
 * 打印: in the Electron window they open the file with the desktop's Word or WPS
 * (print from there); in a browser both download it, since a browser cannot print
 * a Word file itself.
 */
export function SavedFile({ saved, message, onClose }: Props) {
  const id = useId();
  const { copied, copy } = useCopy(saved.file);
  const desktop = opensDocumentsOnDesktop();
  const [busy, setBusy] = useState<Purpose | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const documentId = saved.documentId;
  const open = async (purpose: Purpose) => {
    if (!documentId) return;
    setBusy(purpose);
    const result = desktop ? await call('disputes:open-document', { documentId }) : await downloadDocument(documentId, saved.fileName);
    setBusy(null);
    noteSessionLoss(result);
    const d = t.disputes.documents;
    if (!result.ok) setNote({ ok: false, text: result.error.message });
    else if (desktop) setNote({ ok: true, text: purpose === 'print' ? d.printDesktop(saved.fileName) : d.openedDesktop(saved.fileName) });
    else setNote({ ok: true, text: purpose === 'print' ? d.printBrowser(saved.fileName) : d.downloaded(saved.fileName) });
  };
  return (
    <div className="saved-file" role="status">
      <p>{message ?? t.disputes.documents.done(saved.fileName)}</p>
      <label className="visually-hidden" htmlFor={id}>
        {t.disputes.documents.path}
      </label>
      <textarea id={id} className="saved-file__path" rows={3} readOnly value={saved.file} onFocus={(e) => e.target.select()} />
      <div className="saved-file__actions">
        {documentId ? (
          <>
            <button type="button" className="button button--small button--primary" onClick={() => void open('open')} disabled={busy !== null}>
              {busy === 'open' ? t.disputes.documents.opening : t.disputes.documents.open}
            </button>
            <button type="button" className="button button--small" onClick={() => void open('print')} disabled={busy !== null}>
              {busy === 'print' ? t.disputes.documents.opening : t.disputes.documents.print}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--small" onClick={copy}>
          {t.disputes.documents.copy}
        </button>
        {copied === 'yes' ? <span className="muted">{t.disputes.documents.copied}</span> : null}
        {onClose ? (
          <button type="button" className="button button--small" onClick={onClose}>
            {t.disputes.exports.close}
          </button>
        ) : null}
      </div>
      {documentId ? <p className="field__hint">{desktop ? t.disputes.documents.desktopHint : t.disputes.documents.browserHint}</p> : null}
      {note ? <p className={note.ok ? 'saved-file__note' : 'field__error'} role={note.ok ? undefined : 'alert'}>{note.text}</p> : null}
      {copied === 'failed' ? <p className="field__hint">{t.disputes.documents.copyFailed}</p> : null}
    </div>
  );
}
