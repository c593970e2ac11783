import { OPEN_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { dueTodayUntil } from '#shared/domain/disputes/office-hours';
import { OVERDUE_PRIORITY, orderByUrgency } from '#shared/domain/disputes/urgency';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import { deadlinesOf, lateHotline } from './dispute-facts';
import { countDisputes, listDisputes, staffOfOperator, type DisputeListFilter, type DisputeListRow, type DisputeSort, type ListClock } from './disputes.queries';

const SUMMARY_LENGTH = 60;
const OPEN = [...OPEN_STATUSES];

type ActiveRules = Awaited<ReturnType<DeadlineRulesService['active']>>;

/** The order when the caller names none: a search reads newest first, the ledger nearest deadline first. */
export const listOrder = (sort: DisputeSort | undefined, search: string | undefined): DisputeSort => sort ?? (search ? 'received-desc' : 'due');

/** A list query's row as the grid shows it: names, the 60-character summary, deadlines at `now`. */
export function toDisputeRow(r: DisputeListRow, active: ActiveRules, now: Date): DisputeRow {
  const d = deadlinesOf(r as Parameters<typeof deadlinesOf>[0], active, now);
  return {
    id: r.id,
    version: r.version,
    caseNo: r.case_no,
    status: r.status as DisputeRow['status'],
    tier: r.tier as DisputeRow['tier'],
    category: r.category as DisputeRow['category'],
    source: r.source as DisputeRow['source'],
    receivedAt: r.received_at,
    estateId: r.estate_id,
    estateName: r.estate_name,
    companyId: r.company_id,
    companyName: r.company_name,
    mediatorId: r.mediator_id,
    mediatorName: r.mediator_name,
    applicants: r.applicants ?? '',
    respondents: r.respondents ?? '',
    summary: r.description.length > SUMMARY_LENGTH ? `${r.description.slice(0, SUMMARY_LENGTH)}…` : r.description,
    nextDueAt: d.nextDueAt,
    deadlines: d.deadlines,
    overdue: d.overdue,
    dueSoon: d.dueSoon,
    dueToday: d.dueToday,
    hotlineDispatchedLate: lateHotline(r),
  };
}

/** The disputes grid, search, the office's day on 工作台 and each mediator's 我的案件. */
export type DisputeListService = ReturnType<typeof createDisputeListService>;

export function createDisputeListService(deps: ServiceDeps, rules: DeadlineRulesService) {
  const { db } = deps;

  /** One reading of the clock per call, so every count and list of a dashboard agrees. */
  type Moment = ListClock & { at: Date; active: ActiveRules };

  async function moment(): Promise<Moment> {
    const active = await rules.active();
    const at = deps.ports.clock.now();
    return { active, at, now: at.toISOString(), dueTodayUntil: dueTodayUntil(at).toISOString() };
  }

  async function page(filter: DisputeListFilter, sort: DisputeSort, offset: number, limit: number, m: Moment) {
    const result = await listDisputes(db, filter, sort, offset, limit, m);
    return { rows: result.rows.map((r) => toDisputeRow(r, m.active, m.at)), total: result.total };
  }

  /**
   * 已逾期 by what matters: each step's late cases (counted under their most pressing
   * step, so the counts add up) are read longest-late first, step by step in priority
   * order, until `limit` rows are in hand; `orderByUrgency` is the order shown.
   */
  async function overdue(limit: number, m: Moment, scope: DisputeListFilter = {}) {
    const bySteps = await Promise.all(OVERDUE_PRIORITY.map(async (step) => ({ step, count: await countDisputes(db, { ...scope, overdueStep: step }, m) })));
    const rows: DisputeRow[] = [];
    for (const { step, count } of bySteps) {
      if (rows.length >= limit) break;
      if (count > 0) rows.push(...(await page({ ...scope, overdueStep: step }, { stepDue: step }, 0, limit - rows.length, m)).rows);
    }
    return { rows: orderByUrgency(rows).slice(0, limit), total: await countDisputes(db, { ...scope, overdue: true }, m), bySteps };
  }

  return {
    list: async (input: ParsedInputOf<'disputes:list'>) => {
      const { offset, limit, sort, ...filter } = input;
      return page(filter, listOrder(sort, filter.search), offset, limit, await moment());
    },

    /** The office's day: 待分派, 今日到期 and 已逾期, each as the ledger's filter would count it. */
    async dashboard(limit = 10) {
      const m = await moment();
      return {
        open: await countDisputes(db, { status: OPEN }, m),
        unassigned: await page({ status: ['registered'] }, 'due', 0, limit, m),
        dueToday: await page({ dueToday: true }, 'due', 0, limit, m),
        overdue: await overdue(limit, m),
        dueTodayUntil: m.dueTodayUntil,
      };
    },

    /** 我的案件: the open cases of the member of staff the account stands for, most urgent first. */
    async mine(operatorId: string | null, limit = 50) {
      const m = await moment();
      const staff = operatorId ? await staffOfOperator(db, operatorId) : null;
      if (!staff) return { staff: null, open: { rows: [], total: 0 }, overdue: 0, dueToday: 0, dueTodayUntil: m.dueTodayUntil };
      const mine = { status: OPEN, mediatorId: staff.id };
      // Late cases by what matters first, as on the office's list; then the rest, nearest deadline first.
      const late = await overdue(limit, m, mine);
      const rest = late.rows.length < limit ? await page({ ...mine, overdue: false }, 'due', 0, limit - late.rows.length, m) : { rows: [], total: 0 };
      return {
        staff,
        open: { rows: orderByUrgency([...late.rows, ...rest.rows]), total: await countDisputes(db, mine, m) },
        overdue: late.total,
        dueToday: await countDisputes(db, { ...mine, dueToday: true }, m),
        dueTodayUntil: m.dueTodayUntil,
      };
    },
  };
}
