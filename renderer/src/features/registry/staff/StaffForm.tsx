import { ROLE_LABELS, STAFF_ROLES, type StaffRole } from '#shared/domain/auth/roles';
import type { StaffView } from '#shared/domain/registry/registry.schema';
import { t } from '../../../i18n';
import { call } from '../../../ipc/client';
import { useForm } from '../../../lib/useForm';
import { FormDialog } from '../../../ui/FormDialog';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { latestStaff, staffValues, type StaffValues } from './useStaff';

type Props = { staff: StaffView | null; onClose: () => void };

const ROLE_OPTIONS = STAFF_ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
function save(staff: StaffView | null, v: StaffValues, version: number | null) {
  // An unchosen post ('') goes to the server as is: its check names the field with every other problem.
  const fields = { name: v.name, role: v.role as StaffRole, certificateNo: v.certificateNo };
  return staff && version !== null ? call('registry:update-staff', { id: staff.id, version, ...fields }) : call('registry:create-staff', fields);
}

/** 新增 / 修改工作人员: 姓名, 岗位, 调解员证书编号. */
export function StaffForm({ staff, onClose }: Props) {
  const form = useForm({
    initial: staffValues(staff),
    version: staff?.version ?? null,
    draftKey: `staff:${staff?.id ?? 'new'}`,
    submit: (v, version) => save(staff, v, version),
    onSaved: onClose,
    loadLatest: staff ? () => latestStaff(staff.id) : undefined,
  });
  return (
    <FormDialog title={staff ? t.registry.staff.editTitle : t.registry.staff.addTitle} form={form} onCancel={onClose}>
      <div className="form__row">
        <TextField {...form.field('name')} label={t.registry.staff.name} required autoFocus maxLength={30} />
        <SelectField {...form.field('role')} label={t.registry.staff.role} options={ROLE_OPTIONS} placeholder={t.registry.staff.chooseRole} required />
      </div>
      <TextField {...form.field('certificateNo')} label={t.registry.staff.certificateNo} hint={t.registry.staff.certificateNoHint} maxLength={40} />
    </FormDialog>
  );
}
