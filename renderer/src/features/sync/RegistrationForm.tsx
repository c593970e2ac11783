import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';
import { CopyablePath } from './CopyablePath';
import { issuesUnder } from './sync-forms';
import { joinPath, lastDirectory, rememberDirectory } from './sync-paths';

/** 生成登记文件: writes `<code>-registration.json` into the folder the clerk names (a USB stick for the city). */
export function RegistrationForm({ officeCode }: { officeCode: string }) {
  const [written, setWritten] = useState<string | null>(null);
  const name = `${officeCode}-registration.json`;
  const form = useForm({
    initial: { directory: lastDirectory() },
    draftKey: 'sync.registration',
    submit: async (v) => {
      setWritten(null);
      if (!v.directory.trim()) return localInvalid('directory', t.syncIdentity.directory, '不能为空');
      const result = await call('sync:write-registration', { file: joinPath(v.directory, name) });
      if (result.ok) rememberDirectory(v.directory);
      return issuesUnder(result, 'file', 'directory');
    },
    onSaved: (value) => setWritten(value.file),
  });
  const directory = form.values.directory.trim();
  return (
    <form className="form sync-form" onSubmit={form.handleSubmit} noValidate aria-label={t.syncIdentity.registerTitle}>
      <h3 className="sync-form__title">{t.syncIdentity.registerTitle}</h3>
      <p className="muted">{t.syncIdentity.registerIntro}</p>
      <FormMessages form={form} />
      <div className="sync-inline">
        <TextField
          {...form.field('directory')}
          label={t.syncIdentity.directory}
          hint={directory ? t.syncIdentity.willWrite(joinPath(directory, name)) : t.sync.directoryHint}
          required
          className="field--path"
        />
        <button type="submit" className="button sync-inline__submit" disabled={form.busy}>
          {form.busy ? t.syncIdentity.writing : t.syncIdentity.submit}
        </button>
      </div>
      {written ? <CopyablePath message={t.syncIdentity.done} path={written} /> : null}
    </form>
  );
}
