import type { OperatorView } from '#shared/ipc/contract/auth.contract';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { localInvalid, useForm } from '../../lib/useForm';
import { AuthLayout } from '../../ui/AuthLayout';
import { FormMessages } from '../../ui/FormMessages';
import { TextField } from '../../ui/TextField';

type Props = { onDone: (operator: OperatorView) => void; onAlreadySetUp: () => void };

const INITIAL = { officeName: '', divisionCode: '', username: '', displayName: '', password: '', confirm: '' };

/** 首次使用向导: registers the street office and creates the administrator, then signs in. */
export function SetupPage({ onDone, onAlreadySetUp }: Props) {
  const form = useForm({
    initial: INITIAL,
    draftKey: 'setup',
    secret: ['password', 'confirm'],
    submit: ({ confirm, ...v }) =>
      v.password !== confirm ? Promise.resolve(localInvalid('confirm', t.auth.confirmPassword, t.auth.passwordMismatch)) : call('auth:bootstrap', v),
    onSaved: onDone,
  });
  const alreadySetUp = form.error?.code === 'conflict';
  return (
    <AuthLayout title={t.auth.setupTitle} wide>
      <p className="auth__intro">{t.auth.setupIntro}</p>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        <FormMessages form={form} />
        {alreadySetUp ? (
          <button type="button" className="button" onClick={onAlreadySetUp}>
            {t.auth.signInTitle}
          </button>
        ) : null}
        <fieldset className="form__section">
          <legend>{t.auth.officeSection}</legend>
          <div className="form__row">
            <TextField {...form.field('officeName')} label={t.auth.officeName} hint={t.auth.officeNameHint} required autoFocus maxLength={60} />
            <TextField {...form.field('divisionCode')} label={t.auth.divisionCode} hint={t.auth.divisionCodeHint} required inputMode="numeric" maxLength={12} />
          </div>
        </fieldset>
        <fieldset className="form__section">
          <legend>{t.auth.adminSection}</legend>
          <div className="form__row">
            <TextField {...form.field('username')} label={t.auth.username} hint={t.auth.usernameHint} required autoComplete="username" maxLength={32} />
            <TextField {...form.field('displayName')} label={t.auth.displayName} required autoComplete="name" maxLength={30} />
          </div>
          <div className="form__row">
            <TextField {...form.field('password')} type="password" label={t.auth.password} hint={t.auth.passwordHint} required autoComplete="new-password" maxLength={128} />
            <TextField {...form.field('confirm')} type="password" label={t.auth.confirmPassword} required autoComplete="new-password" maxLength={128} />
          </div>
        </fieldset>
        <div className="form__buttons">
          <button type="submit" className="button button--primary button--large" disabled={form.busy}>
            {form.busy ? t.common.saving : t.auth.setupSubmit}
          </button>
        </div>
      </form>
    </AuthLayout>
  );
}
