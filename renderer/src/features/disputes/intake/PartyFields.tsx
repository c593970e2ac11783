import { PARTY_KIND_LABELS, PARTY_KINDS, PARTY_ROLE_LABELS, PARTY_ROLES } from '#shared/domain/disputes/disputes.schema';
import { idNumberFacts } from '#shared/domain/disputes/party-details';
import { t } from '../../../i18n';
import type { Option } from '../../../ui/SelectField';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import type { PartyDraft, PartyField } from './intake-values';
import { PartyDetailFields } from './PartyDetailFields';

type Props = {
  index: number;
  party: PartyDraft;
  errors: Partial<Record<PartyField, string>>;
  companies: readonly Option[];
  onChange: (field: PartyField, value: string) => void;
  onRemove?: () => void;
  /** 更正登记信息: the agreement details are not corrected there (补全信息 is), and a stored phone or ID number shows as a placeholder. */
  correction?: { kept: (field: 'phone' | 'idNumber') => string | undefined };
};

const ROLE_OPTIONS = PARTY_ROLES.map((r) => ({ value: r, label: PARTY_ROLE_LABELS[r] }));
const KIND_OPTIONS = PARTY_KINDS.map((k) => ({ value: k, label: PARTY_KIND_LABELS[k] }));

/**
 * One party of the intake form, in its own fieldset so its errors sit under its own
 * fields; under the main fields, the optional details the agreement will need.
 */
export function PartyFields({ index, party, errors, companies, onChange, onRemove, correction }: Props) {
  const bind = (field: PartyField) => ({
    name: `parties.${index}.${field}`,
    value: party[field] ?? '',
    onChange: (value: string) => onChange(field, value),
    error: errors[field],
  });
  const legend = t.disputes.intake.party(index + 1);
  return (
    <fieldset className="party">
      <legend className="party__legend">{legend}</legend>
      <div className="party__grid">
        <SelectField {...bind('role')} label={t.disputes.intake.role} options={ROLE_OPTIONS} required />
        <SelectField {...bind('kind')} label={t.disputes.intake.kind} options={KIND_OPTIONS} required />
        <TextField {...bind('name')} label={t.disputes.intake.name} required maxLength={60} />
        <TextField {...bind('phone')} label={t.disputes.intake.phone} inputMode="tel" maxLength={20} placeholder={correction?.kept('phone')} />
        {party.kind === 'person' ? <TextField {...bind('idNumber')} label={t.disputes.intake.idNumber} maxLength={18} className="field--code" placeholder={correction?.kept('idNumber')} /> : null}
        {party.kind === 'company' ? <SelectField {...bind('companyId')} label={t.disputes.intake.company} options={companies} placeholder={t.disputes.intake.chooseCompany} /> : null}
        {party.kind === 'committee' ? <span className="party__spacer" /> : null}
      </div>
      {correction ? null : (
        <>
          <p className="party__caption">{t.disputes.intake.details}</p>
          <PartyDetailFields kind={party.kind} bind={bind} fromIdNumber={party.kind === 'person' && idNumberFacts(party.idNumber.trim().toUpperCase()) !== null} />
        </>
      )}
      {onRemove ? (
        <button type="button" className="button button--tiny button--danger-text party__remove" onClick={onRemove} aria-label={t.disputes.intake.removeParty(index + 1)}>
          {t.common.delete}
        </button>
      ) : null}
    </fieldset>
  );
}
