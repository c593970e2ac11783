import { DEFAULT_DEADLINE_RULES, computeDeadlines, duplicateRuleProblems, parseRuleWhenKey, ruleWhenKey, type DeadlineRule } from '#shared/domain/disputes/deadlines';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, tombstoneRecord } from '../db/record-store';
import { AppError, fieldError } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { deadlineFacts, derivedDues, duesChanged } from './dispute-facts';
import * as repo from './disputes.repository';
import type { Tx } from '../db/schema';
import { CHINA_WORK_CALENDAR, type WorkCalendar } from '#shared/domain/disputes/work-calendar';

export type DeadlineRulesService = ReturnType<typeof createDeadlineRulesService>;

/**
 * What the city's policy packs in force say about deadlines (electron/core/policy
 * implements it; disputes does not read that domain's tables): the working-day
 * calendar, and default rules that replace the built-in ones until the director edits.
 */
export type DeadlinePolicySource = { calendar(): Promise<WorkCalendar>; defaultRules(): Promise<DeadlineRule[] | null> };

const BUILT_IN: DeadlinePolicySource = { calendar: async () => CHINA_WORK_CALENDAR, defaultRules: async () => null };

/** Cases per transaction when a whole ledger's deadlines are recomputed (a clerk's write waits at most one batch). */
export const RECOMPUTE_BATCH = 5_000;

/** The office's deadline rules: the published defaults until the director edits them. */
export function createDeadlineRulesService(deps: ServiceDeps, policy: DeadlinePolicySource = BUILT_IN) {
  const { db } = deps;
  // No cache: the table holds a handful of rows, and the CLI may edit it beside a running app.
  async function load(): Promise<{ rules: DeadlineRule[]; edited: boolean }> {
    const rows = await repo.liveRules(db);
    const parsed = rows.map((r) => {
      const when = parseRuleWhenKey(r.applies_to);
      if (!when) throw new AppError('internal', `时限规则「${r.kind}」的适用条件无法识别，请在规则设置中重新保存。`);
      return { kind: r.kind, when, amount: r.amount, unit: r.unit, metBy: r.met_by, ...(r.clock_from ? { from: r.clock_from } : {}) } as DeadlineRule;
    });
    if (parsed.length > 0) return { rules: parsed, edited: true };
    return { rules: (await policy.defaultRules()) ?? [...DEFAULT_DEADLINE_RULES], edited: false };
  }

  return {
    active: async () => (await load()).rules,
    get: load,
    /** The working-day calendar in force: imported pack years first, then chinese-days. */
    calendar: () => policy.calendar(),

    /**
     * Recomputes the derived due columns of every case with clocks under the rules and
     * calendar in force, `RECOMPUTE_BATCH` cases per transaction in rowid order from
     * `afterRowid`. `onBatch` runs inside each batch's transaction (a caller records
     * its progress there, so a kill resumes where the last commit left off).
     */
    /** How many cases `recomputeAll` walks (for a progress bar). */
    countWithClocks: () => repo.countCasesWithClocks(db),

    async recomputeAll(opts: { afterRowid?: number; onBatch?: (trx: Tx, lastRowid: number, done: number, changed: number) => Promise<void>; batch?: number } = {}) {
      const [active, calendar] = [(await load()).rules, await policy.calendar()];
      const batch = opts.batch ?? RECOMPUTE_BATCH;
      let after = opts.afterRowid ?? 0;
      let [done, changed] = [0, 0];
      for (;;) {
        const finished = await db.transaction().execute(async (trx) => {
          const now = deps.ports.clock.now();
          const rows = await repo.casesWithClocksAfter(trx, after, batch);
          for (const d of rows) {
            const dues = derivedDues(d, active, now, calendar);
            if (duesChanged(d, dues)) {
              await repo.setDerivedDues(trx, d.id, dues);
              changed++;
            }
          }
          done += rows.length;
          if (rows.length > 0) after = rows[rows.length - 1]!.rowid;
          await opts.onBatch?.(trx, after, done, changed);
          return rows.length < batch;
        });
        if (finished) return { done, changed };
        // Let the screen's progress polls and other callers in between two batches.
        await new Promise((resolve) => setImmediate(resolve));
      }
    },

    /**
     * Fills the per-step due columns of cases written before they existed (run when
     * the ledger opens; a no-op afterwards, since every write keeps them). Returns how many.
     */
    async fillMissingStepDues(): Promise<number> {
      // Read first: opening an up-to-date ledger takes no write lock and no clock reading.
      if ((await repo.casesMissingStepDues(db, 1)).length === 0) return 0;
      const [active, calendar] = [(await load()).rules, await policy.calendar()];
      return db.transaction().execute(async (trx) => {
        const now = deps.ports.clock.now();
        const stale = await repo.casesMissingStepDues(trx);
        for (const d of stale) await repo.setDerivedDues(trx, d.id, derivedDues(d, active, now, calendar));
        return stale.length;
      });
    },

    /** Replaces every rule (each change logged) and recomputes open cases' nearest deadline. */
    async replace(input: ParsedInputOf<'disputes:update-rules'>, actor: string) {
      const [duplicate] = duplicateRuleProblems(input.rules);
      if (duplicate) throw fieldError(['rules', duplicate.index], duplicate.message);
      // Read before the transaction (one connection): what each case's deadlines were under the old rules.
      const [before, calendar] = [(await load()).rules, await policy.calendar()];
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
          JSON.stringify(computeDeadlines(deadlineFacts(d), r, now, calendar).map((x) => [x.kind, x.dueAt, x.status]));
        let moved = 0;
        for (const d of await repo.casesWithClocks(trx)) {
          const dues = derivedDues(d, rules, now, calendar);
          if (duesChanged(d, dues)) await repo.setDerivedDues(trx, d.id, dues);
          if (dueTimes(d, before) !== dueTimes(d, rules)) moved++;
        }
        return moved;
      });
      return { ...(await load()), recomputed };
    },
  };
}
