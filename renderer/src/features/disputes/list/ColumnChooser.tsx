import { t } from '../../../i18n';

export type ColumnChoice = { colId: string; label: string; visible: boolean };

type Props = { columns: ColumnChoice[]; onToggle: (colId: string, visible: boolean) => void };

/** 显示列: a drop-down of check boxes to hide or show columns (remembered with the rest of the column state). */
export function ColumnChooser({ columns, onToggle }: Props) {
  return (
    <details className="chooser">
      <summary className="button button--small">{t.disputes.list.columns}</summary>
      <fieldset className="chooser__panel">
        <legend className="visually-hidden">{t.disputes.list.columns}</legend>
        {columns.map((c) => (
          <label key={c.colId} className="check">
            <input type="checkbox" checked={c.visible} onChange={(e) => onToggle(c.colId, e.target.checked)} />
            {c.label}
          </label>
        ))}
      </fieldset>
    </details>
  );
}
