/**
 * ECharts as the app uses it: only the charts and components listed here are bundled
 * (echarts/core is tree-shaken), drawn with the SVG renderer. Under the strict CSP
 * (no inline script or style) this works because ECharts never evaluates code (only the
 * GeoJSON loader would, and maps are not imported), zrender sets styles through the
 * CSSOM (`el.style.cssText`, which style-src does not govern), and tooltips are drawn
 * inside the SVG (`renderMode: 'richText'`): the HTML tooltip would write markup with
 * `style="…"` attributes through innerHTML, which the CSP blocks.
 */
import { BarChart, LineChart, PieChart, type BarSeriesOption, type LineSeriesOption, type PieSeriesOption } from 'echarts/charts';
import {
  GridComponent,
  LegendComponent,
  TooltipComponent,
  type GridComponentOption,
  type LegendComponentOption,
  type TooltipComponentOption,
} from 'echarts/components';
import * as echarts from 'echarts/core';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([BarChart, LineChart, PieChart, GridComponent, LegendComponent, TooltipComponent, SVGRenderer]);

/** The option a <Chart> accepts: what the modules above can draw. */
export type ChartOption = echarts.ComposeOption<
  BarSeriesOption | LineSeriesOption | PieSeriesOption | GridComponentOption | LegendComponentOption | TooltipComponentOption
>;

/** The app's palette (base.css), so a chart sits with the tiles and tables around it. */
export const CHART_COLORS = {
  primary: '#1f4e79',
  secondary: '#9fb7d1',
  success: '#2e7d32',
  danger: '#b42318',
  muted: '#b9c3cf',
  text: '#1f2933',
  axis: '#5c6877',
} as const;

// The same CJK stack as the page: SVG text would otherwise fall back to the browser's sans-serif.
const FONT = "'Noto Sans CJK SC', 'Source Han Sans SC', 'Microsoft YaHei', 'PingFang SC', 'WenQuanYi Micro Hei', sans-serif";

/** What every chart shares: palette, type, no animation (a calm office tool; prints at once), tooltips inside the SVG. */
export function withDefaults(option: ChartOption): ChartOption {
  return {
    animation: false,
    color: [CHART_COLORS.primary, CHART_COLORS.secondary, CHART_COLORS.success, CHART_COLORS.danger, CHART_COLORS.muted],
    textStyle: { fontFamily: FONT, color: CHART_COLORS.text },
    ...option,
    tooltip: { renderMode: 'richText', confine: true, ...(option.tooltip as TooltipComponentOption | undefined) },
  };
}

/** A chart in `el`: SVG (crisp when printed), zh-CN locale (ECharts' own 'ZH' texts and number formats). */
export const initChart = (el: HTMLElement) => echarts.init(el, null, { renderer: 'svg', locale: 'ZH' });
