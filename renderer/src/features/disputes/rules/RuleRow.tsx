import { t } from '../../../i18n';
import { RULE_OPTIONS } from './rule-options';
import { RULE_FIELD_LABELS, type RuleDraft, type RuleField } from './rule-values';

type Props = {
  index: number;
  rule: RuleDraft;
  issues: { field: string; message: string }[];
  onChange: (field: RuleField, value: string) => void;
  onRemove: () => void;
};

const COLUMNS: { field: RuleField; label: string }[] = [
  { field: 'kind', label: t.disputes.rules.kind },
  { field: 'tier', label: t.disputes.rules.tier },
  { field: 'source', label: t.disputes.rules.source },
  { field: 'status', label: t.disputes.rules.status },
];

/** One editable rule; its problems show on the line under it, each naming the column. */
export function RuleRow({ index, rule, issues, onChange, onRemove }: Props) {
  const n = index + 1;
  const bad = new Set(issues.map((i) => i.field));
  const select = (field: RuleField, label: string) => {
    const spec = RULE_OPTIONS[field];
    const invalid = bad.has(field) || (bad.has('when') && ['tier', 'source', 'status'].includes(field));
    return (
      <td key={field}>
        <select
          aria-label={`${t.disputes.rules.row(n)} ${label}`}
          className={field === 'kind' || field === 'metBy' ? 'rule__wide' : undefined}
          value={rule[field]}           onChange={(e) => onChange(field, e.target.value)}
          aria-invalid={invalid || undefined}
        >
          {spec?.any ? <option value="">{t.disputes.rules.any}</option> : null}
          {spec?.options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </td>
    );
  };
  return (
    <>
      <tr className={issues.length > 0 ? 'rule rule--invalid' : 'rule'}>
        <th scope="row" className="rule__n">
          {n}
        </th>
        {COLUMNS.map((c) => select(c.field, c.label))}
        <td>
          <input
            aria-label={`${t.disputes.rules.row(n)} ${t.disputes.rules.amount}`}
            className="rule__amount"
            inputMode="numeric"
            value={rule.amount}
            onChange={(e) => onChange('amount', e.target.value)}
            aria-invalid={bad.has('amount') || undefined}
          />
        </td>
        {select('unit', t.disputes.rules.unit)}
        {select('metBy', t.disputes.rules.metBy)}
        <td>
          <button type="button" className="button button--tiny button--danger-text" onClick={onRemove} aria-label={t.disputes.rules.removeRow(n)}>
            {t.disputes.rules.remove}
          </button>
        </td>
      </tr>
      {issues.length > 0 ? (
        <tr className="rule__errors">
          <td colSpan={9} role="alert">
            {issues.map((i) => `${i.field ? `「${RULE_FIELD_LABELS[i.field] ?? i.field}」` : ''}${i.message}`).join('；')}
          </td>
        </tr>
      ) : null}
    </>
  );
}
