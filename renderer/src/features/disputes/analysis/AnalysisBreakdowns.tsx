import type { MonthlyAnalysis } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import { BreakdownChart } from './BreakdownChart';
import { CountTable } from './CountTable';
import { TopCategories } from './TopCategories';

// Thirty estates would make bars too thin to read; the table under the chart keeps them all.
const ESTATE_BARS = 10;

/**
 * The month's accepted cases broken down, as charts where the shape matters more than
 * the number; companies stay a table, their long names read better in rows.
 */
export function AnalysisBreakdowns({ a }: { a: MonthlyAnalysis }) {
  const s = t.disputes.analysis;
  return (
    <div className="card-grid card-grid--wide">
      <TopCategories top={a.topCategories} />
      <BreakdownChart title={s.byTier} rows={a.byTier} as="ring" />
      <BreakdownChart title={s.byCategory} rows={a.byCategory} />
      <BreakdownChart title={s.byCommunity} rows={a.byCommunity} />
      <BreakdownChart title={s.byEstate} rows={a.byEstate} limit={ESTATE_BARS} />
      <CountTable title={s.byCompany} rows={a.byCompany} />
    </div>
  );
}
