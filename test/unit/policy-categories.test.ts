import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { categoriesInForce, categoryChangeLines, retiredCategoryProblem, tierTableOf } from '#shared/domain/disputes/category-rules';
import { CATEGORY_LABELS, DISPUTE_CATEGORIES } from '#shared/domain/disputes/disputes.schema';
import { DEFAULT_TIER_RULES, chooseTier } from '#shared/domain/disputes/tier-rules';
import { inForceOf, packChanges } from '#shared/domain/policy/in-force';
import { parseCategorySource } from '#shared/domain/policy/pack-categories-source';
import { POLICY_PACK_FORMAT, policyPackBody, unknownCategoriesOf, type PolicyPackBody } from '#shared/domain/policy/pack.schema';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'policy', name), 'utf8');
const body = (version: number, sections: PolicyPackBody['sections']): PolicyPackBody => ({
  format: POLICY_PACK_FORMAT, formatVersion: '1.0', city: { code: '4212' }, version, issuedAt: '2026-12-01T00:00:00.000Z', title: 't', cityKeyFingerprint: 'a'.repeat(64), sections,
});
const cats = (categories: NonNullable<PolicyPackBody['sections']['disputeCategories']>['categories']) => ({ disputeCategories: { categories } });
const byCode = (list: ReturnType<typeof categoriesInForce>) => new Map(list.map((c) => [c.code, c]));

describe('the categories in force: built-in, overlaid by the packs code by code and part by part', () => {
  it('with no pack every category is the built-in one, offered, with the built-in tier', () => {
    const list = categoriesInForce(inForceOf([]).disputeCategories);
    expect(list.map((c) => c.code)).toEqual([...DISPUTE_CATEGORIES]);
    for (const c of list) expect(c).toEqual({ code: c.code, label: CATEGORY_LABELS[c.code], builtInLabel: CATEGORY_LABELS[c.code], offered: true, tier: DEFAULT_TIER_RULES[c.code] });
  });

  it('a later pack changes only the parts it sets; an earlier pack\'s other parts and codes stay', () => {
    const first = body(1, cats([{ code: 'parking', label: '停车管理', tier: 'major' }, { code: 'greening', offered: false }]));
    const second = body(2, cats([{ code: 'parking', tier: 'minor' }]));
    const f = inForceOf([second, first]);
    expect(f.disputeCategories).toEqual({ parking: { label: '停车管理', tier: 'minor' }, greening: { offered: false } });
    const m = byCode(categoriesInForce(f.disputeCategories));
    expect(m.get('parking')).toEqual({ code: 'parking', label: '停车管理', builtInLabel: '停车', offered: true, tier: 'minor' });
    expect(m.get('greening')!.offered).toBe(false);
    expect(m.get('repairs')).toEqual({ code: 'repairs', label: '设施设备维修', builtInLabel: '设施设备维修', offered: true, tier: 'medium' });
  });

  it('an office tier table wins over the city\'s tier', () => {
    const office = { ...DEFAULT_TIER_RULES, parking: 'minor' as const };
    const list = categoriesInForce({ parking: { tier: 'major', label: '停车管理' } }, office);
    expect(byCode(list).get('parking')).toMatchObject({ label: '停车管理', tier: 'minor' });
  });

  it('a retired category is refused for new cases by name; the suggestion and its message use the labels in force', () => {
    const list = categoriesInForce({ 'street-occupation': { offered: false, label: '占道' }, parking: { label: '停车管理', tier: 'major' } });
    expect(retiredCategoryProblem('street-occupation', list)).toBe('「占道」已停止受理新案件（按市政策包），请选择其他类别；已登记的旧案件不受影响');
    expect(retiredCategoryProblem('parking', list)).toBeNull();
    const labels = Object.fromEntries(list.map((c) => [c.code, c.label])) as typeof CATEGORY_LABELS;
    expect(chooseTier('parking', null, null, tierTableOf(list), labels)).toEqual({ ok: true, tier: 'major', suggested: 'major', overridden: false });
    expect(chooseTier('parking', 'medium', '', tierTableOf(list), labels)).toEqual({ ok: false, message: '「停车管理」类纠纷按规则应为「大事」，改为「中事」请填写原因。' });
  });
});

describe('what a categories section changes, in plain Chinese', () => {
  it('renamed, retired, re-offered and tier changed, against the settings in force', () => {
    const current = inForceOf([body(1, cats([{ code: 'greening', offered: false }]))]);
    const pack = body(2, cats([
      { code: 'parking', label: '停车管理' },
      { code: 'street-occupation', offered: false },
      { code: 'greening', offered: true },
      { code: 'fire-hazard', tier: 'medium' },
      { code: 'repairs', tier: 'medium' },
    ]));
    expect(packChanges(current, pack)).toEqual([{
      section: 'disputeCategories', label: '纠纷类别',
      // In the program's category order; 设施设备维修 is 中事 already, so it has no line.
      lines: ['「停车」改名为「停车管理」', '「消防隐患」默认处理等级：大事 → 中事（新登记的案件按此建议，已登记的案件等级不变）', '「占道经营」停止受理新案件（已登记的旧案件和筛选中仍保留）', '「绿化」恢复受理新案件'],
    }]);
  });

  it('a section that changes nothing says so', () => {
    expect(packChanges(inForceOf([]), body(1, cats([{ code: 'repairs', label: '设施设备维修' }])))[0]!.lines).toEqual(['与现行纠纷类别相同']);
  });

  it('the preview lines come from one rule (categoryChangeLines), both ways', () => {
    const a = categoriesInForce();
    const b = categoriesInForce({ other: { label: '其他纠纷', offered: false, tier: 'medium' } });
    expect(categoryChangeLines(a, b)).toEqual(['「其他」改名为「其他纠纷」', '「其他纠纷」停止受理新案件（已登记的旧案件和筛选中仍保留）', '「其他纠纷」默认处理等级：小事 → 中事（新登记的案件按此建议，已登记的案件等级不变）']);
    expect(categoryChangeLines(b, a)).toEqual(['「其他纠纷」改名为「其他」', '「其他」恢复受理新案件', '「其他」默认处理等级：中事 → 小事（新登记的案件按此建议，已登记的案件等级不变）']);
  });
});

describe('an unknown category code refuses the pack', () => {
  it('the schema and the early check both name the code', () => {
    const bad = { ...body(1, cats([{ code: 'parking', label: '停车管理' }])), sections: { disputeCategories: { categories: [{ code: 'pets', label: '宠物' }, { code: 'parking', label: '停车管理' }] } } };
    expect(unknownCategoriesOf(bad)).toEqual(['pets']);
    const parsed = policyPackBody.safeParse(bad);
    expect(parsed.success).toBe(false);
    expect(parsed.error!.issues.map((i) => i.message)).toContain('政策包含本程序不认识的纠纷类别 pets，请升级程序后再导入。');
    expect(unknownCategoriesOf(body(1, cats([{ code: 'parking', label: 'x' }])))).toEqual([]);
  });

  it('a code twice, or an entry that sets nothing, is refused', () => {
    const twice = policyPackBody.safeParse(body(1, cats([{ code: 'parking', label: 'a' }, { code: 'parking', tier: 'major' }])));
    expect(twice.error?.issues.map((i) => i.message)).toEqual(['同一纠纷类别不能出现两次']);
    const empty = policyPackBody.safeParse(body(1, cats([{ code: 'parking' }])));
    expect(empty.error?.issues.map((i) => i.message)).toEqual(['每个类别至少要设名称、是否受理或默认等级之一']);
  });
});

describe('the categories source a person edits', () => {
  it('reads the sample CSV: header, comments, empty parts kept, Chinese tiers', () => {
    const r = parseCategorySource(fixture('categories-sample.csv'), 'categories-sample.csv');
    expect(r).toEqual({ ok: true, section: { categories: [
      { code: 'parking', label: '停车管理' },
      { code: 'street-occupation', offered: false },
      { code: 'fire-hazard', tier: 'major' },
      { code: 'noise-neighbours', label: '噪音与邻里关系', offered: true, tier: 'medium' },
    ] } });
  });

  it('reads the sample JSON', () => {
    const r = parseCategorySource(fixture('categories-sample.json'), 'categories-sample.json');
    expect(r.ok && r.section.categories.map((c) => c.code)).toEqual(['parking', 'street-occupation', 'noise-neighbours']);
    expect(r.ok && r.section.categories[2]).toEqual({ code: 'noise-neighbours', label: '噪音与邻里关系', offered: true, tier: 'medium' });
  });

  it('names the line of each problem, and an unknown code', () => {
    const csv = '代码,名称,受理,默认等级\nparking,,也许,\nrepairs,,,特大\npets,宠物,,\n';
    expect(parseCategorySource(csv, 'c.csv')).toEqual({ ok: false, problems: ['第 2 行：受理「也许」应为「是」或「否」'] });
    expect(parseCategorySource('parking,,,特大\npets,宠物,,\n', 'c.csv')).toEqual({
      ok: false, problems: ['政策包含本程序不认识的纠纷类别 pets，请升级程序后再导入。', '第 1 行：默认等级「特大」应为小事、中事或大事'],
    });
    expect(parseCategorySource('{"categories": [{"code": "parking"}]}', 'c.json')).toEqual({ ok: false, problems: ['第 1 个类别：每个类别至少要设名称、是否受理或默认等级之一'] });
    expect(parseCategorySource('{"categories": [', 'c.json')).toEqual({ ok: false, problems: ['不是有效的 JSON（请检查逗号、引号和括号）'] });
  });
});
