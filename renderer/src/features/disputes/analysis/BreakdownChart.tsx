import { useMemo } from 'react';
import { t } from '../../../i18n';
import { Chart } from '../../../ui/Chart';
import { barsSize, compareBarsOption, compareTable, shareRingOption } from './analysis-charts';

type Row = { key: string; label: string; count: number; previous: number };

type Props = {
  title: string;
  rows: Row[];
  /** 'bars': this month against last month per row; 'ring': this month's shares (for a few rows). */
  as?: 'bars' | 'ring';
  /** Bars for at most this many rows (the largest); the table below keeps every row. */
  limit?: number;
};

/** One breakdown of the month (by category, tier, community, estate) drawn as a chart, with every row in its table. */
export function BreakdownChart({ title, rows, as = 'bars', limit = 14 }: Props) {
  const s = t.disputes.analysis;
  const shown = useMemo(() => rows.slice(0, limit), [rows, limit]);
  const option = useMemo(() => (as === 'ring' ? shareRingOption(shown) : compareBarsOption(shown)), [as, shown]);
  const table = useMemo(() => compareTable(rows), [rows]);
  const empty = as === 'ring' ? rows.every((r) => r.count === 0) : rows.length === 0;
  return (
    <section className="card" aria-label={title}>
      <h2 className="card__title">
        {title}
        {as === 'ring' && <span className="card__note">{s.tierShare}</span>}
      </h2>
      {empty ? (
        <p className="muted">{as === 'ring' ? s.noTop : s.none}</p>
      ) : (
        <>
          {rows.length > shown.length && <p className="muted card__lead">{s.firstRows(shown.length, rows.length)}</p>}
          <Chart label={title} option={option} table={table} size={as === 'ring' ? 'medium' : barsSize(shown.length)} />
        </>
      )}
    </section>
  );
}
