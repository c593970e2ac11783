import { useState } from 'react';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { isFileHandle } from '#shared/ipc/file-handles';
import { PathField } from '../files/PathField';
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
      // In Electron the save dialog's handle names the file itself; over the host the clerk names a folder.
      const file = isFileHandle(v.directory) ? v.directory : joinPath(v.directory, name);
      const result = await call('sync:write-registration', { file });
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
        <PathField
          {...form.field('directory')}
          pick={{ kind: 'registration', suggestedName: name }}
          label={t.sync.identity.directory}
          hint={directory ? t.sync.identity.willWrite(joinPath(directory, name)) : t.sync.page.directoryHint}
          required
        />
        <button type="submit" className="button sync-inline__submit" disabled={form.busy}>
          {form.busy ? t.sync.identity.writing : t.sync.identity.submit}
        </button>
      </div>
      {written ? <CopyablePath message={t.sync.identity.done} path={written} /> : null}
    </form>
  );
}
