import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { chinaDate, dateToIso, optionalIso } from '../china-time';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

const OUTCOMES = [
  { value: 'settled', label: t.disputes.forms.settled },
  { value: 'failed', label: t.disputes.forms.failed },
];
const endOfDay = (d: string) => dateToIso(d, true);

/** 记录调解结果: settled (agreed terms one per line, how and by when, the return-visit date) or failed (why). */
export function OutcomeDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.outcome}
      action="outcome"
      wide
      initial={{ outcome: 'settled', agreedTerms: '', performance: '', performanceDue: '', returnVisitDueAt: chinaDate(7), failureReason: '' }}
      blanks={{ performanceDue: t.disputes.forms.missingDate }}
      submit={(v, version) =>
        v.outcome === 'failed'
          ? call('disputes:record-outcome', { id: dispute.id, version, outcome: 'failed', failureReason: v.failureReason })
          : call('disputes:record-outcome', {
              id: dispute.id,
              version,
              outcome: 'settled',
              agreedTerms: v.agreedTerms,
              performance: v.performance,
              performanceDue: optionalIso(v.performanceDue, endOfDay),
              returnVisitDueAt: optionalIso(v.returnVisitDueAt, endOfDay),
            })
      }
    >
      {(form) => (
        <>
          <SelectField {...form.field('outcome')} label={t.disputes.forms.outcome} options={OUTCOMES} required autoFocus className="field--short" />
          {form.values.outcome === 'failed' ? (
            <TextAreaField {...form.field('failureReason')} label={t.disputes.forms.failureReason} required rows={4} />
          ) : (
            <>
              <TextAreaField {...form.field('agreedTerms')} label={t.disputes.forms.agreedTerms} hint={t.disputes.forms.agreedTermsHint} required rows={5} />
              <TextField {...form.field('performance')} label={t.disputes.forms.performance} hint={t.disputes.forms.performanceHint} required maxLength={500} />
              <div className="form__row">
                <TextField {...form.field('performanceDue')} type="date" label={t.disputes.forms.performanceDue} required />
                <TextField {...form.field('returnVisitDueAt')} type="date" label={t.disputes.forms.returnVisitDueAt} hint={t.disputes.forms.returnVisitHint} />
              </div>
            </>
          )}
        </>
      )}
    </CaseActionDialog>
  );
}
