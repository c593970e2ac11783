/**
 * What the packs applied so far put in force, and what a new pack would change. A
 * later pack replaces an earlier one section by section (and the holiday calendar
 * year by year): a pack that carries only 2028's holidays leaves 2027's in force.
 */
import { categoriesInForce, categoryChangeLines, isKnownCategory, type CategoryInForce, type CategoryOverrides } from '../disputes/category-rules';
import type { DeadlineRule } from '../disputes/deadlines';
import { DEADLINE_UNIT_LABELS, ruleWhenKey } from '../disputes/deadlines';
import { DEADLINE_KIND_LABELS, SOURCE_LABELS, STATUS_LABELS, TIER_LABELS } from '../disputes/disputes.schema';
import type { HolidayYear, PackSectionKey, PolicyPackBody } from './pack.schema';
import { PACK_SECTION_LABELS } from './pack.schema';

export type InForce = {
  /** The newest version applied, 0 before any. */
  version: number;
  years: HolidayYear[];
  deadlineRules: DeadlineRule[] | null;
  /** The committees' defaults, part by part from the latest pack that carries each. */
  committeeRules: CommitteeRulesDefaults;
  /** The city's category settings, code by code and part by part from the latest pack that sets each. */
  disputeCategories: CategoryOverrides;
};

export type CommitteeRulesDefaults = Partial<NonNullable<PolicyPackBody['sections']['committeeRules']>>;

/** Folds the applied packs (any order) into what is in force. */
export function inForceOf(packs: readonly PolicyPackBody[]): InForce {
  const sorted = [...packs].sort((a, b) => a.version - b.version);
  const years = new Map<number, HolidayYear>();
  let deadlineRules: DeadlineRule[] | null = null;
  let committeeRules: CommitteeRulesDefaults = {};
  let disputeCategories: CategoryOverrides = {};
  for (const p of sorted) {
    for (const y of p.sections.holidays?.years ?? []) years.set(y.year, y);
    if (p.sections.deadlineRules) deadlineRules = p.sections.deadlineRules.rules as DeadlineRule[];
    const c = p.sections.committeeRules;
    if (c) committeeRules = { ...committeeRules, ...definedParts(c) };
    if (p.sections.disputeCategories) disputeCategories = mergeCategories(disputeCategories, p.sections.disputeCategories.categories);
  }
  return { version: sorted.at(-1)?.version ?? 0, years: [...years.values()].sort((a, b) => a.year - b.year), deadlineRules, committeeRules, disputeCategories };
}

const definedParts = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/** A pack's category entries over the settings in force: a code it leaves out, or a part of one, keeps what was set. */
function mergeCategories(before: CategoryOverrides, entries: NonNullable<PolicyPackBody['sections']['disputeCategories']>['categories']): CategoryOverrides {
  const out: CategoryOverrides = { ...before };
  for (const { code, ...parts } of entries) {
    // The schema refuses unknown codes; a stored body is parsed by it too.
    if (isKnownCategory(code)) out[code] = { ...out[code], ...definedParts(parts) };
  }
  return out;
}

export type PackChange = { section: PackSectionKey; label: string; lines: string[] };

const days = (list: readonly { date: string }[]) => new Set(list.map((d) => d.date));
const shortDate = (d: string) => `${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日`;

function yearLines(before: HolidayYear | undefined, after: HolidayYear): string[] {
  const tag = after.sample ? '（示例，非正式公布的安排）' : '';
  if (!before) {
    return [`${after.year} 年：新增节假日安排${tag}，放假 ${after.holidays.length} 天、调休上班 ${after.workdays.length} 天`];
  }
  const lines: string[] = [];
  const diff = (label: string, a: Set<string>, b: Set<string>) => {
    const added = [...b].filter((d) => !a.has(d)).sort();
    const removed = [...a].filter((d) => !b.has(d)).sort();
    if (added.length) lines.push(`${after.year} 年${label}增加：${added.map(shortDate).join('、')}`);
    if (removed.length) lines.push(`${after.year} 年${label}取消：${removed.map(shortDate).join('、')}`);
  };
  diff('放假', days(before.holidays), days(after.holidays));
  diff('调休上班', days(before.workdays), days(after.workdays));
  return lines.length ? lines.map((l) => l + tag) : [`${after.year} 年：与现行安排相同`];
}

const whenText = (r: DeadlineRule) =>
  [r.when.tier && TIER_LABELS[r.when.tier], r.when.source && SOURCE_LABELS[r.when.source], r.when.status && STATUS_LABELS[r.when.status]].filter(Boolean).join('、') || ruleWhenKey(r.when);
const ruleText = (r: DeadlineRule) => `${DEADLINE_KIND_LABELS[r.kind]}（${whenText(r)}）${r.amount} 个${DEADLINE_UNIT_LABELS[r.unit]}`;

const listChange = (what: string, before: readonly { key: string; label: string }[], after: readonly { key: string; label: string }[]) => {
  const had = new Map(before.map((i) => [i.key, i.label]));
  const has = new Map(after.map((i) => [i.key, i.label]));
  return [
    ...after.filter((i) => !had.has(i.key)).map((i) => `${what}增加：${i.label}`),
    ...before.filter((i) => !has.has(i.key)).map((i) => `${what}删除：${i.label}`),
    ...after.filter((i) => had.has(i.key) && had.get(i.key) !== i.label).map((i) => `${what}改为：${i.label}`),
  ];
};

/** What a committees section changes against the rules it would replace (`before`: the defaults in force). */
function committeeLines(before: Required<CommitteeRulesDefaults>, c: CommitteeRulesDefaults): string[] {
  const lines: string[] = [];
  if (c.checklist) lines.push(...listChange('审查项', before.checklist, c.checklist));
  if (c.scoringSheet) lines.push(...listChange('评分项', before.scoringSheet, c.scoringSheet));
  if (c.departments) {
    const added = c.departments.filter((d) => !before.departments.includes(d));
    const removed = before.departments.filter((d) => !c.departments!.includes(d));
    if (added.length) lines.push(`联审部门增加：${added.join('、')}`);
    if (removed.length) lines.push(`联审部门删除：${removed.join('、')}`);
  }
  if (c.passScore !== undefined && c.passScore !== before.passScore) lines.push(`评议合格分：${before.passScore} → ${c.passScore}`);
  if (c.rectificationDays !== undefined && c.rectificationDays !== before.rectificationDays) lines.push(`整改期限（天）：${before.rectificationDays} → ${c.rectificationDays}`);
  return lines.length ? lines : ['与现行默认规则相同'];
}

/**
 * What applying `pack` over `current` changes, section by section, in plain Chinese.
 * `committeeBefore` is the committees' defaults in force now (built-in ones overlaid by packs).
 */
export function packChanges(current: InForce, pack: PolicyPackBody, committeeBefore?: Required<CommitteeRulesDefaults>): PackChange[] {
  return [...otherChanges(current, pack, committeeBefore), ...categoryChanges(current, pack)];
}

/**
 * The categories section against the city's settings in force (built-in labels and tiers
 * under them). The office's own tier table is left out on both sides: the preview says
 * what the city changes; the service adds a note when the office's table keeps its tiers.
 */
function categoryChanges(current: InForce, pack: PolicyPackBody): PackChange[] {
  const section = pack.sections.disputeCategories;
  if (!section) return [];
  const before: CategoryInForce[] = categoriesInForce(current.disputeCategories);
  const after = categoriesInForce(mergeCategories(current.disputeCategories, section.categories));
  const lines = categoryChangeLines(before, after);
  return [{ section: 'disputeCategories', label: PACK_SECTION_LABELS.disputeCategories, lines: lines.length ? lines : ['与现行纠纷类别相同'] }];
}

function otherChanges(current: InForce, pack: PolicyPackBody, committeeBefore?: Required<CommitteeRulesDefaults>): PackChange[] {
  const out: PackChange[] = [];
  const h = pack.sections.holidays;
  if (h) {
    const byYear = new Map(current.years.map((y) => [y.year, y]));
    out.push({ section: 'holidays', label: PACK_SECTION_LABELS.holidays, lines: h.years.flatMap((y) => yearLines(byYear.get(y.year), y)) });
  }
  const d = pack.sections.deadlineRules;
  if (d) {
    const before = new Set((current.deadlineRules ?? []).map(ruleText));
    const after = (d.rules as DeadlineRule[]).map(ruleText);
    const lines = [...after.filter((t) => !before.has(t)).map((t) => `新：${t}`), ...[...before].filter((t) => !after.includes(t)).map((t) => `不再适用：${t}`)];
    out.push({ section: 'deadlineRules', label: PACK_SECTION_LABELS.deadlineRules, lines: lines.length ? lines : ['与现行默认规则相同'] });
  }
  const c = pack.sections.committeeRules;
  if (c && committeeBefore) out.push({ section: 'committeeRules', label: PACK_SECTION_LABELS.committeeRules, lines: committeeLines(committeeBefore, c) });
  return out;
}
