import type { ReactNode } from 'react';

export type Detail = { label: string; value: ReactNode };

/** A record's fields as a two-column description list. */
export function DetailList({ items }: { items: Detail[] }) {
  return (
    <dl className="details">
      {items.map((item) => (
        <div className="details__item" key={item.label}>
          <dt>{item.label}</dt>
          <dd>{item.value}</dd>
        </div>
      ))}
    </dl>
  );
}
