import { hrefOf } from '../../app/routes';
import { t } from '../../i18n';
import '../../styles/backup.css';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useBackupStatus } from './useBackup';

/** The dashboard's reminder: shown only when the last verified backup is older than the interval (or there is none). */
export function BackupReminder() {
  const status = useBackupStatus();
  const reminder = status.data?.reminder;
  if (!reminder?.due) return null;
  return (
    <div className="backup-reminder" aria-label={t.backup.page.title}>
      <ErrorBanner tone="info" message={reminder.message}>
        <a className="button button--small" href={hrefOf({ name: 'backup' })}>
          {t.backup.reminder.open}
        </a>
      </ErrorBanner>
    </div>
  );
}
