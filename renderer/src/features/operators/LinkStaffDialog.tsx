import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField } from '../../ui/SelectField';
import { useStaff } from '../registry/staff/useStaff';
import { staffOptions } from './staff-options';

type Props = { operator: OperatorView; onClose: () => void };

/** 对应工作人员 for an existing account (administrator only): which member of staff it stands for, or none. */
export function LinkStaffDialog({ operator, onClose }: Props) {
  const staff = useStaff();
  const form = useForm({
    initial: { staffId: operator.staffId ?? '' },
    version: operator.version,
    submit: (v, version) => call('auth:link-staff', { id: operator.id, version: version ?? operator.version, staffId: v.staffId || null }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={t.operators.linkTitle} form={form} onCancel={onClose} intro={<p>{t.operators.linkFor(operator.displayName)}</p>}>
      <SelectField {...form.field('staffId')} label={t.operators.staff} options={staffOptions(staff.data)} placeholder={t.operators.noStaff} hint={t.operators.staffHint} autoFocus />
    </FormDialog>
  );
}
