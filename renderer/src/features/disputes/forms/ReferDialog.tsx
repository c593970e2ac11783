import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { referKinds, type ReferKind } from '../case-actions';
import { chinaLocal, localToIso } from '../china-time';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

const KIND_LABELS: Record<ReferKind, string> = { court: t.disputes.forms.referCourt, department: t.disputes.forms.referDepartment, joint: t.disputes.forms.referJoint };
const TO_LABELS: Record<ReferKind, string> = { court: t.disputes.forms.court, department: t.disputes.forms.department, joint: t.disputes.forms.jointLead };

/** 移交: 诉调对接 to a court (failed cases), a department, or joint handling (大事). */
export function ReferDialog(props: CaseDialogProps) {
  const { dispute } = props;
  const kinds = referKinds(dispute);
  const options = kinds.map((k) => ({ value: k, label: KIND_LABELS[k] }));
  // A restored draft may name a kind that no longer fits the case.
  const kindOf = (value: string): ReferKind => (kinds.includes(value as ReferKind) ? (value as ReferKind) : (kinds[0] ?? 'department'));
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.refer}
      action="refer"
      initial={{ kind: kinds[0] ?? 'department', to: '', at: chinaLocal(), reference: '' }}
      blanks={{ at: t.disputes.forms.missingTime }}
      submit={(v, version) =>
        call('disputes:refer', { id: dispute.id, version, kind: kindOf(v.kind), to: v.to, at: localToIso(v.at), reference: kindOf(v.kind) === 'court' ? v.reference : undefined })
      }
    >
      {(form) => {
        const kind = kindOf(form.values.kind);
        return (
          <>
            <SelectField {...form.field('kind')} label={t.disputes.forms.referKind} options={options} required autoFocus />
            <div className="form__row">
              <TextField {...form.field('to')} label={TO_LABELS[kind]} required maxLength={100} />
              <TextField {...form.field('at')} type="datetime-local" label={t.disputes.forms.referAt} required />
            </div>
            {kind === 'court' ? <TextField {...form.field('reference')} label={t.disputes.forms.reference} hint={t.disputes.forms.referenceHint} required maxLength={60} /> : null}
          </>
        );
      }}
    </CaseActionDialog>
  );
}
