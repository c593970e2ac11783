import { DEFAULT_DEADLINE_RULES, computeDeadlines, duplicateRuleProblems, parseRuleWhenKey, ruleWhenKey, type DeadlineRule } from '#shared/domain/disputes/deadlines';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, tombstoneRecord } from '../db/record-store';
import { AppError, fieldError } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { deadlineFacts, derivedDues, duesChanged } from './dispute-facts';
import * as repo from './disputes.repository';

export type DeadlineRulesService = ReturnType<typeof createDeadlineRulesService>;

/** The office's deadline rules: the published defaults until the director edits them. */
export function createDeadlineRulesService(deps: ServiceDeps) {
  const { db } = deps;
  // No cache: the table holds a handful of rows, and the CLI may edit it beside a running app.
  async function load(): Promise<{ rules: DeadlineRule[]; edited: boolean }> {
    const rows = await repo.liveRules(db);
    const parsed = rows.map((r) => {
      const when = parseRuleWhenKey(r.applies_to);
      if (!when) throw new AppError('internal', `时限规则「${r.kind}」的适用条件无法识别，请在规则设置中重新保存。`);
      return { kind: r.kind, when, amount: r.amount, unit: r.unit, metBy: r.met_by, ...(r.clock_from ? { from: r.clock_from } : {}) } as DeadlineRule;
    });
    return parsed.length > 0 ? { rules: parsed, edited: true } : { rules: [...DEFAULT_DEADLINE_RULES], edited: false };
  }

  return {
    active: async () => (await load()).rules,
    get: load,

    /**
     * Fills the per-step due columns of cases written before they existed (run when
     * the ledger opens; a no-op afterwards, since every write keeps them). Returns how many.
     */
    async fillMissingStepDues(): Promise<number> {
      // Read first: opening an up-to-date ledger takes no write lock and no clock reading.
      if ((await repo.casesMissingStepDues(db, 1)).length === 0) return 0;
      const active = (await load()).rules;
      return db.transaction().execute(async (trx) => {
        const now = deps.ports.clock.now();
        const stale = await repo.casesMissingStepDues(trx);
        for (const d of stale) await repo.setDerivedDues(trx, d.id, derivedDues(d, active, now));
        return stale.length;
      });
    },

    /** Replaces every rule (each change logged) and recomputes open cases' nearest deadline. */
    async replace(input: ParsedInputOf<'disputes:update-rules'>, actor: string) {
      const [duplicate] = duplicateRuleProblems(input.rules);
      if (duplicate) throw fieldError(['rules', duplicate.index], duplicate.message);
      // Read before the transaction (one connection): what each case's deadlines were under the old rules.
      const before = (await load()).rules;
      const recomputed = await db.transaction().execute(async (trx) => {
        const office = await getOffice(trx);
        if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
        const at = nowIso(deps);
        const meta = { at, actor, what: '时限规则' };
        for (const old of await repo.liveRules(trx)) await tombstoneRecord(trx, 'deadline_rules', old.id, old.version, meta);
        for (const r of input.rules) {
          await insertRecord(
            trx,
            'deadline_rules',
            { ...newRecord(deps.ports.ids, office.id, at), kind: r.kind, applies_to: ruleWhenKey(r.when), amount: r.amount, unit: r.unit, met_by: r.metBy, clock_from: r.from ?? null },
            meta,
          );
        }
        const now = deps.ports.clock.now();
        const rules = input.rules as DeadlineRule[];
        // A case counts when any of its deadlines moved (a met one too: 已完成 may turn 逾期办结),
        // not only when its stored nearest unmet due time changed.
        const dueTimes = (d: Parameters<typeof deadlineFacts>[0], r: readonly DeadlineRule[]) =>
          JSON.stringify(computeDeadlines(deadlineFacts(d), r, now).map((x) => [x.kind, x.dueAt, x.status]));
        let moved = 0;
        for (const d of await repo.casesWithClocks(trx)) {
          const dues = derivedDues(d, rules, now);
          if (duesChanged(d, dues)) await repo.setDerivedDues(trx, d.id, dues);
          if (dueTimes(d, before) !== dueTimes(d, rules)) moved++;
        }
        return moved;
      });
      return { ...(await load()), recomputed };
    },
  };
}
