/**
 * The dispute categories in force: the codes are fixed in code (bundles, the city's
 * database and the bulletin count across offices by code), while the city's policy
 * packs may set, per known code, its Chinese label, whether intake still offers it,
 * and the tier it suggests by default. A retired category stays valid on the cases
 * that carry it and in filters; only a new case (or a case moved to it) is refused.
 */
import { CATEGORY_LABELS, DISPUTE_CATEGORIES, TIER_LABELS, type DisputeCategory, type DisputeTier } from './disputes.schema';
import { DEFAULT_TIER_RULES, type TierRuleTable } from './tier-rules';

/** What a pack says about one category; a part left out keeps what was in force. */
export type CategorySetting = { label?: string; offered?: boolean; tier?: DisputeTier };
export type CategoryOverrides = Partial<Record<DisputeCategory, CategorySetting>>;

/** One category as the office works with it now. */
export type CategoryInForce = {
  code: DisputeCategory;
  label: string;
  /** The program's own name for it (shown beside a renamed one). */
  builtInLabel: string;
  /** False: retired — kept on old cases and in filters, not offered for new cases. */
  offered: boolean;
  /** The tier a new case of this category suggests. */
  tier: DisputeTier;
};

export const isKnownCategory = (code: string): code is DisputeCategory => (DISPUTE_CATEGORIES as readonly string[]).includes(code);

/**
 * Built-in labels and tiers, overlaid by the city's settings; `officeTiers` (the
 * office's own edited tier table, when it has one) wins over the city's tier, as the
 * office's edited deadline and committee rules win over the packs' defaults.
 */
export function categoriesInForce(city: CategoryOverrides = {}, officeTiers: TierRuleTable | null = null): CategoryInForce[] {
  return DISPUTE_CATEGORIES.map((code) => {
    const c = city[code] ?? {};
    return {
      code,
      label: c.label ?? CATEGORY_LABELS[code],
      builtInLabel: CATEGORY_LABELS[code],
      offered: c.offered ?? true,
      tier: officeTiers?.[code] ?? c.tier ?? DEFAULT_TIER_RULES[code],
    };
  });
}

export const BUILT_IN_CATEGORIES: readonly CategoryInForce[] = categoriesInForce();

export const tierTableOf = (list: readonly CategoryInForce[]): TierRuleTable =>
  Object.fromEntries(list.map((c) => [c.code, c.tier])) as Record<DisputeCategory, DisputeTier>;

export const categoryLabelsOf = (list: readonly CategoryInForce[]): Record<DisputeCategory, string> =>
  Object.fromEntries(list.map((c) => [c.code, c.label])) as Record<DisputeCategory, string>;

/**
 * Why a new case (or a case moved to `code`) may not take this category, or null.
 * The service prefixes the field's name (「纠纷类别」).
 */
export function retiredCategoryProblem(code: DisputeCategory, list: readonly CategoryInForce[]): string | null {
  const c = list.find((x) => x.code === code);
  if (!c || c.offered) return null;
  return `「${c.label}」已停止受理新案件（按市政策包），请选择其他类别；已登记的旧案件不受影响`;
}

/** What changes for each category when `after` replaces `before`, in plain Chinese (for a pack's preview). */
export function categoryChangeLines(before: readonly CategoryInForce[], after: readonly CategoryInForce[]): string[] {
  const lines: string[] = [];
  const was = new Map(before.map((c) => [c.code, c]));
  for (const a of after) {
    const b = was.get(a.code);
    if (!b) continue;
    if (b.label !== a.label) lines.push(`「${b.label}」改名为「${a.label}」`);
    if (b.offered && !a.offered) lines.push(`「${a.label}」停止受理新案件（已登记的旧案件和筛选中仍保留）`);
    if (!b.offered && a.offered) lines.push(`「${a.label}」恢复受理新案件`);
    if (b.tier !== a.tier) lines.push(`「${a.label}」默认处理等级：${TIER_LABELS[b.tier]} → ${TIER_LABELS[a.tier]}（新登记的案件按此建议，已登记的案件等级不变）`);
  }
  return lines;
}
