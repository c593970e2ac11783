import type { Satisfaction } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { SATISFACTION_OPTIONS } from '../options';
import { TextAreaField } from '../../../ui/TextAreaField';
import { TextField } from '../../../ui/TextField';
import { chinaLocal, localToIso } from '../china-time';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 记录反馈: the applicant's satisfaction (the 12345 loop's 反馈; needed before a settled case closes). */
export function FeedbackDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.feedback}
      action="feedback"
      initial={{ satisfaction: dispute.feedback?.satisfaction ?? '', notes: '', feedbackAt: chinaLocal() }}
      blanks={{ satisfaction: t.disputes.forms.chooseSatisfaction, feedbackAt: t.disputes.forms.missingTime }}
      submit={(v, version) =>
        call('disputes:record-feedback', { id: dispute.id, version, satisfaction: v.satisfaction as Satisfaction, notes: v.notes, feedbackAt: localToIso(v.feedbackAt) })
      }
    >
      {(form) => (
        <>
          <div className="form__row">
            <SelectField {...form.field('satisfaction')} label={t.disputes.forms.satisfaction} options={SATISFACTION_OPTIONS} placeholder={t.disputes.forms.chooseSatisfaction} required autoFocus />
            <TextField {...form.field('feedbackAt')} type="datetime-local" label={t.disputes.forms.feedbackAt} required />
          </div>
          <TextAreaField {...form.field('notes')} label={t.disputes.forms.feedbackNotes} rows={3} />
        </>
      )}
    </CaseActionDialog>
  );
}
