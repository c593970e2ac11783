import type { ReactNode } from 'react';

type Props = { backHref: string; backLabel: string; title: string; subtitle?: ReactNode; actions?: ReactNode };

/** Top of a record's own page: the way back to its list, its name and its buttons. */
export function RecordHeader({ backHref, backLabel, title, subtitle, actions }: Props) {
  return (
    <header className="page__header page__header--record">
      <div>
        <a className="back-link" href={backHref}>
          ← {backLabel}
        </a>
        <h1 className="page__title">{title}</h1>
        {subtitle ? <p className="page__subtitle">{subtitle}</p> : null}
      </div>
      {actions ? <div className="toolbar">{actions}</div> : null}
    </header>
  );
}
