import { DISPUTE_CATEGORIES } from '#shared/domain/disputes/disputes.schema';
import { DEFAULT_TIER_RULES, chooseTier, suggestTier, tierRuleTable, type TierRuleTable } from '#shared/domain/disputes/tier-rules';
import { describe, expect, it } from 'vitest';

describe('tier rule table (category → suggested tier)', () => {
  it.each([
    ['illegal-construction', 'major'],
    ['fire-hazard', 'major'],
    ['street-occupation', 'major'],
    ['property-fee', 'medium'],
    ['repairs', 'medium'],
    ['fee-adjustment', 'medium'],
    ['public-revenue', 'medium'],
    ['maintenance-fund', 'medium'],
    ['renovation', 'medium'],
    ['parking', 'medium'],
    ['noise-neighbours', 'minor'],
    ['greening', 'minor'],
    ['sanitation', 'minor'],
    ['other', 'minor'],
  ] as const)('suggests %s → %s by default', (category, tier) => {
    expect(suggestTier(category)).toBe(tier);
  });

  it('names every category, and an edited table must too', () => {
    expect(Object.keys(DEFAULT_TIER_RULES).sort()).toEqual([...DISPUTE_CATEGORIES].sort());
    expect(tierRuleTable.safeParse(DEFAULT_TIER_RULES).success).toBe(true);
    const { parking: _parking, ...missing } = DEFAULT_TIER_RULES;
    expect(tierRuleTable.safeParse(missing).success).toBe(false);
    expect(tierRuleTable.safeParse({ ...DEFAULT_TIER_RULES, parking: 'huge' }).success).toBe(false);
  });

  it('follows an office’s edited table', () => {
    const rules: TierRuleTable = { ...DEFAULT_TIER_RULES, parking: 'minor' };
    expect(suggestTier('parking', rules)).toBe('minor');
    expect(chooseTier('parking', undefined, null, rules)).toEqual({ ok: true, tier: 'minor', suggested: 'minor', overridden: false });
  });

  it.each([
    ['noise-neighbours', undefined, null, { ok: true, tier: 'minor', suggested: 'minor', overridden: false }],
    ['noise-neighbours', 'minor', null, { ok: true, tier: 'minor', suggested: 'minor', overridden: false }],
    ['noise-neighbours', 'medium', '涉及 30 户业主', { ok: true, tier: 'medium', suggested: 'minor', overridden: true }],
    ['noise-neighbours', 'medium', '  ', { ok: false, message: '「噪音与邻里」类纠纷按规则应为「小事」，改为「中事」请填写原因。' }],
    ['fire-hazard', 'minor', undefined, { ok: false, message: '「消防隐患」类纠纷按规则应为「大事」，改为「小事」请填写原因。' }],
  ] as const)('chooses the tier for %s (asked %s, reason %j)', (category, requested, reason, expected) => {
    expect(chooseTier(category, requested, reason)).toEqual(expected);
  });
});
