import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { TextAreaField } from '../../../ui/TextAreaField';
import { CaseActionDialog, type CaseDialogProps } from './CaseActionDialog';

/** 部门办理结果: what the receiving department did with a referred case. */
export function DepartmentResultDialog(props: CaseDialogProps) {
  const { dispute } = props;
  return (
    <CaseActionDialog
      {...props}
      title={t.disputes.actions.departmentResult}
      action="department-result"
      initial={{ result: '' }}
      intro={dispute.department ? `${t.disputes.dispute.department}：${dispute.department.name}` : undefined}
      submit={(v, version) => call('disputes:record-department-result', { id: dispute.id, version, result: v.result })}
    >
      {(form) => <TextAreaField {...form.field('result')} label={t.disputes.forms.departmentResult} required rows={5} autoFocus max={1000} counter={t.disputes.intake.counter} />}
    </CaseActionDialog>
  );
}
