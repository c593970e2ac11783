import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { SelectField } from '../../../ui/SelectField';
import { useMediators } from '../useDisputes';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 分派调解员 (or 改派): staff whose post is 调解员. */
export function AssignDialog(props: CaseDialogProps) {
  const mediators = useMediators();
  const options = (mediators.data ?? []).map((s) => ({ value: s.id, label: s.certificateNo ? `${s.name}（${s.certificateNo}）` : s.name }));
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={dispute.mediatorId ? t.disputes.actions.reassign : t.disputes.actions.assign}
      action="assign"
      initial={{ mediatorId: dispute.mediatorId ?? '' }}
      blanks={{ mediatorId: t.disputes.forms.chooseMediator }}
      submit={(v, version) => call('disputes:assign', { id: dispute.id, version, mediatorId: v.mediatorId })}
    >
      {(form) => (
        <>
          <SelectField {...form.field('mediatorId')} label={t.disputes.forms.mediator} options={options} placeholder={t.disputes.forms.chooseMediator} required autoFocus />
          {mediators.data?.length === 0 ? <ErrorBanner tone="info" message={t.disputes.forms.noMediators} /> : null}
        </>
      )}
    </CaseActionDialog>
  );
}
