import { useEffect, useRef } from 'react';
import { t } from '../i18n';
import '../styles/chart.css';
import { initChart, withDefaults, type ChartOption } from './echarts';

/** The chart's figures as rows of a table: its text alternative. */
export type ChartTable = { columns: readonly string[]; rows: readonly (readonly (string | number)[])[] };

type Props = {
  /** What the chart shows, in a few words: its accessible name. */
  label: string;
  /** An ECharts option; pass a memoised one, since a new object redraws the chart. */
  option: ChartOption;
  /** The same figures as a table, under the chart (folded), for screen readers and anyone who wants the numbers. */
  table: ChartTable;
  /** The chart's height, as a class: the CSP allows no inline style. */
  size?: 'small' | 'medium' | 'large' | 'x-large';
};

/**
 * One ECharts chart that follows its container's width and carries its figures as a
 * table. Reused by every screen that draws a chart (每月研判, the bulletin).
 */
export function Chart({ label, option, table, size = 'medium' }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const chart = useRef<ReturnType<typeof initChart> | null>(null);

  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const instance = initChart(el);
    chart.current = instance;
    // The page's width changes with the window and the navigation; ECharts does not watch it.
    const observer = new ResizeObserver(() => instance.resize());
    observer.observe(el);
    return () => {
      observer.disconnect();
      instance.dispose();
      chart.current = null;
    };
  }, []);

  useEffect(() => {
    // notMerge: a month with fewer rows must not keep the bars of the month before.
    chart.current?.setOption(withDefaults(option), { notMerge: true });
  }, [option]);

  return (
    <figure className="chart" aria-label={label}>
      <div ref={box} className={`chart__canvas chart__canvas--${size}`} role="img" aria-label={t.common.chartLabel(label)} />
      <details className="chart__data">
        <summary>{t.common.chartData}</summary>
        <table className="table table--counts">
          <thead>
            <tr>
              {table.columns.map((c, i) => (
                <th key={c} scope="col" className={i === 0 ? undefined : 'num'}>
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {cell}
                    </th>
                  ) : (
                    <td key={i} className="num">
                      {cell}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
