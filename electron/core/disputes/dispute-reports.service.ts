import { isMissed } from '#shared/domain/disputes/deadlines';
import { CATEGORY_LABELS, TIER_LABELS, type DisputeCategory, type DisputeTier } from '#shared/domain/disputes/disputes.schema';
import type { MonthlyAnalysis } from '#shared/domain/disputes/dispute-views';
import { shanghaiStartOfDay } from '#shared/domain/disputes/work-calendar';
import type { ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import { deadlinesOf } from './dispute-facts';
import * as q from './reports.queries';

/** The instants a Shanghai calendar month starts and ends, and the previous month's name. */
function monthRange(month: string): { from: string; to: string; previous: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const iso = (yy: number, mm: number) => shanghaiStartOfDay(`${yy}-${String(mm).padStart(2, '0')}-01`).toISOString();
  const next = m === 12 ? [y + 1, 1] : [y, m + 1];
  const prev = m === 1 ? [y - 1, 12] : [y, m - 1];
  return { from: iso(y, m), to: iso(next[0]!, next[1]!), previous: `${prev[0]}-${String(prev[1]).padStart(2, '0')}` };
}

const rate = (o: { settled: number; failed: number }) => (o.settled + o.failed === 0 ? null : Math.round((o.settled / (o.settled + o.failed)) * 1000) / 10);

/** 每月研判 and the company page's counts. */
export type DisputeReportsService = ReturnType<typeof createDisputeReportsService>;

export function createDisputeReportsService(deps: ServiceDeps, rules: DeadlineRulesService) {
  const { db } = deps;

  /** Cases received in the month with a deadline missed (overdue now, or met after it was due). */
  async function lateCount(from: string, to: string): Promise<number> {
    const active = await rules.active();
    const now = deps.ports.clock.now();
    let late = 0;
    for (const d of await q.deadlineColumnsReceived(db, from, to)) {
      const { deadlines } = deadlinesOf(d, active, now);
      if (deadlines.some(isMissed)) late++;
    }
    return late;
  }

  return {
    async monthly(month: string): Promise<MonthlyAnalysis> {
      const cur = monthRange(month);
      const prev = monthRange(cur.previous);
      const compare = async (by: 'category' | 'tier' | 'estate' | 'company', label: (key: string, name: string | null) => string) => {
        const [a, b] = await Promise.all([q.countReceivedBy(db, by, cur.from, cur.to), q.countReceivedBy(db, by, prev.from, prev.to)]);
        const before = new Map(b.map((r) => [r.key, r.count]));
        const keys = [...new Set([...a.map((r) => r.key), ...b.map((r) => r.key)])];
        const now = new Map(a.map((r) => [r.key, r]));
        const names = new Map([...b, ...a].map((r) => [r.key, r.label]));
        return keys
          .map((key) => ({ key, label: label(key, names.get(key) ?? null), count: now.get(key)?.count ?? 0, previous: before.get(key) ?? 0 }))
          .sort((x, y) => y.count - x.count || y.previous - x.previous);
      };
      const byCategory = await compare('category', (k) => CATEGORY_LABELS[k as DisputeCategory] ?? k);
      const byTier = await compare('tier', (k) => TIER_LABELS[k as DisputeTier] ?? k);
      const byEstate = await compare('estate', (_k, n) => n ?? '（未知小区）');
      const byCompany = await compare('company', (k, n) => (k === '' ? '（无物业服务企业）' : (n ?? '（未知企业）')));
      const received = byCategory.reduce((s, r) => s + r.count, 0);
      const receivedBefore = byCategory.reduce((s, r) => s + r.previous, 0);
      const [outcomes, previousOutcomes, overdue, overdueBefore] = await Promise.all([
        q.countOutcomes(db, cur.from, cur.to),
        q.countOutcomes(db, prev.from, prev.to),
        lateCount(cur.from, cur.to),
        lateCount(prev.from, prev.to),
      ]);
      return {
        month,
        previousMonth: cur.previous,
        received: { count: received, previous: receivedBefore },
        byCategory,
        byTier,
        byEstate,
        byCompany,
        topCategories: byCategory
          .filter((r) => r.count > 0)
          .slice(0, 3)
          .map((r) => ({ key: r.key, label: r.label, count: r.count, share: received === 0 ? 0 : Math.round((r.count / received) * 1000) / 10 })),
        outcomes: { ...outcomes, successRate: rate(outcomes), previousSuccessRate: rate(previousOutcomes) },
        overdue: { count: overdue, previous: overdueBefore },
      };
    },

    async companySummary(companyId: string) {
      const rows = await q.countByCategoryForCompany(db, companyId);
      return {
        total: rows.reduce((s, r) => s + r.count, 0),
        byCategory: rows.map((r) => ({ key: r.key as DisputeCategory, label: CATEGORY_LABELS[r.key as DisputeCategory], count: r.count })),
      };
    },
  };
}
