import type { Satisfaction } from '#shared/domain/disputes/disputes.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { chinaLocal, localToIso } from '../china-time';
import { SATISFACTION_OPTIONS } from '../options';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 记录回访: whether the agreement is being performed, after a settlement. */
export function ReturnVisitDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.returnVisit}
      action="return-visit"
      initial={{ visitedAt: chinaLocal(), notes: '', satisfaction: '' }}
      blanks={{ visitedAt: t.disputes.forms.missingTime }}
      submit={(v, version) =>
        call('disputes:record-return-visit', {
          id: dispute.id,
          version,
          visitedAt: localToIso(v.visitedAt),
          notes: v.notes,
          satisfaction: v.satisfaction ? (v.satisfaction as Satisfaction) : undefined,
        })
      }
    >
      {(form) => (
        <>
          <div className="form__row">
            <TextField {...form.field('visitedAt')} type="datetime-local" label={t.disputes.forms.visitedAt} required autoFocus />
            <SelectField {...form.field('satisfaction')} label={t.disputes.forms.satisfaction} options={SATISFACTION_OPTIONS} placeholder={t.common.optional} />
          </div>
          <TextAreaField {...form.field('notes')} label={t.disputes.forms.visitNotes} required rows={4} />
        </>
      )}
    </CaseActionDialog>
  );
}
