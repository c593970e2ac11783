/**
 * 每月研判 as .xlsx: 概况 (received, success rate, overdue, the three most frequent
 * categories), then one sheet per breakdown (类别, 等级, 小区, 物业服务企业) with this
 * month, last month and the change, as on screen.
 */
import type { Writable } from 'node:stream';
import type { MonthlyAnalysis } from '#shared/domain/disputes/dispute-views';
import { aboutSheet, sheetWithHeader, streamingWorkbook, type Column } from './xlsx-parts';

type Count = MonthlyAnalysis['byCategory'][number];
type Line = { item: string; now: number | null; before: number | null; format: 'count' | 'percent' };

// Excel's own three-part formats: rise; fall; no change (持平, as the screen says it).
const CHANGE = '+0;-0;"持平"';
const CHANGE_POINTS = '+0.0"个百分点";-0.0"个百分点";"持平"';
const monthText = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5))}月`;
const diff = (now: number | null, before: number | null) => (now === null || before === null ? null : Math.round((now - before) * 10) / 10);

const breakdownColumns = (name: string): Column<Count>[] => [
  { header: name, width: 28, value: (r) => r.label },
  { header: '本月（件）', width: 11, value: (r) => r.count },
  { header: '上月（件）', width: 11, value: (r) => r.previous },
  { header: '变化', width: 9, value: (r) => r.count - r.previous, numFmt: CHANGE },
];

// 本月 and 上月 hold counts or rates (a rate as a fraction with a percent format), so the format is per cell, not per column.
const summaryColumns: Column<Line>[] = [
  { header: '项目', width: 16, value: (l) => l.item },
  { header: '本月', width: 11, value: (l) => (l.now === null ? null : l.format === 'percent' ? l.now / 100 : l.now) },
  { header: '上月', width: 11, value: (l) => (l.before === null ? null : l.format === 'percent' ? l.before / 100 : l.before) },
  { header: '变化', width: 16, value: (l) => diff(l.now, l.before) },
];

/** Streams the workbook to `out`. */
export async function writeMonthlyXlsx(out: Writable, a: MonthlyAnalysis, about: { exportedAt: Date; exportedBy: string }): Promise<void> {
  const wb = streamingWorkbook(out, about.exportedBy, about.exportedAt);
  const summary = sheetWithHeader(wb, '概况', summaryColumns).sheet;
  const lines: Line[] = [
    { item: '登记案件（件）', now: a.received.count, before: a.received.previous, format: 'count' },
    { item: '受理案件（件）', now: a.accepted.count, before: a.accepted.previous, format: 'count' },
    { item: '不予受理（件）', now: a.rejected.count, before: a.rejected.previous, format: 'count' },
    { item: '撤回（件）', now: a.withdrawn.count, before: a.withdrawn.previous, format: 'count' },
    { item: '调解成功率', now: a.outcomes.successRate, before: a.outcomes.previousSuccessRate, format: 'percent' },
    { item: '满意率', now: a.satisfaction.rate, before: a.satisfaction.previousRate, format: 'percent' },
    { item: '逾期案件（件）', now: a.overdue.count, before: a.overdue.previous, format: 'count' },
    { item: '调解成功（件）', now: a.outcomes.settled, before: null, format: 'count' },
    { item: '调解不成（件）', now: a.outcomes.failed, before: null, format: 'count' },
    { item: '移交（件）', now: a.outcomes.referred, before: null, format: 'count' },
  ];
  for (const line of lines) {
    const row = summary.addRow(summaryColumns.map((c) => c.value(line)));
    const numFmt = line.format === 'percent' ? '0.0%' : '0';
    row.getCell(2).numFmt = numFmt;
    row.getCell(3).numFmt = numFmt;
    row.getCell(4).numFmt = line.format === 'percent' ? CHANGE_POINTS : CHANGE;
    row.commit();
  }
  summary.addRow([]).commit();
  summary.addRow(['高发问题（前三位）']).commit();
  if (a.topCategories.length === 0) summary.addRow(['本月没有受理案件']).commit();
  for (const [i, c] of a.topCategories.entries()) {
    const row = summary.addRow([`${i + 1}. ${c.label}`, c.count, c.share / 100]);
    row.getCell(3).numFmt = '"占"0.0%';
    row.commit();
  }
  summary.commit();

  for (const [name, header, rows] of [
    ['按类别', '纠纷类别', a.byCategory],
    ['按等级', '处理等级', a.byTier],
    ['按社区', '社区', a.byCommunity],
    ['按小区', '小区', a.byEstate],
    ['按物业服务企业', '物业服务企业', a.byCompany],
  ] as const) {
    const columns = breakdownColumns(header);
    const table = sheetWithHeader(wb, name, columns);
    for (const r of rows) table.add(r);
    table.sheet.commit();
  }
  aboutSheet(wb, [
    ['研判月份', monthText(a.month)],
    ['对比月份', monthText(a.previousMonth)],
    ['导出人', about.exportedBy],
    ['口径', '按受理时间（北京时间）统计当月登记的案件；分类与高发问题只计受理的案件（不含不予受理和撤回）；逾期指当月登记的案件中有办理时限已过或超时办结的。'],
  ]);
  await wb.commit();
}
