import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { chinaLocal, localToIso } from '../china-time';
import { TextAreaField } from '../../../ui/TextAreaField';
import { useMediators } from '../useDisputes';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 记录调解过程: when, where, who attended, which mediator, and the notes (笔录). */
export function SessionDialog(props: CaseDialogProps) {
  const mediators = useMediators();
  const options = (mediators.data ?? []).map((s) => ({ value: s.id, label: s.name }));
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.session}
      action="session"
      wide
      initial={{ heldAt: chinaLocal(), place: '', attendees: '', mediatorId: dispute.mediatorId ?? '', notes: '' }}
      blanks={{ heldAt: t.disputes.forms.missingTime }}
      submit={(v, version) =>
        call('disputes:record-session', {
          id: dispute.id,
          version,
          heldAt: localToIso(v.heldAt),
          place: v.place,
          attendees: v.attendees,
          mediatorId: v.mediatorId || undefined,
          notes: v.notes,
        })
      }
    >
      {(form) => (
        <>
          <div className="form__row">
            <TextField {...form.field('heldAt')} type="datetime-local" label={t.disputes.forms.heldAt} required autoFocus />
            <TextField {...form.field('place')} label={t.disputes.forms.place} required maxLength={100} />
          </div>
          <div className="form__row">
            <TextField {...form.field('attendees')} label={t.disputes.forms.attendees} hint={t.disputes.forms.attendeesHint} required maxLength={500} />
            <SelectField {...form.field('mediatorId')} label={t.disputes.forms.mediator} options={options} placeholder={t.disputes.forms.chooseMediator} />
          </div>
          <TextAreaField {...form.field('notes')} label={t.disputes.forms.notes} required rows={6} max={2000} counter={t.disputes.intake.counter} over={t.disputes.intake.over} />
        </>
      )}
    </CaseActionDialog>
  );
}
