/** The ECharts options and data tables of 每月研判, built from the channel's figures. */
import type { MonthlyTrendPoint } from '#shared/domain/disputes/dispute-views';
import { t } from '../../../i18n';
import type { ChartTable } from '../../../ui/Chart';
import { CHART_COLORS, type ChartOption } from '../../../ui/echarts';
import { changeText } from './change';

type Row = { key: string; label: string; count: number; previous: number };

// Axis labels sit inside the chart's box; the box's edges stay close to the card's.
const GRID = { left: 4, right: 36, top: 30, bottom: 4, outerBoundsMode: 'same', outerBoundsContain: 'axisLabel' } as const;
const SPLIT_LINE = { lineStyle: { color: '#eef1f5' } };
const a = () => t.disputes.analysis;

/** '2026-01' → '2026年1月' on the first point and each January, '2月' elsewhere: twelve labels that fit. */
export function monthLabel(month: string, first: boolean): string {
  const [year, m] = [month.slice(0, 4), Number(month.slice(5, 7))];
  return first || m === 1 ? `${year}年${m}月` : `${m}月`;
}

/** Received as accepted plus 不予受理/撤回 (stacked bars); settled and overdue as lines. */
export function trendOption(trend: readonly MonthlyTrendPoint[]): ChartOption {
  const s = a().series;
  return {
    grid: { ...GRID, top: 36 },
    legend: { top: 0, left: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: { trigger: 'axis' },
    // The tooltip names the month in full (2026年9月); the axis keeps the year for the first point and January only.
    xAxis: {
      type: 'category',
      data: trend.map((p) => monthLabel(p.month, true)),
      axisTick: { alignWithLabel: true },
      axisLabel: { formatter: (_value: string, i: number) => monthLabel(trend[i]?.month ?? '', i === 0) },
    },
    yAxis: { type: 'value', minInterval: 1, splitLine: SPLIT_LINE },
    series: [
      { name: s.accepted, type: 'bar', stack: 'received', data: trend.map((p) => p.accepted), barMaxWidth: 28, color: CHART_COLORS.primary },
      { name: s.notAccepted, type: 'bar', stack: 'received', data: trend.map((p) => p.received - p.accepted), barMaxWidth: 28, color: CHART_COLORS.muted },
      { name: s.settled, type: 'line', data: trend.map((p) => p.settled), color: CHART_COLORS.success, symbolSize: 6 },
      { name: s.overdue, type: 'line', data: trend.map((p) => p.overdue), color: CHART_COLORS.danger, symbolSize: 6, lineStyle: { type: 'dashed' } },
    ],
  };
}

export function trendTable(trend: readonly MonthlyTrendPoint[]): ChartTable {
  const s = a().series;
  return {
    columns: [a().monthColumn, s.received, s.accepted, s.settled, s.overdue],
    rows: trend.map((p) => [monthLabel(p.month, true), p.received, p.accepted, p.settled, p.overdue]),
  };
}

/** This month against last month, one pair of horizontal bars per row, largest first (top). */
export function compareBarsOption(rows: readonly Row[]): ChartOption {
  const bar = { type: 'bar', barMaxWidth: 12, barGap: '15%' } as const;
  return {
    grid: GRID,
    legend: { top: 0, right: 0, itemWidth: 14, itemHeight: 10 },
    tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
    xAxis: { type: 'value', minInterval: 1, splitLine: SPLIT_LINE },
    yAxis: { type: 'category', inverse: true, data: rows.map((r) => r.label), axisTick: { show: false } },
    series: [
      { ...bar, name: a().thisMonth, data: rows.map((r) => r.count), color: CHART_COLORS.primary, label: { show: true, position: 'right', color: CHART_COLORS.text } },
      { ...bar, name: a().lastMonth, data: rows.map((r) => r.previous), color: CHART_COLORS.secondary },
    ],
  };
}

// The tiers by seriousness: a 大事 stands out in red.
const TIER_COLORS: Record<string, string> = { minor: CHART_COLORS.secondary, medium: CHART_COLORS.primary, major: CHART_COLORS.danger };

/** This month's shares as a ring (for few rows, e.g. the three tiers); rows without a case are left out. */
export function shareRingOption(rows: readonly Row[]): ChartOption {
  return {
    // No legend: each slice is labelled with its name and count.
    tooltip: { trigger: 'item', formatter: '{b}：{c} 件（{d}%）' },
    series: [
      {
        type: 'pie',
        radius: ['42%', '68%'],
        center: ['50%', '50%'],
        label: { formatter: '{b}\n{c} 件', color: CHART_COLORS.text },
        data: rows.filter((r) => r.count > 0).map((r) => ({ name: r.label, value: r.count, itemStyle: { color: TIER_COLORS[r.key] ?? CHART_COLORS.primary } })),
      },
    ],
  };
}

/** Every row (the chart may show only the first few): 名称 / 本月 / 上月 / 变化. */
export function compareTable(rows: readonly Row[]): ChartTable {
  return {
    columns: [a().name, a().thisMonth, a().lastMonth, a().change],
    rows: rows.map((r) => [r.label, r.count, r.previous, changeText(r.count, r.previous)]),
  };
}

/** A bar chart's height class for its number of rows (each row a pair of bars). */
export const barsSize = (rows: number): 'small' | 'medium' | 'large' | 'x-large' => (rows <= 3 ? 'small' : rows <= 6 ? 'medium' : rows <= 9 ? 'large' : 'x-large');
