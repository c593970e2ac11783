/** 诉求响应台账 as .xlsx: one row per resident request, then the 办结率 on the 说明 sheet. */
import type { Writable } from 'node:stream';
import type { RequestRowView } from '#shared/domain/consult/consult-views';
import { MATTER_KIND_LABELS, TOPIC_STATUS_LABELS } from '#shared/domain/meetings/meetings.schema';
import { aboutSheet, sheetWithHeader, streamingWorkbook, type Column } from '../../disputes/documents/xlsx-parts';

export const REQUEST_COLUMNS: readonly Column<RequestRowView>[] = [
  { header: '受理日期', width: 11, value: (r) => r.receivedOn },
  { header: '诉求事项', width: 36, value: (r) => r.title },
  { header: '提出人', width: 10, value: (r) => r.requester },
  { header: '小区或社区', width: 16, value: (r) => r.placeName },
  { header: '事项类别', width: 16, value: (r) => MATTER_KIND_LABELS[r.matterKind] },
  { header: '办理状态', width: 12, value: (r) => TOPIC_STATUS_LABELS[r.status] },
  { header: '协商会议', width: 26, value: (r) => (r.meetingTitle && r.meetingOn ? `${r.meetingOn} ${r.meetingTitle}` : null) },
  { header: '协商结果', width: 40, value: (r) => r.resolution },
  { header: '结果公示', width: 11, value: (r) => r.publishedFrom },
  { header: '办结日期', width: 11, value: (r) => r.completedOn },
  { header: '历时（天）', width: 9, value: (r) => r.daysOpen },
];

export type RequestLedgerAbout = { exportedAt: Date; exportedBy: string; dateFrom: string; dateUntil: string; received: number; completed: number; percent: number | null };

export async function writeRequestLedgerXlsx(out: Writable, rows: readonly RequestRowView[], about: RequestLedgerAbout): Promise<void> {
  const wb = streamingWorkbook(out, about.exportedBy, about.exportedAt);
  const table = sheetWithHeader(wb, '诉求响应台账', REQUEST_COLUMNS, 2, 'landscape');
  for (const r of rows) table.add(r);
  table.sheet.commit();
  aboutSheet(wb, [
    ['统计期间', `${about.dateFrom} 至 ${about.dateUntil}（北京时间，按受理日期）`],
    ['受理诉求', String(about.received)],
    ['已办结', String(about.completed)],
    ['办结率', about.percent === null ? '—（期间内没有受理诉求）' : `${about.percent}%`],
    ['口径', '办结率 = 期间内受理、且在期间最后一天前已落实的居民诉求 ÷ 期间内受理的居民诉求'],
    ['导出人', about.exportedBy],
  ]);
  await wb.commit();
}
