import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { TextField } from '../../../ui/TextField';
import { chinaLocal, localToIso } from '../china-time';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 登记证据: one item of the evidence list. */
export function EvidenceDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.evidence}
      action="evidence"
      initial={{ name: '', providedBy: '', receivedAt: chinaLocal(), notes: '' }}
      submit={(v, version) =>
        call('disputes:add-evidence', { id: dispute.id, version, name: v.name, providedBy: v.providedBy, receivedAt: localToIso(v.receivedAt), notes: v.notes })
      }
    >
      {(form) => (
        <>
          <TextField {...form.field('name')} label={t.disputes.forms.evidenceName} required autoFocus maxLength={100} />
          <div className="form__row">
            <TextField {...form.field('providedBy')} label={t.disputes.forms.providedBy} maxLength={60} />
            <TextField {...form.field('receivedAt')} type="datetime-local" label={t.disputes.forms.evidenceReceivedAt} required />
          </div>
          <TextField {...form.field('notes')} label={t.disputes.forms.evidenceNotes} maxLength={500} />
        </>
      )}
    </CaseActionDialog>
  );
}
