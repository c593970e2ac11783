import { useMemo } from 'react';
import { BUILT_IN_CATEGORIES, categoryLabelsOf, tierTableOf, type CategoryInForce } from '#shared/domain/disputes/category-rules';
import type { TierRuleTable } from '#shared/domain/disputes/tier-rules';
import { t } from '../../i18n';
import { call } from '../../ipc/client';
import { useQuery } from '../../lib/useQuery';
import type { Option } from '../../ui/SelectField';

/** The dispute categories in force, as every screen shows and offers them. */
export type Categories = {
  /** False until the list in force has arrived (labels are the built-in ones meanwhile). */
  loaded: boolean;
  list: readonly CategoryInForce[];
  label: (code: string) => string;
  tiers: TierRuleTable;
  /** For a new case: only the categories intake offers; `keep` (a case's own category) stays listed. Empty until loaded. */
  intakeOptions: (keep?: string) => Option[];
  /** For filters: every category, retired ones marked, so old cases can still be found. */
  filterOptions: Option[];
};

const load = () => call('disputes:categories', {});

/** Pure: the helpers over one list (exported for the grid's column definitions and the tests). */
export function categoriesOf(list: readonly CategoryInForce[], loaded: boolean, retiredMark: (label: string) => string = t.disputes.categories.retired): Categories {
  const labels: Record<string, string> = categoryLabelsOf(list);
  return {
    loaded,
    list,
    label: (code) => labels[code] ?? code,
    tiers: tierTableOf(list),
    intakeOptions: (keep) => (loaded ? list.filter((c) => c.offered || c.code === keep).map((c) => ({ value: c.code, label: c.offered ? c.label : retiredMark(c.label) })) : []),
    filterOptions: list.map((c) => ({ value: c.code, label: c.offered ? c.label : retiredMark(c.label) })),
  };
}

/**
 * The categories in force from `disputes:categories` (the city's policy pack may rename
 * one, retire it for new cases, or change its suggested tier); reloads after a mutation,
 * so applying a pack shows at once. The built-in list stands in only while it loads.
 */
export function useCategories(): Categories {
  const q = useQuery(load);
  const list = q.data?.categories;
  return useMemo(() => categoriesOf(list ?? BUILT_IN_CATEGORIES, list !== undefined), [list]);
}
