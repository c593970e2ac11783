import type { ReactNode } from 'react';
import { t } from '../i18n';

type Props = { title: string; subtitle?: string | null; children: ReactNode; wide?: boolean };

/** The centred card of the set-up and sign-in screens, under the product's name. */
export function AuthLayout({ title, subtitle, children, wide }: Props) {
  return (
    <main className="auth">
      <div className={wide ? 'auth__card auth__card--wide' : 'auth__card'}>
        <p className="auth__product">{t.app.title}</p>
        {subtitle ? <p className="auth__office">{subtitle}</p> : null}
        <h1 className="auth__title">{title}</h1>
        {children}
      </div>
    </main>
  );
}
