/**
 * The holiday file a person edits before the city signs a pack: JSON or CSV.
 *
 * JSON: one year `{ "year": 2027, "source": "…", "sample": true, "holidays": [{ "date":
 * "2027-01-01", "name": "元旦" }], "workdays": [{ "date": "2027-02-06", "name": "春节调休" }] }`,
 * a list of such years, or `{ "years": [...] }`; a date may be given as a bare string.
 *
 * CSV (UTF-8, a header line optional): `日期,类型,名称` with 类型 休 (放假) or 班 (调休上班);
 * `# 来源：…` and `# 示例` comment lines set the source and the sample mark.
 * Every problem names its line or field, in Chinese.
 */
import { z } from 'zod';
import { holidayYear, type HolidayYear } from './pack.schema';

export type SourceResult = { ok: true; years: HolidayYear[] } | { ok: false; problems: string[] };

const dayEntry = z.union([z.string(), z.looseObject({ date: z.string(), name: z.string().optional() })]);
const jsonYear = z.looseObject({
  year: z.int(),
  source: z.string().optional(),
  sample: z.boolean().optional(),
  holidays: z.array(dayEntry).default([]),
  workdays: z.array(dayEntry).default([]),
});

const entry = (d: z.infer<typeof dayEntry>, fallback: string) => (typeof d === 'string' ? { date: d, name: fallback } : { date: d.date, name: d.name ?? fallback });

function finish(raw: unknown[], where: (i: number) => string): SourceResult {
  const years: HolidayYear[] = [];
  const problems: string[] = [];
  raw.forEach((r, i) => {
    const parsed = holidayYear.safeParse(r);
    if (parsed.success) years.push(parsed.data);
    else for (const issue of parsed.error.issues) problems.push(`${where(i)}${issue.path.length ? ` ${issue.path.join('.')}` : ''}：${issue.message}`);
  });
  const seen = new Set<number>();
  for (const y of years) {
    if (seen.has(y.year)) problems.push(`${y.year} 年出现了两次，请合并成一份`);
    seen.add(y.year);
  }
  return problems.length ? { ok: false, problems } : { ok: true, years: years.sort((a, b) => a.year - b.year) };
}

function fromJson(text: string): SourceResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { ok: false, problems: ['不是有效的 JSON（请检查逗号、引号和括号）'] };
  }
  const list = Array.isArray(json) ? json : json && typeof json === 'object' && 'years' in json ? (json as { years: unknown }).years : [json];
  if (!Array.isArray(list)) return { ok: false, problems: ['「years」应为列表'] };
  const raw: unknown[] = [];
  const problems: string[] = [];
  list.forEach((y, i) => {
    const p = jsonYear.safeParse(y);
    if (!p.success) {
      problems.push(`第 ${i + 1} 个年份：缺少「year」或日期列表格式不对`);
      return;
    }
    raw.push({
      year: p.data.year,
      source: p.data.source ?? '',
      ...(p.data.sample ? { sample: true } : {}),
      holidays: p.data.holidays.map((d) => entry(d, '放假')),
      workdays: p.data.workdays.map((d) => entry(d, '调休上班')),
    });
  });
  if (problems.length) return { ok: false, problems };
  return finish(raw, (i) => `第 ${i + 1} 个年份`);
}

const OFF = new Set(['休', '放假', 'holiday', 'off']);
const ON = new Set(['班', '上班', '调休上班', 'workday', 'work']);

function fromCsv(text: string): SourceResult {
  const byYear = new Map<number, { year: number; source: string; sample?: true; holidays: { date: string; name: string }[]; workdays: { date: string; name: string }[] }>();
  let source = '';
  let sample = false;
  const problems: string[] = [];
  text.replace(/^\uFEFF/, '').split(/\r?\n/).forEach((line, i) => {
    const at = `第 ${i + 1} 行`;
    const t = line.trim();
    if (!t) return;
    if (t.startsWith('#')) {
      const c = t.slice(1).trim();
      const m = /^(来源|source)\s*[:：]\s*(.+)$/i.exec(c);
      if (m) source = m[2]!.trim();
      else if (/^(示例|sample)/i.test(c)) sample = true;
      return;
    }
    const [date = '', kind = '', name = ''] = t.split(',').map((c) => c.trim());
    if (i === 0 && !/^\d/.test(date)) return; // the header line
    const year = Number(date.slice(0, 4));
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return void problems.push(`${at}：日期「${date}」应为 YYYY-MM-DD`);
    const isOff = OFF.has(kind);
    if (!isOff && !ON.has(kind)) return void problems.push(`${at}：类型「${kind}」应为「休」或「班」`);
    const y = byYear.get(year) ?? { year, source: '', holidays: [], workdays: [] };
    byYear.set(year, y);
    (isOff ? y.holidays : y.workdays).push({ date, name: name || (isOff ? '放假' : '调休上班') });
  });
  if (problems.length) return { ok: false, problems };
  if (byYear.size === 0) return { ok: false, problems: ['文件里没有任何日期'] };
  const raw = [...byYear.values()].map((y) => ({ ...y, source, ...(sample ? { sample: true as const } : {}) }));
  return finish(raw, (i) => `${raw[i]!.year} 年`);
}

/** Parses a holiday source file; `name` decides the format by its extension (.csv, else JSON). */
export function parseHolidaySource(text: string, name: string): SourceResult {
  return /\.csv$/i.test(name) ? fromCsv(text) : fromJson(text);
}
