/**
 * The office's rule table: which tier (小事/中事/大事) a category suggests when the
 * clerk does not choose one. Data, so the director can edit it; the defaults follow
 * 《物业纠纷分级处理指引》 as the street offices publish it.
 */
import { z } from 'zod';
import { CATEGORY_LABELS, TIER_LABELS, disputeCategory, disputeTier, type DisputeCategory, type DisputeTier } from './disputes.schema';

export type TierRuleTable = Readonly<Record<DisputeCategory, DisputeTier>>;

export const DEFAULT_TIER_RULES: TierRuleTable = {
  // Illegal acts and hazards are joint-enforcement matters for the departments.
  'illegal-construction': 'major',
  'fire-hazard': 'major',
  'street-occupation': 'major',
  // Service and money disputes are the street office's own work.
  'property-fee': 'medium',
  repairs: 'medium',
  'fee-adjustment': 'medium',
  'public-revenue': 'medium',
  'maintenance-fund': 'medium',
  renovation: 'medium',
  parking: 'medium',
  // Neighbourhood friction stays in the community: 小事不出社区.
  'noise-neighbours': 'minor',
  greening: 'minor',
  sanitation: 'minor',
  other: 'minor',
};

/** An edited table must name a tier for every category (zod records over an enum are exhaustive). */
export const tierRuleTable = z.record(disputeCategory, disputeTier);

export function suggestTier(category: DisputeCategory, rules: TierRuleTable = DEFAULT_TIER_RULES): DisputeTier {
  return rules[category];
}

export type TierChoice =
  | { ok: true; tier: DisputeTier; suggested: DisputeTier; overridden: boolean }
  | { ok: false; message: string };

/**
 * The tier a new case gets: the clerk's choice, or the table's suggestion. Choosing
 * a tier other than the suggestion needs a reason, so the director can review it.
 */
export function chooseTier(
  category: DisputeCategory,
  requested: DisputeTier | null | undefined,
  reason: string | null | undefined,
  rules: TierRuleTable = DEFAULT_TIER_RULES,
  /** The category labels in force (the city's policy pack may rename one). */
  labels: Readonly<Record<DisputeCategory, string>> = CATEGORY_LABELS,
): TierChoice {
  const suggested = suggestTier(category, rules);
  if (requested === null || requested === undefined || requested === suggested) {
    return { ok: true, tier: suggested, suggested, overridden: false };
  }
  if (!reason || reason.trim() === '') {
    return {
      ok: false,
      message: `「${labels[category]}」类纠纷按规则应为「${TIER_LABELS[suggested]}」，改为「${TIER_LABELS[requested]}」请填写原因。`,
    };
  }
  return { ok: true, tier: requested, suggested, overridden: true };
}
