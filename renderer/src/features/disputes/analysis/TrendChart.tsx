import type { MonthlyTrendPoint } from '#shared/domain/disputes/dispute-views';
import { useMemo } from 'react';
import { t } from '../../../i18n';
import { Chart } from '../../../ui/Chart';
import { trendOption, trendTable } from './analysis-charts';

/** The twelve months ending with the chosen one: received (accepted + not), settled, overdue. */
export function TrendChart({ trend }: { trend: readonly MonthlyTrendPoint[] }) {
  const s = t.disputes.analysis;
  const option = useMemo(() => trendOption(trend), [trend]);
  const table = useMemo(() => trendTable(trend), [trend]);
  return (
    <section className="card" aria-label={s.trend}>
      <h2 className="card__title">
        {s.trend}
        <span className="card__note">{s.trendNote}</span>
      </h2>
      <Chart label={s.trend} option={option} table={table} size="large" />
    </section>
  );
}
