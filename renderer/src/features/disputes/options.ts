import {
  DISPUTE_SOURCES,
  DISPUTE_STATUSES,
  DISPUTE_TIERS,
  SATISFACTION_LABELS,
  SATISFACTIONS,
  SOURCE_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
} from '#shared/domain/disputes/disputes.schema';
import type { Option } from '../../ui/SelectField';

const optionsOf = <K extends string>(keys: readonly K[], labels: Record<K, string>): Option[] => keys.map((value) => ({ value, label: labels[value] }));

/**
 * Select options from the shared zh-CN label maps, in the domain's order. The categories'
 * options are not here: they come in force from `disputes:categories` (useCategories.ts).
 */
export const SOURCE_OPTIONS = optionsOf(DISPUTE_SOURCES, SOURCE_LABELS);
export const TIER_OPTIONS = optionsOf(DISPUTE_TIERS, TIER_LABELS);
export const STATUS_OPTIONS = optionsOf(DISPUTE_STATUSES, STATUS_LABELS);
export const SATISFACTION_OPTIONS = optionsOf(SATISFACTIONS, SATISFACTION_LABELS);
