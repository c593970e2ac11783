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
      if (!v.directory.trim()) return localInvalid('directory', t.sync.identity.directory, '不能为空');
      const result = await call('sync:write-registration', { file: joinPath(v.directory, name) });
      if (result.ok) rememberDirectory(v.directory);
      return issuesUnder(result, 'file', 'directory');
    },
    onSaved: (value) => setWritten(value.file),
  });
  const directory = form.values.directory.trim();
  return (
    <form className="form sync-form" onSubmit={form.handleSubmit} noValidate aria-label={t.sync.identity.registerTitle}>
      <h3 className="sync-form__title">{t.sync.identity.registerTitle}</h3>
      <p className="muted">{t.sync.identity.registerIntro}</p>
      <FormMessages form={form} />
      <div className="sync-inline">
        <TextField
          {...form.field('directory')}
          label={t.sync.identity.directory}
          hint={directory ? t.sync.identity.willWrite(joinPath(directory, name)) : t.sync.page.directoryHint}
          required
          className="field--path"
        />
        <button type="submit" className="button sync-inline__submit" disabled={form.busy}>
          {form.busy ? t.sync.identity.writing : t.sync.identity.submit}
        </button>
      </div>
      {written ? <CopyablePath message={t.sync.identity.done} path={written} /> : null}
    </form>
  );
}
