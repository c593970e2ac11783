import { DEFAULT_COMMITTEE_RULES, type CommitteeRules } from '#shared/domain/committees/committee-rules';
import type { CommitteeRulesView } from '#shared/domain/committees/committee-views';
import { DEFAULT_EVALUATION_RULE, DEFAULT_SCORING_SHEET, type EvaluationRule, type ScoringItem } from '#shared/domain/committees/evaluation-rules';
import { changedParts, staleRulesMessage, type StoredRulesValues } from '#shared/domain/committees/rules-history';
import { SHANGHAI_OFFSET_MS } from '#shared/domain/disputes/work-calendar';
import { DEFAULT_CHECKLIST, DEFAULT_DEPARTMENTS, type ChecklistItem } from '#shared/domain/committees/vetting';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { operatorNames, rulesVersions, storedRules } from './committees.repository';

/** An instant as China time to the minute (2026-11-25 14:00), for a sentence. */
const shanghaiMinute = (iso: string) => new Date(Date.parse(iso) + SHANGHAI_OFFSET_MS).toISOString().slice(0, 16).replace('T', ' ');

/** Everything the committee rules hold, as the services use them. */
export type ActiveCommitteeRules = CommitteeRules & EvaluationRule & { checklist: ChecklistItem[]; departments: string[]; scoringSheet: ScoringItem[] };

export type CommitteeRulesService = ReturnType<typeof createCommitteeRulesService>;

/** The built-in defaults (a city's policy pack may replace parts of them: `defaults` below). */
export const BUILT_IN_COMMITTEE_RULES: ActiveCommitteeRules = {
  ...DEFAULT_COMMITTEE_RULES, ...DEFAULT_EVALUATION_RULE, checklist: [...DEFAULT_CHECKLIST], departments: [...DEFAULT_DEPARTMENTS], scoringSheet: [...DEFAULT_SCORING_SHEET],
};

/**
 * The committee rules as data: the published defaults until the director edits them.
 * `defaults` gives the parts the city's policy packs in force set (electron/core/policy
 * fills it; this domain does not read that one's tables); they replace the built-in ones.
 */
export function createCommitteeRulesService(deps: ServiceDeps, defaults: (q: ServiceDeps['db'] | Tx) => Promise<Partial<ActiveCommitteeRules>> = async () => ({})) {
  const { db } = deps;

  async function active(q: typeof db | Tx = db): Promise<ActiveCommitteeRules & { edited: boolean; version: number }> {
    const row = await storedRules(q);
    if (!row) return { ...BUILT_IN_COMMITTEE_RULES, ...(await defaults(q)), edited: false, version: 0 };
    return {
      termYears: row.term_years,
      composition: { requiredPercent: row.required_percent, targetPercent: row.target_percent },
      publicationDays: row.publication_days,
      checklist: JSON.parse(row.checklist) as ChecklistItem[],
      departments: JSON.parse(row.departments) as string[],
      scoringSheet: JSON.parse(row.scoring_sheet) as ScoringItem[],
      passScore: row.pass_score,
      rectificationDays: row.rectification_days,
      edited: true,
      version: row.version,
    };
  }

  /** Every saved version, newest first, with who saved it and what it changed against the one before. */
  async function history(q: typeof db | Tx = db): Promise<CommitteeRulesView['history']> {
    const entries = await rulesVersions(q);
    const names = await operatorNames(q, [...new Set(entries.map((e) => e.actor))]);
    let before: StoredRulesValues | null = null;
    const out: CommitteeRulesView['history'] = [];
    for (const e of entries) {
      const after = JSON.parse(e.payload) as StoredRulesValues;
      out.push({ version: after.version, savedAt: e.at, savedBy: names.get(e.actor) ?? e.actor, changed: changedParts(before, after) });
      before = after;
    }
    return out.reverse();
  }

  return {
    /** The rules in force; pass the transaction's handle inside one. */
    active,
    async get(): Promise<CommitteeRulesView> {
      return { ...(await active()), history: await history() };
    },
    /** Replaces the rules; the required share may not exceed the target, keys and departments are unique. */
    async replace(input: ParsedInputOf<'committees:update-rules'>, actor: string): Promise<CommitteeRulesView> {
      if (input.composition.requiredPercent > input.composition.targetPercent) throw fieldError(['composition', 'requiredPercent'], '不能高于目标比例');
      const keys = new Set<string>();
      input.checklist.forEach((item, i) => {
        if (keys.has(item.key)) throw fieldError(['checklist', i, 'key'], '与前面的审查项重复');
        keys.add(item.key);
      });
      if (new Set(input.departments).size !== input.departments.length) throw fieldError(['departments'], '有重复的部门');
      if (new Set(input.scoringSheet.map((i) => i.key)).size !== input.scoringSheet.length) throw fieldError(['scoringSheet'], '有重复的评分项');
      await db.transaction().execute(async (trx) => {
        const office = await getOffice(trx);
        if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
        const at = nowIso(deps);
        const values = {
          term_years: input.termYears,
          required_percent: input.composition.requiredPercent,
          target_percent: input.composition.targetPercent,
          publication_days: input.publicationDays,
          checklist: JSON.stringify(input.checklist),
          departments: JSON.stringify(input.departments),
          scoring_sheet: JSON.stringify(input.scoringSheet),
          pass_score: input.passScore,
          rectification_days: input.rectificationDays,
        };
        const existing = await storedRules(trx);
        // Optimistic concurrency: an edit made on an older version than the one stored
        // (another director saved meanwhile) is refused, so neither save is lost unseen.
        if ((existing?.version ?? 0) !== input.version) {
          const latest = (await history(trx))[0];
          throw new AppError('conflict', staleRulesMessage(latest ? { ...latest, savedAt: shanghaiMinute(latest.savedAt) } : { version: 0, savedBy: '他人', savedAt: '刚才' }));
        }
        const meta = { at, actor, what: '业委会规则' };
        if (existing) await updateRecord(trx, 'committee_rules', existing.id, input.version, values, meta);
        else await insertRecord(trx, 'committee_rules', { ...newRecord(deps.ports.ids, office.id, at), ...values }, meta);
      });
      return { ...(await active()), history: await history() };
    },
  };
}
