import { useId, useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import type { RestoreResult } from './useBackup';

/** 恢复到另一个文件夹 (administrator only): the core refuses the folder in use, a non-empty one unless replace is ticked, another office's backup unless confirmed. */
export function RestoreCard() {
  const replaceId = useId();
  const otherId = useId();
  const [replace, setReplace] = useState(false);
  const [otherOffice, setOtherOffice] = useState(false);
  const [done, setDone] = useState<RestoreResult | null>(null);
  const form = useForm({
    initial: { file: '', passphrase: '', dataDir: '' },
    secret: ['passphrase'],
    submit: async (v) => {
      setDone(null);
      return call('backup:restore', { file: v.file, passphrase: v.passphrase, dataDir: v.dataDir, replace, otherOffice });
    },
    onSaved: (value) => setDone(value),
  });
  return (
    <section className="card backup-card" aria-label={t.backup.restore.title}>
      <h2 className="card__title">{t.backup.restore.title}</h2>
      <p className="muted">{t.backup.restore.intro}</p>
      <form className="form backup-form" onSubmit={form.handleSubmit} noValidate aria-label={t.backup.restore.title}>
        <FormMessages form={form} />
        <TextField {...form.field('file')} label={t.backup.restore.file} hint={t.backup.page.fileHint} required className="field--path field--wide" />
        <TextField {...form.field('passphrase')} type="password" autoComplete="off" label={t.backup.restore.passphrase} required />
        <TextField {...form.field('dataDir')} label={t.backup.restore.dataDir} hint={t.backup.page.directoryHint} required className="field--path field--wide" />
        <p className="backup-check">
          <input id={replaceId} type="checkbox" checked={replace} onChange={(e) => setReplace(e.target.checked)} />
          <label htmlFor={replaceId}>{t.backup.restore.replace}</label>
        </p>
        <p className="backup-check">
          <input id={otherId} type="checkbox" checked={otherOffice} onChange={(e) => setOtherOffice(e.target.checked)} />
          <label htmlFor={otherId}>{t.backup.restore.otherOffice}</label>
        </p>
        <div className="backup-actions">
          <button type="submit" className="button" disabled={form.busy}>
            {form.busy ? t.backup.restore.working : t.backup.restore.submit}
          </button>
        </div>
      </form>
      {done ? (
        <div className="backup-result" role="status">
          <p>{t.backup.restore.done(done.dataDir)}</p>
          {done.replacedTo ? <p>{t.backup.restore.aside(done.replacedTo)}</p> : null}
          <p className="muted">{done.summary}</p>
        </div>
      ) : null}
    </section>
  );
}
