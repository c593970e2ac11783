/**
 * 纠纷台账 as .xlsx: the grid's columns in the grid's order with their Chinese
 * headers (plus 来源, 申请人电话, 被申请人 and 时限情况, which the case page shows),
 * one row per case, streamed page by page so a hundred thousand cases never sit
 * in memory at once.
 */
import type { Writable } from 'node:stream';
import {
  CATEGORY_LABELS,
  DEADLINE_KIND_LABELS,
  DEADLINE_STATUS_LABELS,
  SOURCE_LABELS,
  STATUS_LABELS,
  TIER_LABELS,
} from '#shared/domain/disputes/disputes.schema';
import type { DisputeRow } from '#shared/domain/disputes/dispute-views';
import { aboutSheet, chinaWallClock, DATE_TIME, exportedAtText, sheetWithHeader, streamingWorkbook, writePages, type Column } from './xlsx-parts';

/** One case as exported. The caller masks: `phones` and `description` arrive already masked. */
export type LedgerEntry = { row: DisputeRow; phones: readonly string[]; description: string; /** The label in force (a policy pack may rename); the built-in one without. */ categoryLabel?: string };

/** 时限情况: the nearest unmet deadline's kind and state, as the grid's 最近时限 badge says it. */
function dueText(row: DisputeRow): string {
  const next = row.deadlines.find((d) => d.metAt === null && d.dueAt === row.nextDueAt);
  return next ? `${DEADLINE_KIND_LABELS[next.kind]}（${DEADLINE_STATUS_LABELS[next.status]}）` : '';
}

// Widths in Excel's units (the width of a digit); a Chinese character takes about two.
export const LEDGER_COLUMNS: readonly Column<LedgerEntry>[] = [
  { header: '案件编号', width: 11, value: (e) => e.row.caseNo },
  { header: '状态', width: 9, value: (e) => STATUS_LABELS[e.row.status] },
  { header: '等级', width: 6, value: (e) => TIER_LABELS[e.row.tier] },
  { header: '类别', width: 18, value: (e) => e.categoryLabel ?? CATEGORY_LABELS[e.row.category] },
  { header: '来源', width: 12, value: (e) => SOURCE_LABELS[e.row.source] },
  { header: '小区', width: 16, value: (e) => e.row.estateName },
  { header: '物业服务企业', width: 24, value: (e) => e.row.companyName },
  { header: '申请人', width: 14, value: (e) => e.row.applicants },
  { header: '申请人电话', width: 16, value: (e) => e.phones.join('、') || null },
  { header: '被申请人', width: 18, value: (e) => e.row.respondents || null },
  { header: '调解员', width: 9, value: (e) => e.row.mediatorName },
  { header: '受理时间', width: 17, value: (e) => chinaWallClock(e.row.receivedAt), numFmt: DATE_TIME },
  { header: '最近时限', width: 17, value: (e) => chinaWallClock(e.row.nextDueAt), numFmt: DATE_TIME },
  { header: '时限情况', width: 24, value: (e) => dueText(e.row) || null },
  { header: '摘要', width: 60, value: (e) => e.description },
];

export type LedgerAbout = { exportedAt: Date; exportedBy: string; filters: readonly [string, string][] };

/**
 * Streams the workbook to `out`: 纠纷台账 (header frozen with the case number, a
 * filter on each column), then 说明 (when, who, which filters, how many, what is
 * masked). Returns the number of cases written.
 */
export async function writeLedgerXlsx(out: Writable, pages: AsyncIterable<readonly LedgerEntry[]>, about: LedgerAbout): Promise<number> {
  const wb = streamingWorkbook(out, about.exportedBy, about.exportedAt);
  const table = sheetWithHeader(wb, '纠纷台账', LEDGER_COLUMNS, 1, 'landscape');
  const rows = await writePages(table, pages, out);
  const at = exportedAtText(about.exportedAt);
  aboutSheet(wb, [
    ['导出时间', at],
    ['导出人', about.exportedBy],
    ['案件数', String(rows)],
    ...about.filters,
    ['说明', '电话号码按屏幕显示方式隐去中间几位，身份证号不导出；摘要中的电话和证件号码同样隐去。本次导出已记入变更记录。'],
  ]);
  await wb.commit();
  return rows;
}
