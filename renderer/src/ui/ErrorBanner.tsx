import type { ReactNode } from 'react';

/** `warning`: a standing notice that needs attention but is no failure (a status, not an alert). */
type Props = { message: string | null | undefined; children?: ReactNode; tone?: 'error' | 'info' | 'warning' };

/** The top-level message of a failed call (or a notice), with optional actions beside it. */
export function ErrorBanner({ message, children, tone = 'error' }: Props) {
  if (!message) return null;
  return (
    <div className={`banner banner--${tone}`} role={tone === 'error' ? 'alert' : 'status'}>
      <p className="banner__text">{message}</p>
      {children ? <div className="banner__actions">{children}</div> : null}
    </div>
  );
}
