import type { CustomCellRendererProps } from 'ag-grid-react';

export type LinkCellParams<T> = { hrefFor: (row: T) => string };

/** Cell renderer that makes a name a link to the record's own page. */
export function LinkCell<T>(props: CustomCellRendererProps<T> & LinkCellParams<T>) {
  const text = props.valueFormatted ?? (props.value == null ? '' : String(props.value));
  if (!props.data) return <>{text}</>;
  return (
    <a className="cell-link" href={props.hrefFor(props.data)}>
      {text}
    </a>
  );
}
