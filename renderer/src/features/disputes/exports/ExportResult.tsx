import { t } from '../../../i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { SavedFile } from '../../documents/SavedFile';
import type { ExportState } from './useExport';

type Props = { state: ExportState<'disputes:export-ledger'> | ExportState<'disputes:export-monthly'>; message: (saved: { fileName: string; rows?: number }) => string };

/** Under an 导出 Excel button: why the export failed, or where the file was saved (with 复制路径 and 关闭). */
export function ExportResult({ state, message }: Props) {
  if (!state.saved && !state.error) return null;
  return (
    <div className="xlsx-result">
      <ErrorBanner message={state.error?.message}>
        <button type="button" className="button button--small" onClick={state.dismiss}>
          {t.disputes.exports.close}
        </button>
      </ErrorBanner>
      {state.saved ? <SavedFile saved={state.saved} message={message(state.saved)} onClose={state.dismiss} /> : null}
    </div>
  );
}
