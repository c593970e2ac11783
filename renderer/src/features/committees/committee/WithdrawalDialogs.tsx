import type { CommitteeDetail, MemberView } from '#shared/domain/committees/committee-views';
import { ASSEMBLY_DECISION_LABELS, ASSEMBLY_DECISIONS, type AssemblyDecision } from '#shared/domain/committees/withdrawal';
import type { z } from 'zod';
import type { withdrawalView } from '#shared/domain/committees/committee-views';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { orNull } from '../committee-labels';

const s = t.committees.withdrawal;
type Withdrawal = z.infer<typeof withdrawalView>;

/** 提出劝退: the date and the grounds (不作为、乱作为). */
export function ProposeWithdrawalDialog({ member, onClose }: { member: MemberView; onClose: () => void }) {
  const form = useForm<{ proposedOn: string; grounds: string }, CommitteeDetail>({
    initial: { proposedOn: '', grounds: '' },
    draftKey: `withdrawal:new:${member.id}`,
    submit: (v) => call('committees:propose-withdrawal', { memberId: member.id, proposedOn: v.proposedOn, grounds: v.grounds }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={s.proposeTitle(member.name)} form={form} onCancel={onClose} intro={s.proposeIntro}>
      <TextField {...form.field('proposedOn')} label={s.proposedOn} type="date" required autoFocus />
      <TextAreaField {...form.field('grounds')} label={s.grounds} required max={1000} />
    </FormDialog>
  );
}

/** The next step: 谈话, then 业主大会决定 (同意劝退 ends the membership on that day). */
export function AdvanceWithdrawalDialog({ withdrawal: w, onClose }: { withdrawal: Withdrawal; onClose: () => void }) {
  const step = w.step === 'proposed' ? 'talk' : 'assembly';
  const form = useForm<{ on: string; note: string; assemblyDecision: string }, CommitteeDetail>({
    initial: { on: '', note: '', assemblyDecision: '' },
    submit: (v) =>
      call('committees:advance-withdrawal', {
        id: w.id, version: w.version, step, on: v.on, note: orNull(v.note),
        ...(step === 'assembly' && v.assemblyDecision ? { assemblyDecision: v.assemblyDecision as AssemblyDecision } : {}),
      }),
    onSaved: onClose,
  });
  const options = ASSEMBLY_DECISIONS.map((d) => ({ value: d, label: ASSEMBLY_DECISION_LABELS[d] }));
  return (
    <FormDialog title={step === 'talk' ? s.talkTitle(w.memberName) : s.assemblyTitle(w.memberName)} form={form} onCancel={onClose}>
      <TextField {...form.field('on')} label={step === 'talk' ? s.talkOn : s.assemblyOn} type="date" required autoFocus />
      {step === 'assembly' ? <SelectField {...form.field('assemblyDecision')} label={s.decision} options={options} placeholder={t.committees.member.choose} required /> : null}
      <TextAreaField {...form.field('note')} label={s.note} max={500} />
    </FormDialog>
  );
}
