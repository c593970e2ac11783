import type { DeadlineRule } from '#shared/domain/disputes/deadlines';
import { t } from '../../../i18n';
import { labelOf } from './rule-options';
import { draftOf, type RuleField } from './rule-values';
import { RulesHead } from './RulesHead';

const FIELDS: RuleField[] = ['kind', 'tier', 'source', 'status', 'amount', 'unit', 'metBy'];

/** The rules as text, for operators who may read but not change them. */
export function RulesReadOnly({ rules }: { rules: DeadlineRule[] }) {
  return (
    <table className="table table--rules">
      <RulesHead editable={false} />
      <tbody>
        {rules.map(draftOf).map((r, i) => (
          <tr key={r.key}>
            <th scope="row" className="rule__n">
              {i + 1}
            </th>
            {FIELDS.map((f) => (
              <td key={f}>{f === 'amount' ? r.amount : labelOf(f, r[f], t.disputes.rules.any)}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
