import type { OfficeView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/TextField';
import { latestOffice, officeValues } from './useOffice';

type Props = { office: OfficeView; onClose: () => void };

/** 修改街道信息: name, division code, the mediation committee's name, address, contact person and the office's phone. */
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
      <TextField {...form.field('committeeName')} label={t.registry.office.committeeName} hint={t.registry.office.committeeNameHint(form.values.name || office.name)} maxLength={60} />
      <TextField {...form.field('address')} label={t.registry.office.address} hint={t.registry.office.addressHint} maxLength={200} />
      <div className="form__row">
        <TextField {...form.field('contactName')} label={t.registry.office.contactName} hint={t.registry.office.contactNameHint} maxLength={30} />
        <TextField {...form.field('contactPhone')} label={t.registry.office.contactPhone} hint={t.registry.office.contactPhoneHint} inputMode="tel" maxLength={20} />
      </div>
    </FormDialog>
  );
}
