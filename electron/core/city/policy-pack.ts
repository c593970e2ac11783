import { existsSync, readdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { deadlineRule } from '#shared/domain/disputes/deadlines';
import { parseHolidaySource } from '#shared/domain/policy/pack-source';
import { parseCategorySource } from '#shared/domain/policy/pack-categories-source';
import { POLICY_PACK_FORMAT, POLICY_PACK_FORMAT_VERSION, committeeRulesSection, policyPackBody, type DisputeCategoriesSection, type HolidayYear, type PolicyPackBody } from '#shared/domain/policy/pack.schema';
import { z } from 'zod';
import { AppError } from '../errors';
import { assertTargetDir, ensureDir, writeFileAtomic } from '../files/atomic-write';
import { readRegularFile } from '../files/bounded-read';
import { sealJson } from '../sync/signed-json';
import { cityPublicKeys, citySigningKey } from './city-keys';

/** Where the city keeps a copy of every pack it signed: the newest version issued is the one offices should have. */
export const ISSUED_DIR = 'policy-packs';
const ISSUED_NAME = /^v(\d+)\.pack\.json$/;
const SOURCE_LIMIT = 1 << 20;

/** The highest pack version the city has signed so far (0 before the first). */
export function latestIssuedVersion(cityDir: string): number {
  const dir = join(cityDir, ISSUED_DIR);
  if (!existsSync(dir)) return 0;
  return Math.max(0, ...readdirSync(dir).map((f) => Number(ISSUED_NAME.exec(f)?.[1] ?? 0)));
}

async function readSource(file: string): Promise<string> {
  try {
    return (await readRegularFile(file, SOURCE_LIMIT)).toString('utf8');
  } catch {
    throw new AppError('not-found', `无法读取「${file}」（须是不超过 1 MB 的普通文件）。`);
  }
}

async function readJson(file: string): Promise<unknown> {
  const text = await readSource(file);
  try {
    return JSON.parse(text);
  } catch {
    throw new AppError('invalid-input', `「${basename(file)}」不是有效的 JSON。`);
  }
}

export type PackOptions = {
  holidays: readonly string[];
  deadlineRules?: string;
  /** JSON: `{ checklist?, departments?, scoringSheet?, passScore?, rectificationDays? }` (the committees' defaults). */
  committeeRules?: string;
  /** JSON or CSV: per known category code, its label, whether intake offers it, its default tier (pack-categories-source.ts). */
  categories?: string;
  cityCode: string;
  cityName?: string;
  version?: number;
  title?: string;
  out: string;
  now: Date;
};

/**
 * `ledger city … policy-pack`: builds a pack from the files a person edited, signs it
 * with the city's signing key (the one every office trusts from city-public.json), writes
 * it to `out` and keeps a copy under `<city dir>/policy-packs/`.
 */
export async function makePolicyPack(cityDir: string, o: PackOptions) {
  if (!/^\d{4}$/.test(o.cityCode)) throw new AppError('invalid-input', '「--city」应为城市行政区划代码的前 4 位，例如 4212。');
  const years: HolidayYear[] = [];
  for (const file of o.holidays) {
    const parsed = parseHolidaySource(await readSource(file), file);
    if (!parsed.ok) throw new AppError('invalid-input', `「${basename(file)}」有问题：\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);
    years.push(...parsed.years);
  }
  let rules: z.infer<typeof deadlineRule>[] | undefined;
  if (o.deadlineRules) {
    const json = await readJson(o.deadlineRules);
    const r = z.array(deadlineRule).min(1).safeParse(Array.isArray(json) ? json : (json as { rules?: unknown })?.rules);
    if (!r.success) throw new AppError('invalid-input', `「${basename(o.deadlineRules)}」的时限规则不对：${r.error.issues[0]?.path.join('.')} ${r.error.issues[0]?.message}`);
    rules = r.data;
  }
  let committee: z.infer<typeof committeeRulesSection> | undefined;
  if (o.committeeRules) {
    const c = committeeRulesSection.safeParse(await readJson(o.committeeRules));
    if (!c.success) throw new AppError('invalid-input', `「${basename(o.committeeRules)}」的业委会规则不对：${c.error.issues[0]?.path.join('.')} ${c.error.issues[0]?.message}`);
    committee = c.data;
  }
  let categories: DisputeCategoriesSection | undefined;
  if (o.categories) {
    const parsed = parseCategorySource(await readSource(o.categories), o.categories);
    if (!parsed.ok) throw new AppError('invalid-input', `「${basename(o.categories)}」的纠纷类别有问题：\n${parsed.problems.map((p) => `  - ${p}`).join('\n')}`);
    categories = parsed.section;
  }
  if (years.length === 0 && !rules && !committee && !categories) throw new AppError('invalid-input', '政策包至少要有 --holidays、--deadline-rules、--committee-rules 或 --categories 之一。');
  const issued = latestIssuedVersion(cityDir);
  const version = o.version ?? issued + 1;
  if (version <= issued) throw new AppError('conflict', `版本 ${version} 不比已签发的版本 ${issued} 新：请用更大的 --pack-version，或省略它。`);
  const keys = cityPublicKeys(cityDir);
  const candidate: PolicyPackBody = {
    format: POLICY_PACK_FORMAT,
    formatVersion: POLICY_PACK_FORMAT_VERSION,
    city: { code: o.cityCode, ...(o.cityName ? { name: o.cityName } : {}) },
    version,
    issuedAt: o.now.toISOString(),
    title: o.title ?? `政策包第 ${version} 版`,
    cityKeyFingerprint: keys.signingKey.fingerprint,
    sections: {
      ...(years.length ? { holidays: { years: years.sort((a, b) => a.year - b.year) } } : {}),
      ...(rules ? { deadlineRules: { rules } } : {}),
      ...(committee ? { committeeRules: committee } : {}),
      ...(categories ? { disputeCategories: categories } : {}),
    },
  };
  const body = policyPackBody.safeParse(candidate);
  if (!body.success) throw new AppError('invalid-input', `政策包内容不对：${body.error.issues[0]?.path.join('.')} ${body.error.issues[0]?.message}`);
  const sealed = Buffer.from(sealJson(body.data, citySigningKey(cityDir)), 'utf8');
  assertTargetDir(dirname(o.out));
  ensureDir(join(cityDir, ISSUED_DIR));
  writeFileAtomic(join(cityDir, ISSUED_DIR, `v${version}.pack.json`), sealed);
  writeFileAtomic(o.out, sealed);
  return { file: o.out, version, years: years.map((y) => y.year), samples: years.filter((y) => y.sample).map((y) => y.year), rules: rules?.length ?? 0, committee: committee !== undefined, categories: categories?.categories.length ?? 0 };
}
