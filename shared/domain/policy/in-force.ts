/**
 * What the packs applied so far put in force, and what a new pack would change. A
 * later pack replaces an earlier one section by section (and the holiday calendar
 * year by year): a pack that carries only 2028's holidays leaves 2027's in force.
 */
import type { DeadlineRule } from '../disputes/deadlines';
import { DEADLINE_UNIT_LABELS, ruleWhenKey } from '../disputes/deadlines';
import { DEADLINE_KIND_LABELS } from '../disputes/disputes.schema';
import type { HolidayYear, PackSectionKey, PolicyPackBody } from './pack.schema';
import { PACK_SECTION_LABELS } from './pack.schema';

export type InForce = {
  /** The newest version applied, 0 before any. */
  version: number;
  years: HolidayYear[];
  deadlineRules: DeadlineRule[] | null;
};

/** Folds the applied packs (any order) into what is in force. */
export function inForceOf(packs: readonly PolicyPackBody[]): InForce {
  const sorted = [...packs].sort((a, b) => a.version - b.version);
  const years = new Map<number, HolidayYear>();
  let deadlineRules: DeadlineRule[] | null = null;
  for (const p of sorted) {
    for (const y of p.sections.holidays?.years ?? []) years.set(y.year, y);
    if (p.sections.deadlineRules) deadlineRules = p.sections.deadlineRules.rules as DeadlineRule[];
  }
  return { version: sorted.at(-1)?.version ?? 0, years: [...years.values()].sort((a, b) => a.year - b.year), deadlineRules };
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

const ruleText = (r: DeadlineRule) => `${DEADLINE_KIND_LABELS[r.kind]}（${ruleWhenKey(r.when)}）${r.amount} 个${DEADLINE_UNIT_LABELS[r.unit]}`;

/** What applying `pack` over `current` changes, section by section, in plain Chinese. */
export function packChanges(current: InForce, pack: PolicyPackBody): PackChange[] {
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
  return out;
}
