import type { Role } from '#shared/domain/auth/roles';
import { checkCorrection } from '#shared/domain/disputes/corrections';
import { checkCaseAction, checkPartyDetailsEdit, type ActionCheck, type CaseAction, type ReferKind } from '#shared/domain/disputes/case-actions';
import { checkEscalation, checkTransition, isPreOutcome, type TransitionCheck } from '#shared/domain/disputes/dispute-lifecycle';
import { supersededByEscalation, type DeadlineRule } from '#shared/domain/disputes/deadlines';
import type { WorkCalendar } from '#shared/domain/disputes/work-calendar';
import { chooseTier } from '#shared/domain/disputes/tier-rules';
import { BUILT_IN_CATEGORIES, categoryLabelsOf, retiredCategoryProblem, tierTableOf } from '#shared/domain/disputes/category-rules';
import type { DisputeStatus } from '#shared/domain/disputes/disputes.schema';
import { partyDetailsProblems } from '#shared/domain/disputes/party-details';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, invalidFields, notFound, staleVersion } from '../errors';
import { nowIso, type ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import type { CategoryRulesService } from './category-rules.service';
import { applyCorrection } from './dispute-correction';
import { readDetail } from './dispute-detail';
import { caseState, deadlineFacts, derivedDues, readSuperseded, transitionFacts } from './dispute-facts';
import type { DisputePatch } from './disputes.table';
import * as repo from './disputes.repository';
import { detailColumns } from './party-record';
import type { PhoneHasher } from './phone-lookup';
import { refreshPhoneLookup } from './phone-lookup.queries';
import { refreshSearch } from './search-refresh';

type Patch = DisputePatch;
type Step = { patch: Patch; reindex?: boolean };
// `rules` are the deadline rules read before the transaction: inside it, the one
// connection belongs to the transaction, so a read through `db` would wait forever.
type Ctx = { d: repo.DisputeRecord; at: string; trx: Tx; rules: DeadlineRule[]; calendar: WorkCalendar; child: (table: 'dispute_sessions' | 'dispute_evidence' | 'dispute_escalations', row: Record<string, unknown>) => Promise<unknown> };

/**
 * A time the clerk typed for a step: not in the future, and not before the moment
 * it must follow (receipt, the outcome). Refused with the field named.
 */
function checkTime(path: string[], value: string, rule: { after: string | null; afterWhat: string; now: string }) {
  if (Date.parse(value) > Date.parse(rule.now)) throw fieldError(path, '不能晚于当前时间');
  // Forms take times to the minute: feedback typed for 14:05 follows an outcome saved at 14:05:30.
  const after = rule.after ? Math.floor(Date.parse(rule.after) / 60_000) * 60_000 : null;
  if (after !== null && Date.parse(value) < after) throw fieldError(path, `不能早于${rule.afterWhat}`);
}

const guard = (check: TransitionCheck | ActionCheck) => {
  if (!check.ok) throw new AppError('forbidden-transition', check.message);
};

/** Which case action a status change is (a move to 调解中 is guarded by the lifecycle alone). */
const TRANSITION_ACTION: Record<ParsedInputOf<'disputes:transition'>['to'], CaseAction | null> = {
  mediating: null,
  closed: 'close',
  rejected: 'reject',
  withdrawn: 'withdraw',
};

/** Case work after intake: assignment, sessions, evidence, outcome, referrals, feedback, closing, escalation. */
export type DisputeWorkflowService = ReturnType<typeof createDisputeWorkflowService>;

export function createDisputeWorkflowService(deps: ServiceDeps, rules: DeadlineRulesService, phoneHash?: PhoneHasher, categories?: CategoryRulesService) {
  const { db } = deps;
  const categoriesOf = async () => (categories ? categories.list() : [...BUILT_IN_CATEGORIES]);

  /**
   * One step on one case, in one transaction: the optimistic version check, the
   * case-action rule shared with the case page (`checkCaseAction`), the step's own
   * checks and child records, the recomputed nearest deadline, the
   * change log, and the search entry when searchable text changed.
   */
  async function step(action: CaseAction | null, id: string, version: number, actor: string, fn: (ctx: Ctx) => Promise<Step>, referKind?: ReferKind) {
    const [activeRules, calendar] = [await rules.active(), await rules.calendar()];
    await db.transaction().execute(async (trx) => {
      const d = await repo.findDispute(trx, id);
      if (!d) throw notFound('纠纷案件');
      if (d.version !== version) throw staleVersion('纠纷案件');
      if (action) guard(checkCaseAction(action, caseState(d), referKind));
      const at = nowIso(deps);
      const child: Ctx['child'] = (table, row) =>
        insertRecord(trx, table, { ...newRecord(deps.ports.ids, d.office_id, at), dispute_id: d.id, ...row } as never, { at, actor, what: '纠纷记录' });
      const { patch, reindex } = await fn({ d, at, trx, rules: activeRules, calendar, child });
      const merged = { ...d, ...patch } as repo.DisputeRecord;
      Object.assign(patch, derivedDues(merged, activeRules, deps.ports.clock.now(), calendar));
      await updateRecord(trx, 'disputes', id, version, patch, { at, actor, what: '纠纷案件' });
      if (reindex) await refreshSearch(trx, id, true);
    });
    return readDetail(db, id, activeRules, deps.ports.clock.now(), deps.fields, calendar);
  }

  const move = (d: repo.DisputeRecord, to: DisputeStatus, extra: Patch = {}, reason?: string | null) => {
    guard(checkTransition(d.status, to, transitionFacts({ ...d, ...extra } as repo.DisputeRecord, reason)));
    return { ...extra, status: to };
  };

  return {
    updateIntake: async (i: ParsedInputOf<'disputes:update-intake'>, actor: string) => {
      // Read before the step's transaction (one connection); checked only if the category changes.
      const cats = await categoriesOf();
      return step('edit-intake', i.id, i.version, actor, async ({ d, trx }) => {
        const estate = await repo.companyOfEstate(trx, i.estateId);
        if (!estate.exists) throw fieldError(['estateId'], '该小区不存在或已删除，请重新选择');
        const patch: Patch = { category: i.category, description: i.description, estate_id: i.estateId };
        if (i.category !== d.category) {
          // A case may keep a retired category, but not be moved to one.
          const retired = retiredCategoryProblem(i.category, cats);
          if (retired) throw fieldError(['category'], retired);
          // The tier follows the new category's suggestion unless the clerk keeps or picks
          // another one with a reason, exactly as at intake.
          const tier = chooseTier(i.category, i.tier, i.tierReason, tierTableOf(cats), categoryLabelsOf(cats));
          if (!tier.ok) throw fieldError(['tierReason'], tier.message);
          Object.assign(patch, { tier: tier.tier, suggested_tier: tier.suggested, tier_reason: tier.overridden ? i.tierReason : null });
        }
        return { patch, reindex: true };
      });
    },

    /** 更正登记信息: who may is the shared rule (corrections.ts), checked on the stored row. */
    correct: async (i: ParsedInputOf<'disputes:correct-case'>, actor: string, role: Role | 'system') => {
      const cats = await categoriesOf();
      return step(null, i.id, i.version, actor, async ({ d, at, trx }) => {
        guard(checkCorrection(caseState(d), role));
        const patch = await applyCorrection({ trx, d, at, actor, ids: deps.ports.ids, fields: deps.fields, tiers: tierTableOf(cats), labels: categoryLabelsOf(cats) }, i);
        // A corrected phone is found by its new number (the lookup is by keyed hash; the column is sealed).
        if (phoneHash) await refreshPhoneLookup(trx, d.id, phoneHash, deps.fields);
        return { patch, reindex: true };
      });
    },

    updateParty: (i: ParsedInputOf<'disputes:update-party'>, actor: string) =>
      step(null, i.id, i.version, actor, async ({ d, at, trx }) => {
        guard(checkPartyDetailsEdit(caseState(d)));
        const found = await repo.findParty(trx, i.partyId);
        if (!found || found.dispute_id !== d.id) throw notFound('当事人');
        const party = await deps.fields.open('dispute_parties', found);
        const { gender, birthDate, ethnicity, occupation, residence, representative } = i;
        const details = { gender, birthDate, ethnicity, occupation, residence, representative };
        // The party's kind and ID number are stored, not sent: the same rule as at intake, against them.
        const issues = partyDetailsProblems(party.kind, party.id_number, details, shanghaiDate(at));
        if (issues.length > 0) throw invalidFields(issues.map((x) => ({ path: [x.field], message: x.message })));
        await updateRecord(trx, 'dispute_parties', party.id, party.version, detailColumns(details), { at, actor, what: '当事人' });
        return { patch: {} };
      }),

    assign: (i: ParsedInputOf<'disputes:assign'>, actor: string) =>
      step('assign', i.id, i.version, actor, async ({ d, at, trx }) => {
        const staff = await repo.liveStaff(trx, i.mediatorId);
        if (!staff) throw fieldError(['mediatorId'], '该工作人员不存在或已删除，请重新选择');
        const extra = { mediator_id: i.mediatorId, assigned_at: d.assigned_at ?? at };
        // Re-assigning a case already in hand changes the mediator without moving it back.
        return { patch: d.status === 'registered' ? move(d, 'assigned', extra) : isPreOutcome(d.status) ? extra : move(d, 'assigned', extra) };
      }),

    recordSession: (i: ParsedInputOf<'disputes:record-session'>, actor: string) =>
      step('session', i.id, i.version, actor, async ({ d, at, child }) => {
        // A session before receipt or in the future would mark deadlines met that were not.
        checkTime(['heldAt'], i.heldAt, { after: d.received_at, afterWhat: '受理时间', now: at });
        await child('dispute_sessions', { held_at: i.heldAt, place: i.place, attendees: i.attendees, mediator_id: i.mediatorId ?? d.mediator_id, notes: i.notes });
        const first = d.first_session_at === null || i.heldAt < d.first_session_at ? i.heldAt : d.first_session_at;
        const patch: Patch = { first_session_at: first };
        return { patch: d.status === 'assigned' ? move(d, 'mediating', patch) : patch, reindex: true };
      }),

    addEvidence: (i: ParsedInputOf<'disputes:add-evidence'>, actor: string) =>
      step('evidence', i.id, i.version, actor, async ({ child }) => {
        await child('dispute_evidence', { name: i.name, provided_by: i.providedBy, received_at: i.receivedAt, notes: i.notes });
        return { patch: {}, reindex: true };
      }),

    recordOutcome: (i: ParsedInputOf<'disputes:record-outcome'>, actor: string) =>
      step('outcome', i.id, i.version, actor, async ({ d, at }) => {
        if (i.outcome === 'settled') {
          const missing = [!i.agreedTerms && 'agreedTerms', !i.performance && 'performance', !i.performanceDue && 'performanceDue'].filter(Boolean) as string[];
          if (missing.length > 0) throw invalidFields(missing.map((f) => ({ path: [f], message: '调解成功时必填（须写明协议内容、履行方式和履行期限）' })));
          const extra = { outcome_at: at, agreed_terms: i.agreedTerms, performance: i.performance, performance_due: i.performanceDue ?? null, return_visit_due_at: i.returnVisitDueAt ?? null };
          return { patch: move(d, 'settled', extra) };
        }
        if (!i.failureReason) throw fieldError(['failureReason'], '调解不成时必填');
        return { patch: move(d, 'failed', { outcome_at: at, failure_reason: i.failureReason }) };
      }),

    refer: (i: ParsedInputOf<'disputes:refer'>, actor: string) =>
      step('refer', i.id, i.version, actor, async ({ d }) => {
        if (i.kind === 'court') {
          if (!i.reference) throw fieldError(['reference'], '诉调对接时必填（法院的收案或委派文号）');
          return { patch: { court_name: i.to, court_date: i.at, court_reference: i.reference } };
        }
        if (i.kind === 'joint') {
          return { patch: { joint_referral_at: i.at, department_name: d.department_name ?? i.to } };
        }
        if (d.status === 'failed') return { patch: { department_name: i.to, department_referred_at: i.at } };
        return { patch: move(d, 'referred', { department_name: i.to, department_referred_at: i.at, outcome_at: i.at }) };
      }, i.kind),

    recordDepartmentResult: (i: ParsedInputOf<'disputes:record-department-result'>, actor: string) =>
      step('department-result', i.id, i.version, actor, async ({ at }) => {
        return { patch: { department_result: i.result, department_result_at: at } };
      }),

    recordFeedback: (i: ParsedInputOf<'disputes:record-feedback'>, actor: string) =>
      step('feedback', i.id, i.version, actor, async ({ d, at }) => {
        // When the party gave it (default now): after the outcome it is about, never in the future.
        const when = i.feedbackAt ?? at;
        checkTime(['feedbackAt'], when, { after: d.outcome_at, afterWhat: '调解结果的时间', now: at });
        return { patch: { feedback_at: when, satisfaction: i.satisfaction, feedback_notes: i.notes } };
      }),

    recordReturnVisit: (i: ParsedInputOf<'disputes:record-return-visit'>, actor: string) =>
      step('return-visit', i.id, i.version, actor, async ({ d, at }) => {
        checkTime(['visitedAt'], i.visitedAt, { after: d.outcome_at, afterWhat: '调解结果的时间', now: at });
        return { patch: { return_visit_at: i.visitedAt, return_visit_notes: i.notes, ...(i.satisfaction ? { satisfaction: i.satisfaction } : {}) } };
      }),

    transition: (i: ParsedInputOf<'disputes:transition'>, actor: string) =>
      step(TRANSITION_ACTION[i.to], i.id, i.version, actor, async ({ d, at }) => {
        const extra: Patch = i.to === 'closed' ? { closed_at: at } : i.to === 'rejected' ? { rejection_reason: i.reason, closed_at: at } : i.to === 'withdrawn' ? { withdrawal_reason: i.reason, closed_at: at } : {};
        return { patch: move(d, i.to, extra, i.reason) };
      }),

    escalate: (i: ParsedInputOf<'disputes:escalate'>, actor: string) =>
      step('escalate', i.id, i.version, actor, async ({ d, at, rules: activeRules, calendar, child }) => {
        guard(checkEscalation(d.status, d.tier, i.to, i.reason));
        await child('dispute_escalations', { from_tier: d.tier, to_tier: i.to, reason: i.reason, escalated_at: at });
        // The clock restarts under the new tier, but what was already missed stays in the record.
        const missed = supersededByEscalation(deadlineFacts(d), i.to, activeRules, new Date(at), calendar);
        const all = [...readSuperseded(d.superseded_deadlines), ...missed];
        const superseded = all.length > 0 ? JSON.stringify(all) : null;
        return { patch: { tier: i.to, tier_started_at: at, superseded_deadlines: superseded } };
      }),
  };
}
