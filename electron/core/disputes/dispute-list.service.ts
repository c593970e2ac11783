import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import { deadlinesOf, lateHotline } from './dispute-facts';
import { listDisputes, type DisputeListRow, type DisputeSort } from './disputes.queries';

const SUMMARY_LENGTH = 60;
const OPEN = ['registered', 'assigned', 'mediating', 'settled', 'failed', 'referred'];

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
    hotlineDispatchedLate: lateHotline(r),
  };
}

/** The disputes grid, search, and the dashboard's due-soon and overdue lists. */
export type DisputeListService = ReturnType<typeof createDisputeListService>;

export function createDisputeListService(deps: ServiceDeps, rules: DeadlineRulesService) {
  const { db } = deps;

  async function page(input: ParsedInputOf<'disputes:list'>, active: ActiveRules, now: Date) {
    const { offset, limit, sort, ...filter } = input;
    const result = await listDisputes(db, filter, listOrder(sort, filter.search), offset, limit, now.toISOString());
    return { rows: result.rows.map((r) => toDisputeRow(r, active, now)), total: result.total };
  }

  return {
    list: async (input: ParsedInputOf<'disputes:list'>) => page(input, await rules.active(), deps.ports.clock.now()),

    /** Overdue first, then due soon (less than a quarter of the window left), among open cases. */
    async dashboard(limit = 50) {
      const active = await rules.active();
      const now = deps.ports.clock.now();
      const overdue = await page({ status: OPEN as never, overdue: true, sort: 'due', offset: 0, limit }, active, now);
      // Due-soon depends on each deadline's own window, so it is decided per case among the nearest 500.
      const upcoming = await page({ status: OPEN as never, overdue: false, sort: 'due', offset: 0, limit: 500 }, active, now);
      const dueSoon = upcoming.rows.filter((r) => r.dueSoon);
      // overdue: true / false split the open cases at the same `now`, so their totals add up to all open cases.
      return { overdue: overdue.rows, dueSoon: dueSoon.slice(0, limit), counts: { open: overdue.total + upcoming.total, overdue: overdue.total, dueSoon: dueSoon.length } };
    },
  };
}
