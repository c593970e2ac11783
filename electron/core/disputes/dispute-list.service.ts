import { OPEN_STATUSES } from '#shared/domain/disputes/dispute-lifecycle';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { dueTodayUntil } from '#shared/domain/disputes/office-hours';
import type { WorkCalendar } from '#shared/domain/disputes/work-calendar';
import { OVERDUE_PRIORITY, orderByUrgency } from '#shared/domain/disputes/urgency';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import type { PhoneHasher } from './phone-lookup';
import { deadlinesOf, lateHotline } from './dispute-facts';
import { matchExpression } from './search-text';
import { countDisputes, disputeRowsAt, exactCaseRowids, listDisputes, staffOfOperator, type DisputeListFilter, type DisputeListRow, type DisputeSort, type ListClock } from './disputes.queries';

const SUMMARY_LENGTH = 60;
const OPEN = [...OPEN_STATUSES];

type ActiveRules = Awaited<ReturnType<DeadlineRulesService['active']>>;

/** The order when the caller names none: a search reads newest first, the ledger nearest deadline first. */
export const listOrder = (sort: DisputeSort | undefined, search: string | undefined): DisputeSort => sort ?? (search ? 'received-desc' : 'due');

/** A list query's row as the grid shows it: names, the 60-character summary, deadlines at `now`. */
export function toDisputeRow(r: DisputeListRow, active: ActiveRules, now: Date, calendar?: WorkCalendar): DisputeRow {
  const d = deadlinesOf(r as Parameters<typeof deadlinesOf>[0], active, now, calendar);
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

export function createDisputeListService(deps: ServiceDeps, rules: DeadlineRulesService, phoneHash: PhoneHasher) {
  const { db } = deps;

  /** A search that is a phone number finds the cases of the parties with that number, by keyed hash, not by text. */
  async function byPhone<F extends DisputeListFilter>(filter: F): Promise<F> {
    const hash = filter.search ? await phoneHash(filter.search) : null;
    return hash ? { ...filter, search: undefined, phoneHash: hash } : filter;
  }

  /** One reading of the clock per call, so every count and list of a dashboard agrees. */
  type Moment = ListClock & { at: Date; active: ActiveRules; calendar: WorkCalendar };

  async function moment(): Promise<Moment> {
    const [active, calendar] = [await rules.active(), await rules.calendar()];
    const at = deps.ports.clock.now();
    return { active, calendar, at, now: at.toISOString(), dueTodayUntil: dueTodayUntil(at, calendar).toISOString() };
  }

  async function page(filter: DisputeListFilter, sort: DisputeSort, offset: number, limit: number, m: Moment) {
    const result = await listDisputes(db, filter, sort, offset, limit, m);
    return { rows: result.rows.map((r) => toDisputeRow(r, m.active, m.at, m.calendar)), total: result.total };
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
      const search = filter.search?.trim() ? filter.search : undefined;
      // Only punctuation or symbols: nothing to look for. Say so, rather than list every case.
      if (search && matchExpression(search) === null) return { rows: [], total: 0, notice: '搜索词里没有文字或数字，请输入姓名、小区、案件编号或内容中的词语。' };
      const m = await moment();
      // A phone number is looked up by its keyed hash, never as text.
      const query = await byPhone({ ...filter, search });
      const result = await page(query, listOrder(sort, search), offset, limit, m);
      if (!search || offset > 0) return result;
      // A case number or 12345 work-order number names one case: it comes first, whatever the
      // order (an all-digit order number may also read as a phone number: both are looked up).
      const exact = await exactCaseRowids(db, { ...filter, search }, m);
      if (exact.length === 0) return result;
      const named = (await disputeRowsAt(db, exact)).map((r) => toDisputeRow(r, m.active, m.at, m.calendar));
      const ids = new Set(named.map((r) => r.id));
      return { rows: [...named, ...result.rows.filter((r) => !ids.has(r.id))].slice(0, limit), total: Math.max(result.total, named.length) };
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
