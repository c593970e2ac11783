import { useId } from 'react';
import { t } from '../../../i18n';
import { useCopy } from '../../../lib/useCopy';

type Props = { file: string; fileName: string; message?: string; onClose?: () => void };

/** Where a generated document or export was saved, with 复制路径 (the path stays selectable if the clipboard is refused). */
export function SavedFile({ file, fileName, message, onClose }: Props) {
  const id = useId();
  const { copied, copy } = useCopy(file);
  return (
    <div className="saved-file" role="status">
      <p>{message ?? t.disputes.documents.done(fileName)}</p>
      <label className="visually-hidden" htmlFor={id}>
        {t.disputes.documents.path}
      </label>
      <textarea id={id} className="saved-file__path" rows={3} readOnly value={file} onFocus={(e) => e.target.select()} />
      <div className="saved-file__actions">
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
      {copied === 'failed' ? <p className="field__hint">{t.disputes.documents.copyFailed}</p> : null}
    </div>
  );
}
