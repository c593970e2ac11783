import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import { BackupProgressBar } from './BackupProgressBar';
import { useBackupProgress, type BackupMade } from './useBackup';

type FormProps = { directory: string; onStart: () => void; onFinish: (made: BackupMade | null, directory: string) => void };

/** The form itself; remade after each backup so the passphrase never stays in a field. */
function CreateBackupForm({ directory, onStart, onFinish }: FormProps) {
  const form = useForm({
    initial: { directory, passphrase: '', confirm: '', recoveryRecipient: '' },
    secret: ['passphrase', 'confirm'],
    submit: async (v) => {
      if (v.passphrase !== v.confirm) return localInvalid('confirm', t.backup.create.confirm, t.backup.create.confirmMismatch);
      onStart();
      const recovery = v.recoveryRecipient.trim();
      const result = await call('backup:create', { directory: v.directory, passphrase: v.passphrase, ...(recovery ? { recoveryRecipient: recovery } : {}) });
      if (!result.ok) onFinish(null, v.directory);
      return result;
    },
    onSaved: (value) => onFinish(value, form.values.directory),
  });
  return (
    <form className="form backup-form" onSubmit={form.handleSubmit} noValidate aria-label={t.backup.create.title}>
      {form.busy ? null : <FormMessages form={form} />}
      <TextField {...form.field('directory')} label={t.backup.create.directory} hint={t.backup.page.directoryHint} required className="field--path field--wide" />
      <TextField {...form.field('passphrase')} type="password" autoComplete="new-password" label={t.backup.create.passphrase} hint={t.backup.create.passphraseHint} required />
      <TextField {...form.field('confirm')} type="password" autoComplete="new-password" label={t.backup.create.confirm} required />
      <TextField {...form.field('recoveryRecipient')} label={t.backup.create.recovery} hint={t.backup.create.recoveryHint} className="field--wide" />
      <div className="backup-actions">
        <button type="submit" className="button button--primary" disabled={form.busy}>
          {form.busy ? t.backup.create.working : t.backup.create.submit}
        </button>
      </div>
    </form>
  );
}

/** 制作备份: folder, passphrase twice, an optional recovery key; a progress bar while the core works, then what was written. */
export function CreateBackupCard() {
  const progress = useBackupProgress();
  const [made, setMade] = useState<BackupMade | null>(null);
  const [round, setRound] = useState({ n: 0, directory: '' });
  return (
    <section className="card backup-card" aria-label={t.backup.create.title}>
      <h2 className="card__title">{t.backup.create.title}</h2>
      <p className="muted">{t.backup.create.intro}</p>
      <CreateBackupForm
        key={round.n}
        directory={round.directory}
        onStart={() => {
          setMade(null);
          progress.start();
        }}
        onFinish={(value, directory) => {
          progress.finish(value !== null);
          if (value) {
            setMade(value);
            setRound((r) => ({ n: r.n + 1, directory }));
          }
        }}
      />
      <BackupProgressBar bar={progress.bar} />
      {made ? (
        <div className="backup-result" role="region" aria-label={t.backup.create.done}>
          <p>
            {t.backup.create.done}
            <code className="backup-path">{made.file}</code>
          </p>
          <p className="muted">{t.backup.create.size((made.bytes / 1048576).toFixed(1), made.records)}</p>
          {made.recoveryFile ? (
            <p>
              {t.backup.create.recoveryDone}
              <code className="backup-path">{made.recoveryFile}</code>
            </p>
          ) : null}
        </div>
      ) : null}
    </section>
  );
}
