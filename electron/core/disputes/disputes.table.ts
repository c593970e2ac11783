import type { Updateable } from 'kysely';
import type { DeadlineMetBy } from '#shared/domain/disputes/disputes.schema';
import type { RecordColumns } from '../db/record-columns';

type Tier = 'minor' | 'medium' | 'major';

export type DisputesTable = RecordColumns & {
  case_year: number;
  case_seq: number;
  case_no: string;
  source: 'walk-in' | 'phone' | 'hotline-12345' | 'grid-report' | 'department-referral' | 'court-referral';
  hotline_order_no: string | null;
  hotline_received_at: string | null;
  received_at: string;
  estate_id: string;
  company_id: string | null;
  category:
    | 'property-fee' | 'repairs' | 'parking' | 'noise-neighbours' | 'public-revenue' | 'fee-adjustment' | 'renovation'
    | 'illegal-construction' | 'fire-hazard' | 'street-occupation' | 'maintenance-fund' | 'greening' | 'sanitation' | 'other';
  tier: Tier;
  suggested_tier: Tier;
  tier_reason: string | null;
  tier_started_at: string;
  description: string;
  status: 'registered' | 'assigned' | 'mediating' | 'settled' | 'failed' | 'referred' | 'closed' | 'rejected' | 'withdrawn';
  mediator_id: string | null;
  assigned_at: string | null;
  first_session_at: string | null;
  outcome_at: string | null;
  agreed_terms: string | null;
  performance: string | null;
  performance_due: string | null;
  failure_reason: string | null;
  court_name: string | null;
  court_date: string | null;
  court_reference: string | null;
  department_name: string | null;
  department_referred_at: string | null;
  department_result: string | null;
  department_result_at: string | null;
  joint_referral_at: string | null;
  feedback_at: string | null;
  satisfaction: 'satisfied' | 'basically-satisfied' | 'dissatisfied' | null;
  feedback_notes: string | null;
  return_visit_due_at: string | null;
  return_visit_at: string | null;
  return_visit_notes: string | null;
  rejection_reason: string | null;
  withdrawal_reason: string | null;
  closed_at: string | null;
  /** JSON array of SupersededDeadline: deadlines missed under a tier the case was escalated out of; null for none. */
  superseded_deadlines: string | null;
  /** The nearest unmet deadline, kept in step by the service for sorting and the overdue filter. */
  next_due_at: string | null;
  /** The nearest unmet due time per event that meets it (derived like next_due_at; see STEP_DUE_COLUMNS). */
  due_first_session_at: string | null;
  due_outcome_at: string | null;
  due_joint_referral_at: string | null;
  due_feedback_at: string | null;
  due_return_visit_at: string | null;
  /** The case's rowid in disputes_search (received ms × 1000 + tie-breaker). */
  search_key: number;
};

export type DisputePartiesTable = RecordColumns & {
  dispute_id: string;
  position: number;
  role: 'applicant' | 'respondent';
  kind: 'person' | 'company' | 'committee';
  name: string;
  /** Sensitive: encrypted at rest (fieldcrypt/); plain only after the codec opens the row. */
  phone: string | null;
  /** Sensitive (GB 11643-1999 resident ID): encrypted at rest, like `phone`. */
  id_number: string | null;
  company_id: string | null;
  /** The agreement's details (see shared/domain/disputes/party-details.ts); personal data. */
  gender: 'male' | 'female' | null;
  birth_date: string | null;
  ethnicity: string | null;
  occupation: string | null;
  residence: string | null;
  representative: string | null;
  /** Keyed hash of the ID number (set by the field codec when the row is sealed). */
  id_number_hash?: string | null;
};

export type DisputeSessionsTable = RecordColumns & {
  dispute_id: string;
  held_at: string;
  place: string;
  attendees: string;
  mediator_id: string | null;
  notes: string;
};

export type DisputeEvidenceTable = RecordColumns & {
  dispute_id: string;
  name: string;
  provided_by: string | null;
  received_at: string;
  notes: string | null;
};

export type DisputeEscalationsTable = RecordColumns & {
  dispute_id: string;
  from_tier: Tier;
  to_tier: Tier;
  reason: string;
  escalated_at: string;
};

export type DeadlineRulesTable = RecordColumns & {
  kind: string;
  /** The rule's condition as `ruleWhenKey` writes it, e.g. 'tier:minor'. */
  applies_to: string;
  amount: number;
  unit: 'hours' | 'calendar-days' | 'working-days';
  met_by: string;
  clock_from: string | null;
};

export type OperatorPreferencesTable = { operator_id: string; key: string; value: string; updated_at: string };

export type DisputesSearchTable = { rowid: number; tokens: string };

export type DisputeTables = {
  disputes: DisputesTable;
  dispute_parties: DisputePartiesTable;
  dispute_sessions: DisputeSessionsTable;
  dispute_evidence: DisputeEvidenceTable;
  dispute_escalations: DisputeEscalationsTable;
  deadline_rules: DeadlineRulesTable;
  operator_preferences: OperatorPreferencesTable;
  disputes_search: DisputesSearchTable;
};

/** A partial update of a dispute row, as services build it. */
export type DisputePatch = Updateable<DisputesTable>;

/** The derived column holding each step's nearest unmet due time. */
export const STEP_DUE_COLUMNS = {
  'first-session': 'due_first_session_at',
  outcome: 'due_outcome_at',
  'joint-referral': 'due_joint_referral_at',
  feedback: 'due_feedback_at',
  'return-visit': 'due_return_visit_at',
} as const satisfies Record<DeadlineMetBy, keyof DisputesTable>;

/** The columns the deadline rules read (a batched recompute selects only these, not the texts). */
export const DEADLINE_COLUMNS = [
  'source', 'tier', 'status', 'received_at', 'tier_started_at', 'outcome_at', 'first_session_at', 'joint_referral_at',
  'feedback_at', 'return_visit_at', 'return_visit_due_at', 'department_result_at', 'superseded_deadlines',
  'agreed_terms', 'failure_reason', 'department_referred_at',
] as const;

/** Every derived due column: refreshed together, never exported, never a reason for a change-log entry. */
export type DerivedDues = Pick<DisputesTable, 'next_due_at' | (typeof STEP_DUE_COLUMNS)[DeadlineMetBy]>;
