import type { CustomCellRendererProps } from 'ag-grid-react';

export type RowAction = { label: string; onClick: () => void; danger?: boolean };
export type RowActionsParams<T> = { actionsFor: (row: T) => RowAction[] };

/** Cell renderer of a list's 操作 column: small buttons such as 编辑 and 删除. */
export function RowActions<T>(props: CustomCellRendererProps<T> & RowActionsParams<T>) {
  const row = props.data;
  if (!row) return null;
  return (
    <div className="row-actions">
      {props.actionsFor(row).map((action) => (
        <button
          key={action.label}
          type="button"
          className={action.danger ? 'button button--tiny button--danger-text' : 'button button--tiny'}
          onClick={action.onClick}
        >
          {action.label}
        </button>
      ))}
    </div>
  );
}
