import { categoriesInForce, categoryLabelsOf, retiredCategoryProblem, tierTableOf, type CategoryInForce, type CategoryOverrides } from '#shared/domain/disputes/category-rules';
import type { DisputeCategory } from '#shared/domain/disputes/disputes.schema';
import { fieldError } from '../errors';

/**
 * What the city's policy packs in force set for the dispute categories (electron/core/policy
 * implements it, as it does the deadline source; disputes does not read that domain's tables).
 */
export type CategoryPolicySource = { categoryDefaults(): Promise<CategoryOverrides> };

const BUILT_IN: CategoryPolicySource = { categoryDefaults: async () => ({}) };

export type CategoryRulesService = ReturnType<typeof createCategoryRulesService>;

/**
 * The categories in force — labels, which intake offers, the tier each suggests — read
 * on every call (the source caches; the CLI may apply a pack beside a running app).
 * The office keeps no tier table of its own today, so the city's tiers (or the built-in
 * ones) are the table; `categoriesInForce` takes the office's one first when there is one.
 */
export function createCategoryRulesService(policy: CategoryPolicySource = BUILT_IN) {
  const list = async (): Promise<CategoryInForce[]> => categoriesInForce(await policy.categoryDefaults());
  return {
    list,
    labels: async () => categoryLabelsOf(await list()),
    /**
     * For a new case, or a case moved to `code`: refuses a retired category naming
     * 「纠纷类别」, and returns the tier table to suggest from. Read before a transaction.
     */
    async forNewCase(code: DisputeCategory, field: (string | number)[] = ['category']) {
      const all = await list();
      const problem = retiredCategoryProblem(code, all);
      if (problem) throw fieldError(field, problem);
      return { tiers: tierTableOf(all), labels: categoryLabelsOf(all) };
    },
    /** The tier table and labels for a case that keeps its category (a correction). */
    async current() {
      const all = await list();
      return { tiers: tierTableOf(all), labels: categoryLabelsOf(all) };
    },
  };
}
