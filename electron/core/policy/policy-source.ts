import { CHINA_WORK_CALENDAR, type WorkCalendar } from '#shared/domain/disputes/work-calendar';
import { inForceOf, type InForce } from '#shared/domain/policy/in-force';
import { packCalendar } from '#shared/domain/policy/pack-calendar';
import { policyPackBody, type PolicyPackBody } from '#shared/domain/policy/pack.schema';
import type { DeadlinePolicySource } from '../disputes/deadline-rules.service';
import type { CategoryPolicySource } from '../disputes/category-rules.service';
import type { Db, Tx } from '../db/schema';
import { AppError } from '../errors';
import * as repo from './policy.repository';

/** `q`: the handle to read with; inside a transaction it must be the transaction's (one connection: reading on `db` there would wait forever). */
export type PolicySource = DeadlinePolicySource & CategoryPolicySource & { inForce(q?: Db | Tx): Promise<InForce>; committeeDefaults(q?: Db | Tx): Promise<InForce['committeeRules']> };

/** A stored body, checked again as it is read: the row was verified when applied, and a hand edit must not pass silently. */
export function storedBody(text: string, version: number): PolicyPackBody {
  const parsed = policyPackBody.safeParse(JSON.parse(text));
  if (!parsed.success) throw new AppError('internal', `已应用的政策包（版本 ${version}）内容无法识别，请运行 ledger check 并重新导入该政策包。`);
  return parsed.data;
}

/**
 * What the packs in force say, for the disputes domain (calendar, default deadline
 * rules, the categories' labels, intake and tiers) and the policy screen. Read on every call because the CLI may apply a pack
 * beside a running app; the fold is cached by (count, newest version) so a list
 * request costs one small aggregate query.
 */
export function createPolicySource(db: Db): PolicySource {
  let cached: { key: string; inForce: InForce; calendar: WorkCalendar } | null = null;
  async function current(q: Db | Tx = db) {
    const key = await repo.packsKey(q);
    if (cached?.key !== key) {
      const rows = await repo.appliedPacks(q);
      const inForce = inForceOf(rows.map((r) => storedBody(r.body, r.pack_version)));
      cached = { key, inForce, calendar: packCalendar(inForce.years, CHINA_WORK_CALENDAR) };
    }
    return cached;
  }
  return {
    calendar: async () => (await current()).calendar,
    defaultRules: async () => (await current()).inForce.deadlineRules,
    inForce: async (q) => (await current(q)).inForce,
    committeeDefaults: async (q) => (await current(q)).inForce.committeeRules,
    categoryDefaults: async () => (await current()).inForce.disputeCategories,
  };
}
