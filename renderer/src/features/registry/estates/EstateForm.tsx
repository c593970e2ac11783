import type { EstateView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { useCommunities } from '../communities/useCommunities';
import { useCompanies } from '../companies/useCompanies';
import { estateValues, latestEstate, type EstateValues } from './useEstates';

type Props = { estate: EstateView | null; onClose: () => void };

/**
 * 户数 as typed. Anything that is not a number goes to the server as null, so the
 * server's check reports it under the field together with every other problem.
 */
const householdsOf = (text: string): number => (text.trim() === '' ? null : Number(text.trim().replace(/[,，]/g, ''))) as number;

function save(estate: EstateView | null, v: EstateValues, version: number | null) {
  const households = householdsOf(v.households);
  const fields = { name: v.name, address: v.address, communityId: v.communityId, companyId: v.companyId || null, households };
  return estate && version !== null
    ? call('registry:update-estate', { id: estate.id, version, ...fields })
    : call('registry:create-estate', fields);
}

/** 新增 / 修改小区: name, address, 所属社区, 物业服务企业 (optional), 户数. */
export function EstateForm({ estate, onClose }: Props) {
  const communities = useCommunities();
  const companies = useCompanies();
  const form = useForm({
    initial: estateValues(estate),
    version: estate?.version ?? null,
    draftKey: `estate:${estate?.id ?? 'new'}`,
    submit: (v, version) => save(estate, v, version),
    onSaved: onClose,
    loadLatest: estate ? () => latestEstate(estate.id) : undefined,
  });
  const communityOptions = (communities.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  const companyOptions = (companies.data ?? []).map((c) => ({ value: c.id, label: c.name }));
  return (
    <FormDialog title={estate ? t.registry.estate.editTitle : t.registry.estate.addTitle} form={form} onCancel={onClose} wide>
      <TextField {...form.field('name')} label={t.registry.estate.name} required autoFocus maxLength={60} />
      <TextField {...form.field('address')} label={t.registry.estate.address} hint={t.registry.estate.addressHint} required maxLength={200} />
      <div className="form__row">
        <SelectField {...form.field('communityId')} label={t.registry.estate.community} options={communityOptions} placeholder={t.registry.estate.chooseCommunity} required />
        <SelectField {...form.field('companyId')} label={t.registry.estate.company} options={companyOptions} placeholder={t.registry.estate.noCompany} />
      </div>
      {communities.data?.length === 0 ? <ErrorBanner tone="info" message={t.registry.estate.noCommunity} /> : null}
      <TextField {...form.field('households')} label={t.registry.estate.households} required inputMode="numeric" maxLength={9} className="field--short" />
    </FormDialog>
  );
}
