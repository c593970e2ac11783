import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { chinaDate, dateToIso, optionalIso } from '../china-time';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

const OUTCOMES = [
  { value: 'settled', label: t.forms.settled },
  { value: 'failed', label: t.forms.failed },
];
const endOfDay = (d: string) => dateToIso(d, true);

/** 记录调解结果: settled (agreed terms one per line, how and by when, the return-visit date) or failed (why). */
export function OutcomeDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.actions.outcome}
      action="outcome"
      wide
      initial={{ outcome: 'settled', agreedTerms: '', performance: '', performanceDue: '', returnVisitDueAt: chinaDate(7), failureReason: '' }}
      blanks={{ performanceDue: t.forms.missingDate }}
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
          <SelectField {...form.field('outcome')} label={t.forms.outcome} options={OUTCOMES} required autoFocus className="field--short" />
          {form.values.outcome === 'failed' ? (
            <TextAreaField {...form.field('failureReason')} label={t.forms.failureReason} required rows={4} />
          ) : (
            <>
              <TextAreaField {...form.field('agreedTerms')} label={t.forms.agreedTerms} hint={t.forms.agreedTermsHint} required rows={5} />
              <TextField {...form.field('performance')} label={t.forms.performance} hint={t.forms.performanceHint} required maxLength={500} />
              <div className="form__row">
                <TextField {...form.field('performanceDue')} type="date" label={t.forms.performanceDue} required />
                <TextField {...form.field('returnVisitDueAt')} type="date" label={t.forms.returnVisitDueAt} hint={t.forms.returnVisitHint} />
              </div>
            </>
          )}
        </>
      )}
    </CaseActionDialog>
  );
}
