import type { CommitteeDetail, MemberView } from '#shared/domain/committees/committee-views';
import type { MemberPosition } from '#shared/domain/committees/committees.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { orNull, POSITION_OPTIONS, YES_NO, yesNo } from '../committee-labels';

type Props = { committee: CommitteeDetail; member: MemberView | null; onClose: () => void };
const s = t.committees.committee;
const m = t.committees.member;

type V = { name: string; position: string; partyMember: string; crossServing: string; phone: string; idNumber: string; designatedOn: string };

/**
 * 增补成员 / 修改成员信息. The ID number is typed in full even when editing (the page
 * only ever holds it masked); the server refuses a person already seated elsewhere.
 * An edit saves over the version on screen, so a second clerk's stale save is a conflict.
 */
export function MemberForm({ committee, member, onClose }: Props) {
  const form = useForm<V, CommitteeDetail>({
    initial: {
      name: member?.name ?? '',
      position: member?.position ?? 'member',
      partyMember: member ? yesNo(member.partyMember) : '',
      crossServing: member ? yesNo(member.crossServing) : 'no',
      phone: '',
      idNumber: '',
      designatedOn: member?.designatedOn ?? committee.termStart,
    },
    version: member?.version ?? null,
    draftKey: `committee-member:${member?.id ?? `new:${committee.id}`}`,
    secret: ['idNumber', 'phone'],
    submit: (v, version) => {
      const fields = {
        name: v.name,
        position: v.position as MemberPosition,
        // Unchosen yes/no is sent as is, so the server names the field.
        partyMember: (v.partyMember === 'yes' ? true : v.partyMember === 'no' ? false : v.partyMember) as boolean,
        crossServing: v.crossServing === 'yes',
        phone: orNull(v.phone),
        idNumber: v.idNumber,
        designatedOn: v.designatedOn,
      };
      return member && version !== null ? call('committees:update-member', { id: member.id, version, ...fields }) : call('committees:add-member', { committeeId: committee.id, ...fields });
    },
    onSaved: onClose,
  });
  return (
    <FormDialog title={member ? m.editTitle : m.addTitle} form={form} onCancel={onClose} wide>
      <div className="form__row">
        <TextField {...form.field('name')} label={s.name} required autoFocus maxLength={30} />
        <SelectField {...form.field('position')} label={s.position} options={POSITION_OPTIONS} required />
      </div>
      <div className="form__row">
        <SelectField {...form.field('partyMember')} label={s.partyMember} options={YES_NO} placeholder={m.choose} required />
        <SelectField {...form.field('crossServing')} label={s.crossServing} options={YES_NO} hint="是否同时在小区党支部任职" required />
      </div>
      <div className="form__row">
        <TextField {...form.field('idNumber')} label={s.idNumber} required maxLength={18} hint={member ? m.idNumberEditHint : m.idNumberHint} />
        <TextField {...form.field('phone')} label={s.phone} inputMode="tel" maxLength={20} hint={member ? m.idNumberEditHint.replace('身份证号', '电话') : undefined} />
      </div>
      <TextField {...form.field('designatedOn')} label={s.designatedOn} type="date" required />
    </FormDialog>
  );
}
