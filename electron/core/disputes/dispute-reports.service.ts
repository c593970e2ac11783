import { isMissed } from '#shared/domain/disputes/deadlines';
import { TIER_LABELS, type DisputeCategory, type DisputeTier } from '#shared/domain/disputes/disputes.schema';
import type { MonthlyAnalysis, MonthlyTrendPoint } from '#shared/domain/disputes/dispute-views';
import { addMonths, lastCompleteMonth, monthBounds, monthHasEnded, monthsEndingAt, shanghaiMonth } from '#shared/domain/disputes/report-months';
import type { ServiceDeps } from '../service-deps';
import type { DeadlineRulesService } from './deadline-rules.service';
import { createCategoryRulesService, type CategoryRulesService } from './category-rules.service';
import { deadlinesOf } from './dispute-facts';
import * as q from './reports.queries';

/** How many months the trend shows, ending with the chosen one. */
export const TREND_MONTHS = 12;

/** A share in per cent with one decimal, or null when there is nothing to divide by. */
const share = (part: number, whole: number) => (whole === 0 ? null : Math.round((part / whole) * 1000) / 10);

type Labels = Readonly<Record<DisputeCategory, string>>;

/** `cats`: the category labels in force (the city's policy pack may rename one). */
const BREAKDOWN_LABELS: Record<q.Breakdown, (key: string, name: string | null, cats: Labels) => string> = {
  category: (k, _n, cats) => cats[k as DisputeCategory] ?? k,
  tier: (k) => TIER_LABELS[k as DisputeTier] ?? k,
  community: (_k, n) => n ?? '（未知社区）',
  estate: (_k, n) => n ?? '（未知小区）',
  company: (k, n) => (k === '' ? '（无物业服务企业）' : (n ?? '（未知企业）')),
};

/** 每月研判 and the company page's counts. */
export type DisputeReportsService = ReturnType<typeof createDisputeReportsService>;

export function createDisputeReportsService(deps: ServiceDeps, rules: DeadlineRulesService, categories: CategoryRulesService = createCategoryRulesService()) {
  const { db } = deps;

  /** Per month of receipt in [from, to): cases with a deadline missed (overdue now, or met after it was due). */
  async function lateByMonth(from: string, to: string, now: Date): Promise<Map<string, number>> {
    const [active, calendar] = [await rules.active(), await rules.calendar()];
    const late = new Map<string, number>();
    for (const d of await q.deadlineColumnsReceived(db, from, to)) {
      const { deadlines } = deadlinesOf(d, active, now, calendar);
      if (!deadlines.some(isMissed)) continue;
      const month = shanghaiMonth(d.received_at);
      late.set(month, (late.get(month) ?? 0) + 1);
    }
    return late;
  }

  /** Accepted cases of the month by one breakdown, beside the month before; every key seen in either month. */
  async function compare(by: q.Breakdown, cur: { from: string; to: string }, prev: { from: string; to: string }, cats: Labels) {
    const [a, b] = await Promise.all([q.countAcceptedBy(db, by, cur.from, cur.to), q.countAcceptedBy(db, by, prev.from, prev.to)]);
    const before = new Map(b.map((r) => [r.key, r.count]));
    const now = new Map(a.map((r) => [r.key, r.count]));
    const names = new Map([...b, ...a].map((r) => [r.key, r.label]));
    return [...names.keys()]
      .map((key) => ({ key, label: BREAKDOWN_LABELS[by](key, names.get(key) ?? null, cats), count: now.get(key) ?? 0, previous: before.get(key) ?? 0 }))
      .sort((x, y) => y.count - x.count || y.previous - x.previous);
  }

  return {
    /** 每月研判 for `month` ('YYYY-MM'); without one, the last complete month by the ledger's clock. */
    async monthly(chosen?: string): Promise<MonthlyAnalysis> {
      const now = deps.ports.clock.now();
      const month = chosen ?? lastCompleteMonth(now);
      const previousMonth = addMonths(month, -1);
      const months = monthsEndingAt(month, TREND_MONTHS);
      const cur = monthBounds(month);
      const prev = monthBounds(previousMonth);
      const span = { from: monthBounds(months[0]!).from, to: cur.to };

      const cats = await categories.labels();
      const [byCategory, byTier, byCommunity, byEstate, byCompany] = await Promise.all([
        compare('category', cur, prev, cats), compare('tier', cur, prev, cats), compare('community', cur, prev, cats), compare('estate', cur, prev, cats), compare('company', cur, prev, cats),
      ]);
      const [received, outcomes, feedback, late] = await Promise.all([
        q.receivedByMonth(db, span.from, span.to),
        q.outcomesByMonth(db, span.from, span.to),
        q.feedbackByMonth(db, span.from, span.to),
        lateByMonth(span.from, span.to, now),
      ]);
      const receivedIn = (m: string) => received.find((r) => r.month === m) ?? { month: m, received: 0, accepted: 0, rejected: 0, withdrawn: 0 };
      const outcomesIn = (m: string) => outcomes.find((r) => r.month === m) ?? { month: m, settled: 0, failed: 0, referred: 0 };
      const feedbackIn = (m: string, s: q.FeedbackMonth['satisfaction']) => feedback.find((r) => r.month === m && r.satisfaction === s)?.count ?? 0;
      const satisfaction = (m: string) => {
        const [satisfied, basicallySatisfied, dissatisfied] = [feedbackIn(m, 'satisfied'), feedbackIn(m, 'basically-satisfied'), feedbackIn(m, 'dissatisfied')];
        return { satisfied, basicallySatisfied, dissatisfied, rate: share(satisfied + basicallySatisfied, satisfied + basicallySatisfied + dissatisfied) };
      };
      const pair = (pick: (m: string) => number) => ({ count: pick(month), previous: pick(previousMonth) });

      const trend: MonthlyTrendPoint[] = months.map((m) => ({
        month: m,
        received: receivedIn(m).received,
        accepted: receivedIn(m).accepted,
        settled: outcomesIn(m).settled,
        overdue: late.get(m) ?? 0,
      }));
      const accepted = receivedIn(month).accepted;
      const { settled, failed, referred } = outcomesIn(month);
      const before = outcomesIn(previousMonth);
      return {
        month,
        previousMonth,
        complete: monthHasEnded(month, now),
        received: pair((m) => receivedIn(m).received),
        accepted: pair((m) => receivedIn(m).accepted),
        rejected: pair((m) => receivedIn(m).rejected),
        withdrawn: pair((m) => receivedIn(m).withdrawn),
        byCategory,
        byTier,
        byCommunity,
        byEstate,
        byCompany,
        topCategories: byCategory
          .filter((r) => r.count > 0)
          .slice(0, 3)
          .map((r) => ({ key: r.key, label: r.label, count: r.count, share: share(r.count, accepted) ?? 0 })),
        outcomes: { settled, failed, referred, successRate: share(settled, settled + failed), previousSuccessRate: share(before.settled, before.settled + before.failed) },
        satisfaction: { ...satisfaction(month), previousRate: satisfaction(previousMonth).rate },
        overdue: pair((m) => late.get(m) ?? 0),
        trend,
      };
    },

    async companySummary(companyId: string) {
      const [rows, cats] = [await q.countByCategoryForCompany(db, companyId), await categories.labels()];
      return {
        total: rows.reduce((s, r) => s + r.count, 0),
        byCategory: rows.map((r) => ({ key: r.key as DisputeCategory, label: cats[r.key as DisputeCategory], count: r.count })),
      };
    },
  };
}
