import type { ReactNode } from 'react';

type Props = { message: string | null | undefined; children?: ReactNode; tone?: 'error' | 'info' };

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
