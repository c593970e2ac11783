/**
 * 整改清单 as .xlsx: the list's columns in its order, overdue first, one row per
 * item, streamed page by page as the disputes ledger is.
 */
import type { Writable } from 'node:stream';
import { ACTION_SOURCE_LABELS, ACTION_STATUS_LABELS, RESPONSIBLE_KIND_LABELS } from '#shared/domain/actions/actions.schema';
import type { ActionItemView } from '#shared/domain/actions/action-views';
import { aboutSheet, exportedAtText, sheetWithHeader, streamingWorkbook, writePages, type Column } from '../../disputes/documents/xlsx-parts';

/** 来源: the kind, with the case number or the note that says which. */
const sourceText = (r: ActionItemView) => {
  const which = r.source === 'dispute' ? r.disputeCaseNo : r.sourceNote;
  return which ? `${ACTION_SOURCE_LABELS[r.source]}（${which}）` : ACTION_SOURCE_LABELS[r.source];
};

export const ACTION_COLUMNS: readonly Column<ActionItemView>[] = [
  { header: '状态', width: 12, value: (r) => ACTION_STATUS_LABELS[r.status] },
  { header: '逾期天数', width: 9, value: (r) => (r.overdue ? r.daysOverdue : null) },
  { header: '整改期限', width: 11, value: (r) => r.dueOn },
  { header: '存在问题', width: 40, value: (r) => r.problem },
  { header: '整改要求', width: 40, value: (r) => r.rectification },
  { header: '责任主体类型', width: 12, value: (r) => RESPONSIBLE_KIND_LABELS[r.responsibleKind] },
  { header: '责任单位或责任人', width: 22, value: (r) => r.responsibleName },
  { header: '问题来源', width: 22, value: sourceText },
  { header: '小区', width: 16, value: (r) => r.estateName },
  { header: '物业服务企业', width: 24, value: (r) => r.companyName },
  { header: '完成日期', width: 11, value: (r) => r.completedOn },
  { header: '完成情况及佐证', width: 36, value: (r) => r.evidence },
  { header: '核验日期', width: 11, value: (r) => r.verifiedOn },
  { header: '核验人', width: 10, value: (r) => r.verifiedBy },
];

export type ActionsAbout = { exportedAt: Date; exportedBy: string; today: string; filters: readonly [string, string][] };

/** Streams 整改清单 then 说明 to `out`; returns the number of items written. */
export async function writeActionsXlsx(out: Writable, pages: AsyncIterable<readonly ActionItemView[]>, about: ActionsAbout): Promise<number> {
  const wb = streamingWorkbook(out, about.exportedBy, about.exportedAt);
  const table = sheetWithHeader(wb, '整改清单', ACTION_COLUMNS, 1, 'landscape');
  const rows = await writePages(table, pages, out);
  const at = exportedAtText(about.exportedAt);
  aboutSheet(wb, [
    ['导出时间', at],
    ['导出人', about.exportedBy],
    ['事项数', String(rows)],
    ['逾期按', `${about.today}（北京时间）计算：未完成且整改期限早于当天的事项为逾期，排在最前`],
    ...about.filters,
    ['说明', '本次导出已记入变更记录。'],
  ]);
  await wb.commit();
  return rows;
}
