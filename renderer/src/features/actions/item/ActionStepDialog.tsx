import type { ActionStep } from '#shared/domain/actions/action-steps';
import { ACTION_STEP_LABELS } from '#shared/domain/actions/action-steps';
import type { ActionItemDetail } from '#shared/domain/actions/action-views';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';

export type DialogStep = Exclude<ActionStep, 'update'>;
type Props = { item: ActionItemDetail; step: DialogStep; today: string; onClose: () => void };
const s = t.actions.steps;

// Fields keep the contract's names, so the server's field errors land on them.
type V = { startedOn: string; rectifiedOn: string; completionEvidence: string; verifiedOn: string; verificationNote: string; reopenReason: string };

function submit(item: ActionItemDetail, step: DialogStep, v: V) {
  const target = { id: item.id, version: item.version };
  switch (step) {
    case 'start':
      return call('actions:start', { ...target, startedOn: v.startedOn });
    case 'complete':
      return call('actions:complete', { ...target, rectifiedOn: v.rectifiedOn, completionEvidence: v.completionEvidence });
    case 'verify':
      return call('actions:verify', { ...target, verifiedOn: v.verifiedOn, verificationNote: v.verificationNote.trim() === '' ? null : v.verificationNote });
    case 'reopen':
      return call('actions:reopen', { ...target, reopenReason: v.reopenReason });
  }
}

/** 开始整改, 登记整改完成, 核验销号 and 退回整改; each saves over the version on screen. */
export function ActionStepDialog({ item, step, today, onClose }: Props) {
  const form = useForm<V, ActionItemDetail>({
    initial: { startedOn: today, rectifiedOn: today, completionEvidence: '', verifiedOn: today, verificationNote: '', reopenReason: '' },
    draftKey: `action:${item.id}:${step}`,
    submit: (v) => submit(item, step, v),
    onSaved: onClose,
  });
  return (
    <FormDialog title={ACTION_STEP_LABELS[step]} form={form} onCancel={onClose} intro={step === 'verify' ? t.actions.item.secondPerson : undefined}>
      {step === 'start' ? <TextField {...form.field('startedOn')} label={s.startedOn} type="date" required autoFocus /> : null}
      {step === 'complete' ? (
        <>
          <TextField {...form.field('rectifiedOn')} label={s.completedOn} type="date" required />
          <TextAreaField {...form.field('completionEvidence')} label={s.completionEvidence} hint={s.completionHint} required max={2000} autoFocus />
        </>
      ) : null}
      {step === 'verify' ? (
        <>
          <TextField {...form.field('verifiedOn')} label={s.verifiedOn} type="date" required />
          <TextAreaField {...form.field('verificationNote')} label={s.verificationNote} max={500} autoFocus />
        </>
      ) : null}
      {step === 'reopen' ? <TextAreaField {...form.field('reopenReason')} label={s.reopenReason} required max={500} autoFocus /> : null}
    </FormDialog>
  );
}
