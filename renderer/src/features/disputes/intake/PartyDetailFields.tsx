import type { PartyKind } from '#shared/domain/disputes/disputes.schema';
import { GENDER_LABELS, GENDERS, representativeLabel, type PartyDetailKey } from '#shared/domain/disputes/party-details';
import { t } from '../../../i18n';
import type { FieldBinding } from '../../../lib/useForm';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';

type Props = {
  kind: PartyKind;
  bind: (field: PartyDetailKey) => FieldBinding;
  /** A valid ID number is given: gender and birth date may stay empty. */
  fromIdNumber: boolean;
  autoFocus?: boolean;
};

const GENDER_OPTIONS = GENDERS.map((g) => ({ value: g, label: GENDER_LABELS[g] }));

/** What the 人民调解协议书 prints for a party: a person's 性别 … 住所, an organisation's 住所 and 法定代表人/负责人. */
export function PartyDetailFields({ kind, bind, fromIdNumber, autoFocus }: Props) {
  const fromId = fromIdNumber ? t.disputes.intake.fromIdNumber : undefined;
  if (kind !== 'person') {
    return (
      <div className="party__details party__details--org">
        <TextField {...bind('residence')} label={t.disputes.intake.orgResidence} maxLength={200} autoFocus={autoFocus} />
        <TextField {...bind('representative')} label={representativeLabel(kind)} maxLength={30} />
      </div>
    );
  }
  return (
    <div className="party__details">
      <SelectField {...bind('gender')} label={t.disputes.intake.gender} options={GENDER_OPTIONS} placeholder={t.disputes.intake.chooseGender} hint={fromId} autoFocus={autoFocus} />
      <TextField {...bind('birthDate')} type="date" label={t.disputes.intake.birthDate} hint={fromId} />
      <TextField {...bind('ethnicity')} label={t.disputes.intake.ethnicity} hint={t.disputes.intake.ethnicityHint} maxLength={20} />
      <TextField {...bind('occupation')} label={t.disputes.intake.occupation} hint={t.disputes.intake.occupationHint} maxLength={60} />
      <TextField {...bind('residence')} label={t.disputes.intake.residence} hint={t.disputes.intake.residenceHint} maxLength={200} className="party__residence" />
    </div>
  );
}
