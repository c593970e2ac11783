import type { ReactNode } from 'react';
import { t } from '../i18n';
import type { Form, Values } from '../lib/useForm';
import { Dialog } from './Dialog';
import { FormMessages } from './FormMessages';

type Props<V extends Values> = {
  title: string;
  form: Form<V>;
  onCancel: () => void;
  children: ReactNode;
  submitLabel?: string;
  intro?: ReactNode;
  wide?: boolean;
};

/** A dialog holding one form: Enter saves, Esc or 取消 closes (the draft is kept). */
export function FormDialog<V extends Values>({ title, form, onCancel, children, submitLabel = t.common.save, intro, wide }: Props<V>) {
  return (
    <Dialog title={title} onDismiss={onCancel} wide={wide}>
      <form className="form" onSubmit={form.handleSubmit} noValidate>
        {intro ? <div className="form__intro">{intro}</div> : null}
        <FormMessages form={form} />
        <div className="form__fields">{children}</div>
        <div className="form__buttons">
          <button type="button" className="button" onClick={onCancel}>
            {t.common.cancel}
          </button>
          <button type="submit" className="button button--primary" disabled={form.busy}>
            {form.busy ? t.common.saving : submitLabel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
