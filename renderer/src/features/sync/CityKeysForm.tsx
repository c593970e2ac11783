import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormMessages } from '../../ui/FormMessages';
import { PathField } from '../files/PathField';

type Props = { replacing: boolean; onImported: () => void };

/** Imports city-public.json by its path; the card then shows its fingerprints (the page re-fetches on the change). */
export function CityKeysForm({ replacing, onImported }: Props) {
  const form = useForm({
    initial: { file: '' },
    draftKey: 'sync.city-keys',
    submit: (v) => call('sync:set-city-keys', { file: v.file }),
    onSaved: onImported,
  });
  return (
    <form className="form sync-form" onSubmit={form.handleSubmit} noValidate aria-label={t.sync.cityKeys.submit}>
      <FormMessages form={form} />
      <div className="sync-inline">
        <PathField {...form.field('file')} pick={{ kind: 'city-keys' }} label={t.sync.cityKeys.file} hint={t.sync.page.fileHint('city-public.json')} required />
        <button type="submit" className={replacing ? 'button sync-inline__submit' : 'button button--primary sync-inline__submit'} disabled={form.busy}>
          {form.busy ? t.sync.cityKeys.importing : replacing ? t.sync.cityKeys.replace : t.sync.cityKeys.submit}
        </button>
      </div>
    </form>
  );
}
