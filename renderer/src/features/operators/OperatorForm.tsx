import { ROLE_LABELS, ROLES, type Role } from '#shared/domain/auth/roles';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { SelectField } from '../../ui/SelectField';
import { TextField } from '../../ui/TextField';
import { useStaff } from '../registry/staff/useStaff';
import { staffOptions } from './staff-options';

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const INITIAL = { username: '', displayName: '', role: '', staffId: '', password: '', confirm: '' };

/** 新增操作员: an account for a member of staff, with an initial password. */
export function OperatorForm({ onClose }: { onClose: () => void }) {
  const staff = useStaff();
  const form = useForm({
    initial: INITIAL,
    draftKey: 'operator:new',
    secret: ['password', 'confirm'],
    submit: (v) =>
      v.password !== v.confirm
        ? Promise.resolve(localInvalid('confirm', t.operators.confirmPassword, t.auth.passwordMismatch))
        : // An unchosen role ('') goes to the server as is: its check names the field.
          call('auth:create-operator', { username: v.username, displayName: v.displayName, role: v.role as Role, password: v.password, staffId: v.staffId || null }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={t.operators.addTitle} form={form} onCancel={onClose} wide>
      <div className="form__row">
        <TextField {...form.field('username')} label={t.operators.username} hint={t.auth.usernameHint} required autoFocus maxLength={32} />
        <TextField {...form.field('displayName')} label={t.operators.displayName} required maxLength={30} />
      </div>
      <div className="form__row">
        <SelectField {...form.field('role')} label={t.operators.role} options={ROLE_OPTIONS} placeholder={t.operators.chooseRole} required />
        <SelectField {...form.field('staffId')} label={t.operators.staff} options={staffOptions(staff.data)} placeholder={t.operators.noStaff} hint={t.operators.staffHint} />
      </div>
      <div className="form__row">
        <TextField {...form.field('password')} type="password" label={t.operators.password} hint={t.auth.passwordHint} required autoComplete="new-password" maxLength={128} />
        <TextField {...form.field('confirm')} type="password" label={t.operators.confirmPassword} required autoComplete="new-password" maxLength={128} />
      </div>
    </FormDialog>
  );
}
