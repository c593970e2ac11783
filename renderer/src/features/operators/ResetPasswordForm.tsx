import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { FormDialog } from '../../ui/FormDialog';
import { TextField } from '../../ui/TextField';

type Props = { operator: OperatorView; onClose: () => void };

/** 重置密码 for one operator (administrator only). Passwords are never kept as drafts. */
export function ResetPasswordForm({ operator, onClose }: Props) {
  const form = useForm({
    initial: { password: '', confirm: '' },
    version: operator.version,
    submit: (v, version) =>
      v.password !== v.confirm
        ? Promise.resolve(localInvalid('confirm', t.operators.confirmPassword, t.auth.passwordMismatch))
        : call('auth:reset-password', { id: operator.id, version: version ?? operator.version, password: v.password }),
    onSaved: onClose,
  });
  return (
    <FormDialog title={t.operators.resetTitle} form={form} onCancel={onClose} intro={<p>{t.operators.resetFor(operator.displayName)}</p>}>
      <TextField {...form.field('password')} type="password" label={t.operators.newPassword} hint={t.auth.passwordHint} required autoFocus autoComplete="new-password" maxLength={128} />
      <TextField {...form.field('confirm')} type="password" label={t.operators.confirmPassword} required autoComplete="new-password" maxLength={128} />
    </FormDialog>
  );
}
