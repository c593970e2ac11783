import { DEADLINE_MET_BY, DEADLINE_MET_BY_LABELS, DEADLINE_UNIT_LABELS, DEADLINE_UNITS } from '#shared/domain/disputes/deadlines';
import { OUTCOME_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import { DEADLINE_KIND_LABELS, DEADLINE_KINDS, STATUS_LABELS } from '#shared/domain/disputes/disputes.schema';
import type { Option } from '../../../ui/SelectField';
import { SOURCE_OPTIONS, TIER_OPTIONS } from '../options';
import type { RuleField } from './rule-values';

const of = <K extends string>(keys: readonly K[], labels: Record<K, string>): Option[] => keys.map((value) => ({ value, label: labels[value] }));

/** The choices of each column of the rules table; conditions start with 不限 (''). */
export const RULE_OPTIONS: Partial<Record<RuleField, { options: Option[]; any?: boolean }>> = {
  kind: { options: of(DEADLINE_KINDS, DEADLINE_KIND_LABELS) },
  tier: { options: TIER_OPTIONS, any: true },
  source: { options: SOURCE_OPTIONS, any: true },
  status: { options: of(OUTCOME_STATUSES, STATUS_LABELS), any: true },
  unit: { options: of(DEADLINE_UNITS, DEADLINE_UNIT_LABELS) },
  metBy: { options: of(DEADLINE_MET_BY, DEADLINE_MET_BY_LABELS) },
};

/** The label of a stored value in a column, for the read-only table. */
export function labelOf(field: RuleField, value: string, any: string): string {
  if (value === '') return any;
  return RULE_OPTIONS[field]?.options.find((o) => o.value === value)?.label ?? value;
}
