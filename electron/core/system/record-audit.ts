import { FIELD_LABELS, fieldNameOfColumn } from '#shared/i18n/field-labels.zh-CN';
import type { Ledger } from '../db/open-ledger';
import { AUDITED_TABLES, type AuditedTable } from './audited-tables';
import { auditTable, type RawRecordProblem } from './record-audit.repository';

export type RecordProblem = RawRecordProblem & { message: string };
export type RecordsReport = { ok: boolean; checked: number; problems: RecordProblem[]; more: number };

/** Problems listed in full; the rest are counted (a ledger rewritten wholesale would list a million). */
export const MAX_LISTED_PROBLEMS = 100;

const fieldName = (column: string) => {
  const label = FIELD_LABELS[fieldNameOfColumn(column)];
  return label ? `「${label}」（${column}）` : `「${column}」`;
};

/** One sentence naming the table, the record and the fields, never their values (they may be ID numbers). */
export function recordProblemMessage(p: RawRecordProblem, t: Pick<AuditedTable, 'label'>): string {
  const record = `${t.label}（${p.table}）记录 ${p.id}`;
  if (p.kind === 'unlogged') return `${record} 在变更记录中没有任何登记：它是绕过台账程序直接写进数据库的。`;
  if (p.kind === 'row-missing') return `${record} 在数据表中不见了（其最新版本是第 ${p.seq} 条变更记录）：它被直接从数据库删除了。`;
  return `${record} 的${p.fields.map(fieldName).join('、')}与第 ${p.seq} 条变更记录不一致：数据表被直接改动过。`;
}

/**
 * Every audited row against its latest change-log entry (see
 * record-audit.repository.ts). Streams each table once; memory holds only the
 * first MAX_LISTED_PROBLEMS problems.
 */
export function auditRecords(raw: Ledger['raw'], tables: readonly AuditedTable[] = AUDITED_TABLES): RecordsReport {
  const problems: RecordProblem[] = [];
  let more = 0;
  let checked = 0;
  for (const t of tables) {
    checked += auditTable(raw, t, (p) => {
      if (problems.length < MAX_LISTED_PROBLEMS) problems.push({ ...p, message: recordProblemMessage(p, t) });
      else more++;
    });
  }
  return { ok: problems.length === 0, checked, problems, more };
}
