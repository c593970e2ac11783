import type { Channel } from '#shared/ipc/contract';
import { useId, useState } from 'react';
import { t } from '../../i18n';
import { call, downloadDocument, opensDocumentsOnDesktop } from '../../ipc/client';
import { noteSessionLoss } from '../../lib/session-events';
import { useCopy } from '../../lib/useCopy';

/** A file the core wrote; `documentId` (generated documents only) lets 打开 and 打印 reach it without a path. */
export type Saved = { file: string; fileName: string; documentId?: string };
/** Each domain's channel that opens its own generated documents on the desktop, by id. */
export type OpenChannel = Extract<Channel, 'disputes:open-document' | 'meetings:open-document' | 'committees:open-document' | 'consult:open-notice'>;
type Purpose = 'open' | 'print';
type Props = { saved: Saved; opens?: OpenChannel; message?: string; onClose?: () => void };

const s = t.files.saved;

/**
 * Where a generated document or export was saved, with 复制路径 (the path stays
 * selectable if the clipboard is refused), and for a generated document 打开 and
 * 打印 by the id its export issued (`opens` is that domain's open channel): in the
 * Electron window they open the file with the desktop's Word or WPS (print from
 * there); in a browser both download it, since a browser cannot print a Word file
 * itself. The path is only shown: nothing here sends one back.
 */
export function SavedFile({ saved, opens, message, onClose }: Props) {
  const id = useId();
  const { copied, copy } = useCopy(saved.file);
  const desktop = opensDocumentsOnDesktop();
  const [busy, setBusy] = useState<Purpose | null>(null);
  const [note, setNote] = useState<{ ok: boolean; text: string } | null>(null);
  const documentId = opens ? saved.documentId : undefined;
  const open = async (purpose: Purpose) => {
    if (!documentId || !opens) return;
    setBusy(purpose);
    const result = desktop ? await call(opens, { documentId }) : await downloadDocument(documentId, saved.fileName);
    setBusy(null);
    noteSessionLoss(result);
    if (!result.ok) setNote({ ok: false, text: result.error.message });
    else if (desktop) setNote({ ok: true, text: purpose === 'print' ? s.printDesktop(saved.fileName) : s.openedDesktop(saved.fileName) });
    else setNote({ ok: true, text: purpose === 'print' ? s.printBrowser(saved.fileName) : s.downloaded(saved.fileName) });
  };
  return (
    <div className="saved-file" role="status">
      <p>{message ?? s.done(saved.fileName)}</p>
      <label className="visually-hidden" htmlFor={id}>
        {s.path}
      </label>
      <textarea id={id} className="saved-file__path" rows={3} readOnly value={saved.file} onFocus={(e) => e.target.select()} />
      <div className="saved-file__actions">
        {documentId ? (
          <>
            <button type="button" className="button button--small button--primary" onClick={() => void open('open')} disabled={busy !== null}>
              {busy === 'open' ? s.opening : s.open}
            </button>
            <button type="button" className="button button--small" onClick={() => void open('print')} disabled={busy !== null}>
              {busy === 'print' ? s.opening : s.print}
            </button>
          </>
        ) : null}
        <button type="button" className="button button--small" onClick={copy}>
          {s.copy}
        </button>
        {copied === 'yes' ? <span className="muted">{s.copied}</span> : null}
        {onClose ? (
          <button type="button" className="button button--small" onClick={onClose}>
            {s.close}
          </button>
        ) : null}
      </div>
      {documentId ? <p className="field__hint">{desktop ? s.desktopHint : s.browserHint}</p> : null}
      {note ? <p className={note.ok ? 'saved-file__note' : 'field__error'} role={note.ok ? undefined : 'alert'}>{note.text}</p> : null}
      {copied === 'failed' ? <p className="field__hint">{s.copyFailed}</p> : null}
    </div>
  );
}
