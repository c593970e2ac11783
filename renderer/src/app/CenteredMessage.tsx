import { t } from '../i18n';

type Props = { message: string; onRetry?: () => void };

/** A full-window message: while opening, or when the core cannot be reached. */
export function CenteredMessage({ message, onRetry }: Props) {
  return (
    <main className="auth">
      <div className="auth__card auth__card--message" role={onRetry ? 'alert' : 'status'}>
        <p className="auth__product">{t.app.title}</p>
        <p className="centered__message">{message}</p>
        {onRetry ? (
          <button type="button" className="button button--primary" onClick={onRetry}>
            {t.app.retry}
          </button>
        ) : null}
      </div>
    </main>
  );
}
