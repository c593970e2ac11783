import { EXPORTABLES } from '../sync/exportable-tables';

/**
 * A table whose every row must be what its latest change-log entry says.
 * `ignore`: columns that are not in the log or are refreshed without an entry
 * (derived caches, local keys, secrets the log deliberately leaves out).
 */
export type AuditedTable = { table: string; label: string; ignore: readonly string[] };

const LABELS: Record<string, string> = {
  offices: '街道信息',
  communities: '社区',
  companies: '物业服务企业',
  estates: '小区',
  staff: '工作人员',
  disputes: '纠纷案件',
  dispute_parties: '纠纷当事人',
  dispute_sessions: '调解记录',
  dispute_evidence: '证据材料',
  dispute_escalations: '升级处理记录',
  deadline_rules: '期限规则',
  committee_rules: '业委会规则',
  committees: '业委会',
  committee_members: '业委会成员',
  committee_corrections: '纠错与改选记录',
  committee_elections: '业委会选举',
  election_candidates: '候选人',
  candidate_checks: '资格审查项',
  candidate_opinions: '联审意见',
  election_objections: '公示期异议',
  committee_evaluations: '履职评议',
  training_sessions: '培训',
  training_attendance: '参训记录',
  withdrawal_procedures: '劝退程序',
  operators: '操作员账号',
  // meetings (issue 11)
  meeting_kind_rules: '会议类型',
  meetings: '会议',
  meeting_attendees: '参会人员',
  meeting_topics: '议题',
  meeting_agenda_items: '会议议程',
  meeting_resolutions: '会议决议',
  meeting_addenda: '纪要补充说明',
  // actions (整改清单)
  action_items: '整改事项',
  // consult (结果公示)
  topic_publications: '结果公示',
};

/**
 * The travelling records (every exportable table, with the columns that never
 * leave the office ignored, as export ignores them), plus operator accounts:
 * they never travel, but who may do what is exactly what an audit must cover.
 * Their password hash never enters the log, so it cannot be checked here.
 */
export const AUDITED_TABLES: readonly AuditedTable[] = [
  ...EXPORTABLES.map((e) => ({ table: e.entity, label: LABELS[e.entity] ?? e.entity, ignore: e.omit ?? [] })),
  { table: 'operators', label: LABELS.operators!, ignore: ['password_hash'] },
];
