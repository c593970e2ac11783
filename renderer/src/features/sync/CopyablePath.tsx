import { useId } from 'react';
import { t } from '../../i18n';
import { useCopy } from '../../lib/useCopy';

type Props = { message: string; path: string };

/** A written file's full path with 复制路径 (the path stays selectable where the clipboard is refused). */
export function CopyablePath({ message, path }: Props) {
  const id = useId();
  const { copied, copy } = useCopy(path);
  return (
    <div className="saved-file" role="status">
      <p>{message}</p>
      <div className="copy-path">
        <label className="visually-hidden" htmlFor={id}>
          {t.sync.page.filePath}
        </label>
        <input id={id} className="copy-path__input" readOnly value={path} onFocus={(e) => e.target.select()} spellCheck={false} />
        <button type="button" className="button button--small" onClick={copy}>
          {t.sync.page.copy}
        </button>
        {copied === 'yes' ? <span className="muted">{t.sync.page.copied}</span> : null}
      </div>
      {copied === 'failed' ? <p className="field__hint">{t.sync.page.copyFailed}</p> : null}
    </div>
  );
}
