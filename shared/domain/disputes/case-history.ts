/**
 * 操作记录: one line in Chinese per change-log entry of a case and its parties,
 * sessions, evidence and escalations. Pure: the service reads the entries, this
 * says what each one did. Field names are shown, never their values (a payload
 * may hold ID numbers or phone numbers); only status and tier changes, which are
 * labels, are spelled out.
 */
import { z } from 'zod';
import { fieldLabel, fieldNameOfColumn } from '../../i18n/field-labels.zh-CN';
import { DOCUMENT_TITLES, type DocumentKind } from './document-requirements';
import { STATUS_LABELS, TIER_LABELS, type DisputeStatus, type DisputeTier } from './disputes.schema';

export const historyEntry = z.object({ seq: z.number(), at: z.string(), actor: z.string(), what: z.string() });
export type HistoryEntry = z.infer<typeof historyEntry>;

/** A change-log entry as the service reads it (payload parsed). */
export type LoggedChange = { seq: number; at: string; actor: string; entity: string; entityId: string; action: string; payload: Record<string, unknown> };

// Columns that change with every write or are bookkeeping, not something a clerk did
// (the due_* columns are the derived per-step due times, STEP_DUE_COLUMNS in disputes.table.ts).
const QUIET = new Set([
  'updated_at', 'version', 'next_due_at', 'search_key', 'status', 'tier', 'tier_started_at', 'superseded_deadlines', 'suggested_tier',
  'due_first_session_at', 'due_outcome_at', 'due_joint_referral_at', 'due_feedback_at', 'due_return_visit_at',
]);

const CREATED: Record<string, string> = {
  disputes: '登记案件',
  dispute_parties: '登记当事人',
  dispute_sessions: '记录调解过程',
  dispute_evidence: '登记证据材料',
  dispute_escalations: '升级处理等级',
};
const NOUN: Record<string, string> = { disputes: '案件', dispute_parties: '当事人', dispute_sessions: '调解记录', dispute_evidence: '证据材料', dispute_escalations: '升级记录' };
const REVEALED: Record<string, string> = { phone: '电话', idNumber: '身份证号' };
// A generated document is logged under the case's id (documents/document-desk.ts: GENERATED_DOCUMENT_ENTITY).
const generated = (kind: unknown) => `生成${DOCUMENT_TITLES[kind as DocumentKind] ?? '文书'}`;

const corrected = (p: Record<string, unknown>) => {
  const labels = Array.isArray(p.labels) ? p.labels.map((l) => `「${String(l)}」`).join('、') : '';
  return `更正登记信息${labels ? `：${labels}` : ''}（原因：${String(p.reason ?? '')}）`;
};

// Stored columns whose input field has another name (or none); the rest read FIELD_LABELS.
const COLUMN_LABELS: Record<string, string> = {
  assigned_at: '分派时间', first_session_at: '首次调解时间', outcome_at: '调解结果时间', court_name: '法院', court_date: '移送日期',
  court_reference: '文号', department_name: '接收部门', department_referred_at: '移交时间', department_result: '部门办理结果',
  department_result_at: '部门办理时间', joint_referral_at: '联合处置移交时间', feedback_at: '反馈时间', feedback_notes: '反馈说明',
  return_visit_at: '回访时间', return_visit_notes: '回访记录', rejection_reason: '不予受理理由', withdrawal_reason: '撤回原因',
  closed_at: '结案时间', deleted_at: '删除时间', from_tier: '原等级', to_tier: '新等级', escalated_at: '升级时间', received_at: '受理时间',
};
const labelOf = (column: string) => COLUMN_LABELS[column] ?? fieldLabel([fieldNameOfColumn(column)]);
const changedFields = (before: Record<string, unknown>, after: Record<string, unknown>) =>
  Object.keys(after).filter((k) => !QUIET.has(k) && JSON.stringify(after[k] ?? null) !== JSON.stringify(before[k] ?? null));

/** The sentence for one entry; `previous` is the same record's entry before it (for updates). */
export function describeChange(c: LoggedChange, previous: Record<string, unknown> | null): string {
  const noun = NOUN[c.entity] ?? c.entity;
  if (c.entity === 'generated-document') return generated(c.payload.kind);
  // A correction (dispute-correction.ts) carries its reason and which fields, never their values.
  if (c.entity === 'dispute-correction') return corrected(c.payload);
  if (c.entity === 'dispute-duplicate-order') return `登记重复的 12345 工单（原因：${String(c.payload.reason ?? '')}）`;
  if (c.action === 'reveal') return `查看${noun}${REVEALED[String(c.payload.field)] ?? '敏感信息'}`;
  if (c.action === 'create') return CREATED[c.entity] ?? `新增${noun}`;
  if (c.action === 'delete') return `删除${noun}`;
  const before = previous ?? {};
  const parts: string[] = [];
  if (c.entity === 'disputes' && before.status !== undefined && c.payload.status !== before.status) {
    parts.push(`状态：${STATUS_LABELS[before.status as DisputeStatus] ?? before.status} → ${STATUS_LABELS[c.payload.status as DisputeStatus] ?? c.payload.status}`);
  }
  if (c.entity === 'disputes' && before.tier !== undefined && c.payload.tier !== before.tier) {
    parts.push(`处理等级：${TIER_LABELS[before.tier as DisputeTier] ?? before.tier} → ${TIER_LABELS[c.payload.tier as DisputeTier] ?? c.payload.tier}`);
  }
  const fields = changedFields(before, c.payload).map((k) => `「${labelOf(k)}」`);
  if (fields.length > 0) parts.push(`填写或修改了${fields.join('、')}`);
  return parts.length > 0 ? `${noun}：${parts.join('；')}` : `更新${noun}`;
}

/** Every entry described, oldest first, each update compared with the same record's previous entry. */
export function describeHistory(changes: readonly LoggedChange[], nameOf: (actor: string) => string): HistoryEntry[] {
  const last = new Map<string, Record<string, unknown>>();
  return changes.map((c) => {
    const key = `${c.entity}:${c.entityId}`;
    const what = describeChange(c, last.get(key) ?? null);
    if (c.action !== 'reveal') last.set(key, c.payload);
    return { seq: c.seq, at: c.at, actor: nameOf(c.actor), what };
  });
}
