import type { CompanyView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextField } from '../../../ui/TextField';
import { companyValues, latestCompany } from './useCompanies';

type Props = { company: CompanyView | null; onClose: () => void };

/** 新增 / 修改物业服务企业. The server checks the credit code (GB 32100-2015) and says what is wrong. */
export function CompanyForm({ company, onClose }: Props) {
  const form = useForm({
    initial: companyValues(company),
    version: company?.version ?? null,
    draftKey: `company:${company?.id ?? 'new'}`,
    submit: (v, version) =>
      company && version !== null
        ? call('registry:update-company', { id: company.id, version, ...v })
        : call('registry:create-company', v),
    onSaved: onClose,
    loadLatest: company ? () => latestCompany(company.id) : undefined,
  });
  return (
    <FormDialog title={company ? t.registry.company.editTitle : t.registry.company.addTitle} form={form} onCancel={onClose}>
      <TextField {...form.field('name')} label={t.registry.company.name} required autoFocus maxLength={100} />
      <TextField {...form.field('creditCode')} label={t.registry.company.creditCode} hint={t.registry.company.creditCodeHint} required maxLength={40} className="field--code" />
      <div className="form__row">
        <TextField {...form.field('contactName')} label={t.registry.company.contactName} maxLength={30} />
        <TextField {...form.field('phone')} label={t.registry.company.phone} hint={t.registry.company.phoneHint} inputMode="tel" maxLength={20} />
      </div>
    </FormDialog>
  );
}
