import type { OfficeView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/TextField';
import { latestOffice, officeValues } from './useOffice';

type Props = { office: OfficeView; onClose: () => void };

/** 修改街道信息: name and administrative division code. */
export function OfficeForm({ office, onClose }: Props) {
  const form = useForm({
    initial: officeValues(office),
    version: office.version,
    draftKey: 'office',
    submit: (v, version) => call('registry:update-office', { version: version ?? office.version, ...v }),
    onSaved: onClose,
    loadLatest: latestOffice,
  });
  return (
    <FormDialog title={t.registry.office.editTitle} form={form} onCancel={onClose}>
      <TextField {...form.field('name')} label={t.registry.office.name} required autoFocus maxLength={60} />
      <TextField {...form.field('divisionCode')} label={t.registry.office.divisionCode} hint={t.registry.office.divisionCodeHint} required inputMode="numeric" maxLength={12} className="field--code" />
    </FormDialog>
  );
}
