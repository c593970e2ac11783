import { describeHistory, type HistoryEntry } from '#shared/domain/disputes/case-history';
import { duplicateOrderWarnings, openCaseWarnings, type IntakeWarning } from '#shared/domain/disputes/intake-warnings';
import { chooseTier } from '#shared/domain/disputes/tier-rules';
import { idNumberProblem } from '#shared/domain/disputes/id-number';
import { birthDateProblem } from '#shared/domain/disputes/party-details';
import { receivedAtProblem } from '#shared/domain/disputes/disputes.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { FieldIssue } from '#shared/ipc/envelope';
import { appendChange } from '../changes/change-log.repository';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, invalidFields, notFound } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { readDetail } from './dispute-detail';
import { derivedDues } from './dispute-facts';
import type { DeadlineRulesService } from './deadline-rules.service';
import { createCategoryRulesService, type CategoryRulesService } from './category-rules.service';
import * as repo from './disputes.repository';
import { detailColumns } from './party-record';
import { searchDocument } from './search-document';
import type { PhoneHasher } from './phone-lookup';
import { refreshPhoneLookup } from './phone-lookup.queries';
import { openCasesAbout } from './intake-warnings.queries';

export type DisputesService = ReturnType<typeof createDisputesService>;

/** Not a table: why a case was registered with a 12345 order number another case carries. */
export const DUPLICATE_ORDER_ENTITY = 'dispute-duplicate-order';

/** Intake, reading, and the sensitive-field reveal. Case work is in dispute-workflow.service.ts. */
export function createDisputesService(deps: ServiceDeps, rules: DeadlineRulesService, phoneHash: PhoneHasher, categories: CategoryRulesService = createCategoryRulesService()) {
  const { db } = deps;
  const now = () => deps.ports.clock.now();

  /** Field checks that need the clock or the database; all are reported together. */
  async function checkIntake(input: ParsedInputOf<'disputes:create'>): Promise<{ companyId: string | null }> {
    const issues: FieldIssue[] = [];
    const receivedProblem = receivedAtProblem(input.receivedAt, now());
    if (receivedProblem) issues.push({ path: ['receivedAt'], message: receivedProblem });
    if (input.hotlineReceivedAt && Date.parse(input.hotlineReceivedAt) > now().getTime()) issues.push({ path: ['hotlineReceivedAt'], message: '不能晚于当前时间' });
    const today = shanghaiDate(now());
    input.parties.forEach((p, i) => {
      const problem = p.idNumber ? idNumberProblem(p.idNumber, today) : null;
      if (problem) issues.push({ path: ['parties', i, 'idNumber'], message: problem });
      const birth = p.birthDate ? birthDateProblem(p.birthDate, today) : null;
      if (birth) issues.push({ path: ['parties', i, 'birthDate'], message: birth });
    });
    if (input.hotlineOrderNo && !input.duplicateOrderReason) {
      const same = await repo.casesWithHotlineOrder(db, input.hotlineOrderNo);
      if (same.length > 0) {
        const warned = duplicateOrderWarnings(input.hotlineOrderNo, same.map((c) => ({ id: c.id, caseNo: c.case_no })));
        issues.push({ path: ['duplicateOrderReason'], message: `必填：${warned.map((w) => w.message).join('')}` });
      }
    }
    const estate = await repo.companyOfEstate(db, input.estateId);
    if (!estate.exists) issues.push({ path: ['estateId'], message: '该小区不存在或已删除，请重新选择' });
    const partyCompanies = input.parties.map((p) => p.companyId).filter((c): c is string => c !== null);
    const live = await repo.liveCompanyIds(db, partyCompanies);
    input.parties.forEach((p, i) => {
      if (p.companyId && !live.has(p.companyId)) issues.push({ path: ['parties', i, 'companyId'], message: '该企业不存在或已删除' });
    });
    if (issues.length > 0) throw invalidFields(issues);
    // The company a dispute is "against": a respondent company named in the parties, else the estate's company.
    const respondent = input.parties.find((p) => p.role === 'respondent' && p.companyId);
    return { companyId: respondent?.companyId ?? estate.companyId };
  }

  return {
    /**
     * What intake should warn of while the clerk types (shared/domain/disputes/intake-warnings.ts):
     * other cases with the same 12345 order number, and open cases of the same applicant about
     * the same estate and category. Warnings only: the clerk may go on.
     */
    async intakeWarnings(input: ParsedInputOf<'disputes:intake-warnings'>): Promise<IntakeWarning[]> {
      const out: IntakeWarning[] = [];
      if (input.hotlineOrderNo) {
        const same = await repo.casesWithHotlineOrder(db, input.hotlineOrderNo);
        out.push(...duplicateOrderWarnings(input.hotlineOrderNo, same.map((c) => ({ id: c.id, caseNo: c.case_no }))));
      }
      if (input.estateId && input.category && input.applicants.length > 0) {
        const applicants = await Promise.all(
          input.applicants.map(async (a) => ({ name: a.name ?? null, idNumberHash: a.idNumber ? await deps.fields.hash('id-number', a.idNumber) : null, phoneHash: a.phone ? await phoneHash(a.phone).catch(() => null) : null })),
        );
        const known = new Set(out.map((w) => w.caseId));
        out.push(...openCaseWarnings(applicants, await openCasesAbout(db, input.estateId, input.category)).filter((w) => !known.has(w.caseId)));
      }
      return out;
    },

    /** 操作记录: what was done to the case and its parts, by whom and when, newest first. */
    async history(id: string): Promise<HistoryEntry[]> {
      if (!(await repo.findDispute(db, id))) throw notFound('纠纷案件');
      const rows = await repo.caseChanges(db, id);
      const names = new Map(rows.map((r) => [r.actor, r.actor_name ?? r.actor]));
      const changes = rows.map((r) => ({ seq: r.seq, at: r.at, actor: r.actor, entity: r.entity, entityId: r.entity_id, action: r.action, payload: JSON.parse(r.payload) as Record<string, unknown> }));
      return describeHistory(changes, (actor) => names.get(actor) ?? actor).reverse();
    },

    /** Registers a case: number, tier (suggested or overridden with a reason), parties, deadlines, search entry. */
    async create(input: ParsedInputOf<'disputes:create'>, actor: string) {
      // A retired category (the city's policy pack) is refused for new cases, naming 「纠纷类别」.
      const cats = await categories.forNewCase(input.category);
      const tier = chooseTier(input.category, input.tier, input.tierReason, cats.tiers, cats.labels);
      if (!tier.ok) throw fieldError(['tierReason'], tier.message);
      const { companyId } = await checkIntake(input);
      const [activeRules, calendar] = [await rules.active(), await rules.calendar()];
      const id = await db.transaction().execute(async (trx) => {
        const office = await getOffice(trx);
        if (!office) throw new AppError('conflict', '请先完成街道信息登记。');
        const at = nowIso(deps);
        // The case belongs to the year it was received in Shanghai, not the year it was typed
        // in: a call at 23:30 on 31 December entered after midnight keeps that year's number.
        const year = Number(shanghaiDate(input.receivedAt).slice(0, 4));
        const seq = await repo.nextCaseSeq(trx, year);
        const caseNo = `${year}-${String(seq).padStart(4, '0')}`;
        const row = {
          ...newRecord(deps.ports.ids, office.id, at),
          case_year: year,
          case_seq: seq,
          case_no: caseNo,
          source: input.source,
          hotline_order_no: input.hotlineOrderNo,
          hotline_received_at: input.hotlineReceivedAt,
          received_at: input.receivedAt,
          estate_id: input.estateId,
          company_id: companyId,
          category: input.category,
          tier: tier.tier,
          suggested_tier: tier.suggested,
          tier_reason: tier.overridden ? input.tierReason : null,
          tier_started_at: input.receivedAt,
          description: input.description,
          status: 'registered' as const,
          mediator_id: null, assigned_at: null, first_session_at: null, outcome_at: null, agreed_terms: null, performance: null,
          performance_due: null, failure_reason: null, court_name: null, court_date: null, court_reference: null,
          department_name: null, department_referred_at: null, department_result: null, department_result_at: null,
          joint_referral_at: null, feedback_at: null, satisfaction: null, feedback_notes: null, return_visit_due_at: null,
          return_visit_at: null, return_visit_notes: null, rejection_reason: null, withdrawal_reason: null, closed_at: null, superseded_deadlines: null,
          search_key: await repo.freeSearchKey(trx, Date.parse(input.receivedAt)),
        };
        Object.assign(row, derivedDues(row, activeRules, now(), calendar));
        await insertRecord(trx, 'disputes', row, { at, actor, what: '纠纷案件' });
        for (const [position, p] of input.parties.entries()) {
          await insertRecord(
            trx,
            'dispute_parties',
            await deps.fields.seal('dispute_parties', { ...newRecord(deps.ports.ids, office.id, at), dispute_id: row.id, position, role: p.role, kind: p.kind, name: p.name, phone: p.phone, id_number: p.idNumber, company_id: p.companyId, ...detailColumns(p) }),
            { at, actor, what: '当事人' },
          );
        }
        if (input.duplicateOrderReason) {
          // Not a column: the reason a re-dispatched order is registered again is the log's (操作记录 shows it).
          await appendChange(trx, { at, actor, entity: DUPLICATE_ORDER_ENTITY, entityId: row.id, action: 'create', record: { reason: input.duplicateOrderReason, hotline_order_no: row.hotline_order_no } });
        }
        // Everything searchable is in hand: no need to read back what was just written.
        const tokens = searchDocument({ description: row.description, caseNo, hotlineOrderNo: row.hotline_order_no, parties: input.parties.map((p) => p.name), notes: [] });
        await repo.writeSearchTokens(trx, row.search_key, tokens, false);
        await refreshPhoneLookup(trx, row.id, phoneHash, deps.fields);
        return row.id;
      });
      return readDetail(db, id, activeRules, now(), deps.fields, calendar);
    },

    async get(id: string) {
      return readDetail(db, id, await rules.active(), now(), deps.fields, await rules.calendar());
    },

    /** One sensitive field in clear, and a `reveal` entry in the change log saying who saw it. */
    async reveal(input: ParsedInputOf<'disputes:reveal'>, actor: string) {
      return db.transaction().execute(async (trx: Tx) => {
        const found = await repo.findParty(trx, input.partyId);
        if (!found) throw notFound('当事人');
        const party = await deps.fields.open('dispute_parties', found);
        const at = nowIso(deps);
        await appendChange(trx, { at, actor, entity: 'dispute_parties', entityId: party.id, action: 'reveal', record: { field: input.field, dispute_id: party.dispute_id } });
        return { value: input.field === 'phone' ? party.phone : party.id_number };
      });
    },
  };
}

