/**
 * A policy pack (政策包): rules the city sets for every office, signed with the city's
 * signing key (the one in `city-public.json`) and versioned. The body is JSON; each
 * section is optional and names one kind of rule. A later domain adds a section by
 * adding a key to `PACK_SECTIONS` with its schema (and, in the core, how to apply it);
 * an office program that does not know a section refuses the pack rather than skip a
 * rule the city expects to be in force (see docs/policy-pack-format.md).
 */
import { z } from 'zod';
import { deadlineRule } from '../disputes/deadlines';
import { checklistItem } from '../committees/vetting';
import { isKnownCategory } from '../disputes/category-rules';
import { disputeTier } from '../disputes/disputes.schema';

export const POLICY_PACK_FORMAT = 'street-ledger-policy-pack';
/** 1.1 added the `disputeCategories` section (a 1.0 reader refuses it as an unknown section). */
export const POLICY_PACK_FORMAT_VERSION = '1.1';

const LOCAL_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isRealDate = (d: string) => LOCAL_DATE.test(d) && new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) === d;
export const localDate = z.string().refine(isRealDate, '日期应为 YYYY-MM-DD 格式的真实日期');

/** One year's published arrangement: the days off beyond weekends and the 调休 make-up workdays. */
export const holidayYear = z
  .strictObject({
    year: z.int().min(2000).max(2100),
    /** Days off (法定节假日 and the days joined to them), weekends inside a holiday included or not. */
    holidays: z.array(z.strictObject({ date: localDate, name: z.string().min(1).max(40) })).max(60),
    /** Weekend days worked instead (调休上班). */
    workdays: z.array(z.strictObject({ date: localDate, name: z.string().max(40).optional() })).max(20),
    /** Where the dates come from (e.g. the State Council notice), or that it is a sample. */
    source: z.string().max(500),
    /** True for an illustrative arrangement that is not the published one. */
    sample: z.boolean().optional(),
  })
  .superRefine((y, ctx) => {
    const seen = new Set<string>();
    for (const [list, key] of [[y.holidays, 'holidays'], [y.workdays, 'workdays']] as const) {
      list.forEach((d, i) => {
        if (!d.date.startsWith(`${y.year}-`)) ctx.addIssue({ code: 'custom', path: [key, i, 'date'], message: `${d.date} 不在 ${y.year} 年内` });
        if (seen.has(d.date)) ctx.addIssue({ code: 'custom', path: [key, i, 'date'], message: `${d.date} 重复出现` });
        seen.add(d.date);
      });
    }
  });
export type HolidayYear = z.infer<typeof holidayYear>;

const uniqueKeys = (items: readonly { key: string }[]) => new Set(items.map((i) => i.key)).size === items.length;

/**
 * The committees' vetting checklist (资格审查) with the joint-review departments, and the
 * 履职评议 sheet with its pass score: the city's defaults, in force until the director
 * edits the office's committee rules. Any part may be left out (the built-in one stays).
 */
export const committeeRulesSection = z
  .strictObject({
    checklist: z.array(checklistItem).min(1).max(40).refine(uniqueKeys, '审查项的 key 不能重复').optional(),
    departments: z.array(z.string().trim().min(1).max(20)).max(20).refine((d) => new Set(d).size === d.length, '部门不能重复').optional(),
    scoringSheet: z
      .array(z.strictObject({ key: checklistItem.shape.key, label: checklistItem.shape.label, max: z.int().min(1).max(100) }))
      .min(1)
      .max(30)
      .refine(uniqueKeys, '评分项的 key 不能重复')
      .optional(),
    passScore: z.int().min(0).max(1000).optional(),
    rectificationDays: z.int().min(1).max(365).optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), '业委会规则部分至少要有一项');

/** The message for a category code this program does not know (the pack is refused whole). */
export const unknownCategoryMessage = (codes: readonly string[]) => `政策包含本程序不认识的纠纷类别 ${codes.join('、')}，请升级程序后再导入。`;

/**
 * The dispute categories (纠纷类别): for codes the program knows, the city's label, whether
 * intake offers it (`offered: false` retires it for new cases) and its default tier.
 * Codes are never added by a pack: bundles and the city's counts go by code.
 */
export const disputeCategoriesSection = z.strictObject({
  categories: z
    .array(
      z
        .strictObject({
          code: z.string().min(1).max(40).refine(isKnownCategory, { error: (issue) => unknownCategoryMessage([String(issue.input)]) }),
          label: z.string().trim().min(1).max(20).optional(),
          offered: z.boolean().optional(),
          tier: disputeTier.optional(),
        })
        .refine((c) => c.label !== undefined || c.offered !== undefined || c.tier !== undefined, '每个类别至少要设名称、是否受理或默认等级之一'),
    )
    .min(1)
    .max(100)
    .refine((list) => new Set(list.map((c) => c.code)).size === list.length, '同一纠纷类别不能出现两次'),
});
export type DisputeCategoriesSection = z.infer<typeof disputeCategoriesSection>;

/** The category codes a pack body names that this program does not know (read before the schema, to say so plainly). */
export const unknownCategoriesOf = (body: unknown): string[] => {
  const list = (body as { sections?: { disputeCategories?: { categories?: unknown } } } | null)?.sections?.disputeCategories?.categories;
  if (!Array.isArray(list)) return [];
  return list.map((c) => (c as { code?: unknown } | null)?.code).filter((c): c is string => typeof c === 'string' && !isKnownCategory(c));
};

/** Every section a pack may carry, by key. Append new sections here (and to `packSections`). */
export const PACK_SECTIONS = {
  holidays: z.strictObject({ years: z.array(holidayYear).min(1).max(20) }),
  deadlineRules: z.strictObject({ rules: z.array(deadlineRule).min(1).max(50) }),
  committeeRules: committeeRulesSection,
  disputeCategories: disputeCategoriesSection,
} as const;
export type PackSectionKey = keyof typeof PACK_SECTIONS;
export const PACK_SECTION_LABELS: Record<PackSectionKey, string> = { holidays: '节假日安排', deadlineRules: '默认时限规则', committeeRules: '业委会审查清单与评议表', disputeCategories: '纠纷类别' };

/**
 * The sections that move a case's deadlines: the calendar and the default deadline rules.
 * Applying a pack without either (committee rules, dispute categories: a category's tier
 * applies to new cases only) recomputes nothing, which at a million cases saves a minute.
 */
export const DEADLINE_SECTIONS: readonly PackSectionKey[] = ['holidays', 'deadlineRules'];
export const movesDeadlines = (sections: readonly string[]): boolean => DEADLINE_SECTIONS.some((k) => sections.includes(k));

export const packSections = z
  .strictObject({
    holidays: PACK_SECTIONS.holidays.optional(),
    deadlineRules: PACK_SECTIONS.deadlineRules.optional(),
    committeeRules: PACK_SECTIONS.committeeRules.optional(),
    disputeCategories: PACK_SECTIONS.disputeCategories.optional(),
  })
  .refine((s) => Object.values(s).some((v) => v !== undefined), '政策包至少要有一个部分');
export type PackSections = z.infer<typeof packSections>;

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

/** The signed body. `city.code` is the first four digits of the city's division code. */
export const policyPackBody = z.strictObject({
  format: z.literal(POLICY_PACK_FORMAT),
  formatVersion: z.string().regex(/^1\.\d+$/),
  city: z.strictObject({ code: z.string().regex(/^\d{4}$/), name: z.string().max(100).optional() }),
  version: z.int().min(1).max(1_000_000),
  issuedAt: z.string().max(40),
  title: z.string().max(200),
  cityKeyFingerprint: hex64,
  sections: packSections,
});
export type PolicyPackBody = z.infer<typeof policyPackBody>;

/** The envelope's outer keys and the section keys a reader knows, to name what it does not. */
export const unknownSectionsOf = (body: unknown): string[] => {
  const sections = (body as { sections?: unknown } | null)?.sections;
  if (!sections || typeof sections !== 'object') return [];
  return Object.keys(sections).filter((k) => !(k in PACK_SECTIONS));
};

/** The city an office belongs to: the first four digits of its division code. */
export const cityCodeOf = (officeDivisionCode: string): string => officeDivisionCode.slice(0, 4);
