import { usePermissions } from '../../app/SessionContext';
import { t } from '../../i18n';
import '../../styles/backup.css';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { BackupStatusCard } from './BackupStatusCard';
import { CreateBackupCard } from './CreateBackupCard';
import { DrillCard } from './DrillCard';
import { RestoreCard } from './RestoreCard';
import { useBackupStatus } from './useBackup';

/**
 * 备份: everyone sees when the office last made and verified a backup; the
 * director and the administrator make backups and run the drill; only the
 * administrator restores (into another folder). Who may is the contract's access.
 */
export function BackupPage() {
  const { may } = usePermissions();
  const status = useBackupStatus();
  const lead = may('backup:create');
  return (
    <div className="page backup-page">
      <header className="page__header">
        <h1 className="page__title">{t.backup.page.title}</h1>
      </header>
      <p className="page__intro">{t.backup.page.intro}</p>
      {lead ? null : <ErrorBanner tone="info" message={t.backup.page.readOnly} />}
      <ErrorBanner message={status.error?.message} />
      {status.data ? <BackupStatusCard key={status.data.remindDays} status={status.data} onSaved={status.reload} /> : null}
      {lead ? (
        <div className="backup-grid">
          <CreateBackupCard />
          <DrillCard key={status.data?.lastCreated?.file ?? ''} initialFile={status.data?.lastCreated?.file ?? ''} onVerified={status.reload} />
        </div>
      ) : null}
      {may('backup:restore') ? <RestoreCard /> : null}
    </div>
  );
}
