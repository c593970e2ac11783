import type { CeaseReason, CommitteeKind, CommitteeStatus, CorrectionKind, MemberPosition } from '#shared/domain/committees/committees.schema';
import type { ElectionKind, ElectionStatus, Nomination } from '#shared/domain/committees/election-actions';
import type { Verdict } from '#shared/domain/committees/evaluation-rules';
import type { TrainingKind } from '#shared/domain/committees/training-rules';
import type { AssemblyDecision, WithdrawalStep } from '#shared/domain/committees/withdrawal';
import type { CheckResult, Opinion, VettingDecision } from '#shared/domain/committees/vetting';
import type { Generated } from 'kysely';
import type { RecordColumns } from '../db/record-columns';

/** 0 or 1: SQLite STRICT tables have no boolean. */
type Flag = 0 | 1;

export type CommitteeRulesTable = RecordColumns & {
  term_years: number;
  required_percent: number;
  target_percent: number;
  publication_days: number;
  /** JSON array of ChecklistItem. */
  checklist: string;
  /** JSON array of department names. */
  departments: string;
  /** JSON array of ScoringItem (履职评议 sheet). */
  scoring_sheet: string;
  pass_score: number;
  rectification_days: number;
};

export type CommitteeEvaluationsTable = RecordColumns & {
  committee_id: string;
  half: string;
  evaluated_on: string;
  /** The evaluation group's names, one per line. */
  evaluators: string;
  /** JSON object: item key → points. */
  scores: string;
  total: number;
  verdict: Verdict;
  rectification_due: string | null;
};

/** One term (届) of an estate's committee; dates are China calendar dates. */
export type CommitteesTable = RecordColumns & {
  estate_id: string;
  kind: CommitteeKind;
  term_no: number;
  term_start: string;
  term_end: string;
  status: CommitteeStatus;
  filed_on: string | null;
  party_branch: string | null;
  ended_on: string | null;
  end_reason: string | null;
  /** The election whose result seated this term, when it came from one. */
  election_id: string | null;
  /** Derived, kept by triggers (migration 2026_12_03_1710), never logged or exported: serving members, party members among them, the latest evaluation total. */
  serving_members: Generated<number>;
  serving_party_members: Generated<number>;
  last_score: Generated<number | null>;
};

export type CommitteeMembersTable = RecordColumns & {
  committee_id: string;
  name: string;
  position: MemberPosition;
  party_member: Flag;
  cross_serving: Flag;
  /** Sensitive. */
  phone: string | null;
  /** Sensitive (GB 11643-1999): encrypted at rest (fieldcrypt/); the one-seat rule compares `id_number_hash`. */
  id_number: string;
  designated_on: string;
  ceased_on: string | null;
  cease_reason: CeaseReason | null;
  cease_note: string | null;
  candidate_id: string | null;
  /** Keyed hash of the ID number (set by the field codec when the row is sealed). */
  id_number_hash?: string | null;
};

export type CommitteeCorrectionsTable = RecordColumns & {
  committee_id: string;
  kind: CorrectionKind;
  decision: string;
  decided_on: string;
  correction: string;
  corrected_on: string;
};

export type CommitteeElectionsTable = RecordColumns & {
  estate_id: string;
  committee_id: string | null;
  kind: ElectionKind;
  status: ElectionStatus;
  publication_place: string | null;
  published_from: string | null;
  published_until: string | null;
  assembly_on: string | null;
  new_committee_id: string | null;
};

export type ElectionCandidatesTable = RecordColumns & {
  election_id: string;
  name: string;
  nomination: Nomination;
  party_member: Flag;
  /** Sensitive. */
  phone: string | null;
  /** Sensitive: encrypted at rest; one candidacy per election is checked on `id_number_hash`. */
  id_number: string;
  decision: VettingDecision | null;
  decision_reason: string | null;
  decided_by: string | null;
  decided_at: string | null;
  override: string | null;
  votes: number | null;
  elected: Flag | null;
  /** Keyed hash of the ID number (set by the field codec when the row is sealed). */
  id_number_hash?: string | null;
};

export type CandidateChecksTable = RecordColumns & {
  candidate_id: string;
  item_key: string;
  result: CheckResult;
  checked_by: string;
  checked_on: string;
  evidence: string | null;
};

export type CandidateOpinionsTable = RecordColumns & {
  candidate_id: string;
  department: string;
  opinion: Opinion;
  note: string | null;
  given_on: string;
};

export type ElectionObjectionsTable = RecordColumns & {
  election_id: string;
  candidate_id: string | null;
  received_on: string;
  content: string;
  resolution: string | null;
};

export type TrainingSessionsTable = RecordColumns & { held_on: string; topic: string; kind: TrainingKind; trainer: string; place: string };
export type TrainingAttendanceTable = RecordColumns & { session_id: string; member_id: string };

export type WithdrawalProceduresTable = RecordColumns & {
  member_id: string;
  step: WithdrawalStep;
  proposed_on: string;
  grounds: string;
  talk_on: string | null;
  talk_note: string | null;
  assembly_on: string | null;
  decision: AssemblyDecision | null;
};

export type CommitteeTables = {
  committee_rules: CommitteeRulesTable;
  committees: CommitteesTable;
  committee_members: CommitteeMembersTable;
  committee_corrections: CommitteeCorrectionsTable;
  committee_elections: CommitteeElectionsTable;
  election_candidates: ElectionCandidatesTable;
  candidate_checks: CandidateChecksTable;
  candidate_opinions: CandidateOpinionsTable;
  election_objections: ElectionObjectionsTable;
  committee_evaluations: CommitteeEvaluationsTable;
  training_sessions: TrainingSessionsTable;
  training_attendance: TrainingAttendanceTable;
  withdrawal_procedures: WithdrawalProceduresTable;
};

/** Every committee table, in the order a bundle carries them. */
export const COMMITTEE_TABLE_NAMES = [
  'committee_rules', 'committees', 'committee_members', 'committee_corrections',
  'committee_elections', 'election_candidates', 'candidate_checks', 'candidate_opinions', 'election_objections', 'committee_evaluations',
  'training_sessions', 'training_attendance', 'withdrawal_procedures',
] as const satisfies readonly (keyof CommitteeTables)[];
export type CommitteeTable = (typeof COMMITTEE_TABLE_NAMES)[number];
