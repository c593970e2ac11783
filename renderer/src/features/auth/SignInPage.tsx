import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useForm } from '../../lib/useForm';
import { useQuery } from '../../lib/useQuery';
import { AuthLayout } from '../../ui/AuthLayout';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';

const loadInfo = () => call('system:info', {});

/** 登录 with username and password. */
export function SignInPage({ onDone }: { onDone: (operator: OperatorView) => void }) {
  const info = useQuery(loadInfo);
  const form = useForm({
    initial: { username: '', password: '' },
    submit: (v) => call('auth:sign-in', v),
    onSaved: onDone,
  });
  return (
    <AuthLayout title={t.auth.signInTitle} subtitle={info.data?.officeName}>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <FormMessages form={form} />
        <TextField {...form.field('username')} label={t.auth.username} required autoFocus autoComplete="username" maxLength={32} />
        <TextField {...form.field('password')} type="password" label={t.auth.password} required autoComplete="current-password" maxLength={128} />
        <div className="form__buttons">
          <button type="submit" className="button button--primary button--large button--block" disabled={form.busy}>
            {form.busy ? t.auth.signingIn : t.auth.signInSubmit}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
