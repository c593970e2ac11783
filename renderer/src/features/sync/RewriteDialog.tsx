import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { PathField } from '../files/PathField';
import { lastDirectory, rememberDirectory } from './sync-paths';
import type { BundleRow } from './useSync';

type Props = { bundle: BundleRow; onClose: () => void; onDone: (file: string) => void };

/** 重新写出: the kept bytes of one bundle, written again into a folder (a new USB stick). */
export function RewriteDialog({ bundle, onClose, onDone }: Props) {
  const form = useForm({
    initial: { directory: lastDirectory() },
    draftKey: `sync.rewrite.${bundle.seq}`,
    submit: async (v) => {
      const result = await call('sync:rewrite-bundle', { seq: bundle.seq, directory: v.directory });
      if (result.ok) rememberDirectory(v.directory);
      return result;
    },
    onSaved: (value) => onDone(value.file),
  });
  return (
    <FormDialog
      title={t.sync.bundles.rewriteTitle(bundle.seq)}
      form={form}
      onCancel={onClose}
      submitLabel={t.sync.bundles.rewriteSubmit}
      intro={
        <>
          <p>{t.sync.bundles.rewriteIntro}</p>
          <p className="code">{bundle.file}</p>
        </>
      }
    >
      <PathField {...form.field('directory')} pick={{ kind: 'folder' }} label={t.sync.export.directory} hint={t.sync.page.directoryHint} required />
    </FormDialog>
  );
}
