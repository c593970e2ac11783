import type { CommitteeDetail, MemberView } from '#shared/domain/committees/committee-views';
import type { CeaseReason } from '#shared/domain/committees/committees.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { CEASE_OPTIONS, orNull } from '../committee-labels';

type Props = { member: MemberView; onClose: () => void };
const m = t.committees.member;

/** 离任: the date and the reason (任期届满, 辞职, 劝退, 罢免, 其他 with a note). */
export function CeaseMemberDialog({ member, onClose }: Props) {
  const form = useForm<{ ceasedOn: string; reason: string; note: string }, CommitteeDetail>({
    initial: { ceasedOn: '', reason: '', note: '' },
    draftKey: `committee-member-cease:${member.id}`,
    submit: (v) => call('committees:cease-member', { id: member.id, version: member.version, ceasedOn: v.ceasedOn, reason: v.reason as CeaseReason, note: orNull(v.note) }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={m.ceaseTitle(member.name)} form={form} onCancel={onClose}>
      <div className="form__row">
        <TextField {...form.field('ceasedOn')} label={m.ceasedOn} type="date" required autoFocus />
        <SelectField {...form.field('reason')} label={m.reason} options={CEASE_OPTIONS} placeholder={m.choose} required />
      </div>
      <TextField {...form.field('note')} label={m.note} maxLength={500} />
    </FormDialog>
  );
}
