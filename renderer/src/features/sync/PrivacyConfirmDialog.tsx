import type { PrivacyLevel } from '#shared/domain/sync/sync.schema';
import { t } from '../../i18n';
import { Dialog } from '../../ui/Dialog';

type Props = { level: PrivacyLevel; reason: string; onCancel: () => void; onConfirm: () => void };

/** Says plainly that personal data will leave the office; 取消 has the focus, so Enter never exports by accident. */
export function PrivacyConfirmDialog({ level, reason, onCancel, onConfirm }: Props) {
  return (
    <Dialog title={t.sync.export.confirmTitle} onDismiss={onCancel}>
      <div className="form">
        <p className="confirm__question">{level === 'full' ? t.sync.export.confirmFull : t.sync.export.confirmNamed}</p>
        <p className="privacy-reason">
          <span className="muted">{t.sync.export.reason}：</span>
          {reason}
        </p>
        <p className="confirm__note">{t.sync.export.confirmNote}</p>
        <div className="form__buttons">
          <button type="button" className="button" onClick={onCancel} data-autofocus="">
            {t.common.cancel}
          </button>
          <button type="button" className="button button--danger" onClick={onConfirm}>
            {t.sync.export.confirm}
          </button>
        </div>
      </div>
    </Dialog>
  );
}
