/**
 * The dispute-categories file a person edits before the city signs a pack: JSON or CSV.
 * Only the program's category codes may appear; each row sets any of the label, whether
 * intake offers the category, and its default tier, and a part left empty keeps what is
 * in force.
 *
 * JSON: `{ "categories": [{ "code": "parking", "label": "停车管理", "offered": true,
 * "tier": "medium" }] }` or the bare list; `tier` may be a code or 小事/中事/大事.
 *
 * CSV (UTF-8, header line optional): `代码,名称,受理,默认等级` with 受理 是/否 and
 * 默认等级 小事/中事/大事; `#` starts a comment line. Every problem names its line or item.
 */
import { z } from 'zod';
import { isKnownCategory } from '../disputes/category-rules';
import { DISPUTE_TIERS, TIER_LABELS, type DisputeTier } from '../disputes/disputes.schema';
import { disputeCategoriesSection, unknownCategoryMessage, type DisputeCategoriesSection } from './pack.schema';

export type CategorySourceResult = { ok: true; section: DisputeCategoriesSection } | { ok: false; problems: string[] };

const TIER_BY_WORD = new Map<string, DisputeTier>([...DISPUTE_TIERS.map((t) => [t, t] as const), ...DISPUTE_TIERS.map((t) => [TIER_LABELS[t], t] as const)]);
const YES = new Set(['是', '受理', 'true', 'yes', 'y', '1']);
const NO = new Set(['否', '停用', '不受理', 'false', 'no', 'n', '0']);

type Entry = { code: string; label?: string; offered?: boolean; tier?: string };

function finish(entries: Entry[], where: (i: number) => string): CategorySourceResult {
  const problems: string[] = [];
  const unknown = entries.map((e) => e.code).filter((c) => !isKnownCategory(c));
  if (unknown.length) problems.push(unknownCategoryMessage(unknown));
  const categories = entries.map((e, i) => {
    const tier = e.tier === undefined ? undefined : TIER_BY_WORD.get(e.tier);
    if (e.tier !== undefined && !tier) problems.push(`${where(i)}：默认等级「${e.tier}」应为小事、中事或大事`);
    return { code: e.code, ...(e.label !== undefined ? { label: e.label } : {}), ...(e.offered !== undefined ? { offered: e.offered } : {}), ...(tier ? { tier } : {}) };
  });
  if (problems.length) return { ok: false, problems };
  const parsed = disputeCategoriesSection.safeParse({ categories });
  if (!parsed.success) {
    return { ok: false, problems: parsed.error.issues.map((x) => (typeof x.path[1] === 'number' ? `${where(x.path[1])}：${x.message}` : x.message)) };
  }
  return { ok: true, section: parsed.data };
}

const jsonEntry = z.looseObject({ code: z.string(), label: z.string().optional(), offered: z.boolean().optional(), tier: z.string().optional() });

function fromJson(text: string): CategorySourceResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['不是有效的 JSON（请检查逗号、引号和括号）'] };
  }
  const list = Array.isArray(json) ? json : (json as { categories?: unknown } | null)?.categories;
  if (!Array.isArray(list)) return { ok: false, problems: ['应为类别的列表，或 { "categories": [...] }'] };
  const entries: Entry[] = [];
  const problems: string[] = [];
  list.forEach((raw, i) => {
    const e = jsonEntry.safeParse(raw);
    if (!e.success) return void problems.push(`第 ${i + 1} 个类别：缺少「code」，或 label、tier 不是文字、offered 不是 true/false`);
    entries.push({ code: e.data.code, label: e.data.label, offered: e.data.offered, tier: e.data.tier });
  });
  return problems.length ? { ok: false, problems } : finish(entries, (i) => `第 ${i + 1} 个类别`);
}

function fromCsv(text: string): CategorySourceResult {
  const entries: Entry[] = [];
  const lines: number[] = [];
  const problems: string[] = [];
  let seenRow = false;
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const t = line.trim();
    if (!t || t.startsWith('#')) return;
    const [code = '', label = '', offered = '', tier = ''] = t.split(',').map((c) => c.trim());
    // The header line: the first row whose first cell is not a code-like word.
    if (!seenRow && /^(代码|编码|code)$/i.test(code)) return void (seenRow = true);
    seenRow = true;
    const at = `第 ${i + 1} 行`;
    if (!code) return void problems.push(`${at}：缺少类别代码`);
    const o = offered.toLowerCase();
    if (offered && !YES.has(o) && !NO.has(o)) return void problems.push(`${at}：受理「${offered}」应为「是」或「否」`);
    entries.push({ code, ...(label ? { label } : {}), ...(offered ? { offered: YES.has(o) } : {}), ...(tier ? { tier } : {}) });
    lines.push(i + 1);
  });
  if (problems.length) return { ok: false, problems };
  if (entries.length === 0) return { ok: false, problems: ['文件里没有任何类别'] };
  return finish(entries, (n) => `第 ${lines[n]} 行`);
}

/** Parses a categories source file; `name` decides the format by its extension (.csv, else JSON). */
export function parseCategorySource(text: string, name: string): CategorySourceResult {
  return /\.csv$/i.test(name) ? fromCsv(text) : fromJson(text);
}
