import type { Attendance, MatterKind, MeetingScope, MeetingStatus, MinutesStatus, Outcome, TopicSource, TopicStatus } from '#shared/domain/meetings/meetings.schema';
import type { RecordColumns } from '../db/record-columns';

/** 0 or 1: SQLite STRICT tables have no boolean. */
type Flag = 0 | 1;

/** The office's meeting kinds once the director saved them (one row; the defaults apply until then). */
export type MeetingKindRulesTable = RecordColumns & {
  /** JSON array of MeetingKind. */
  kinds: string;
};

export type MeetingsTable = RecordColumns & {
  /** A kind's code from the kinds in force. */
  kind: string;
  scope: MeetingScope;
  estate_id: string | null;
  community_id: string | null;
  /** The estate's committee at the time, where the kind involves it (attendees come from its members). */
  committee_id: string | null;
  title: string;
  status: MeetingStatus;
  starts_at: string;
  ends_at: string;
  /** The China calendar date of starts_at (the cadence periods count by it). */
  meeting_date: string;
  place: string;
  host_name: string;
  host_staff_id: string | null;
  recorder_name: string;
  recorder_staff_id: string | null;
  notes: string | null;
  minutes_status: MinutesStatus;
  submitted_at: string | null;
  submitted_by: string | null;
  approved_at: string | null;
  /** The approving operator's actor. */
  approved_by: string | null;
  /** The approver's name as signed. */
  approver_name: string | null;
  locked_at: string | null;
  locked_by: string | null;
  /** SHA-256 (hex) of the locked minutes' canonical text (minutes-text.ts). */
  minutes_hash: string | null;
};

export type MeetingAttendeesTable = RecordColumns & {
  meeting_id: string;
  position: number;
  name: string;
  /** A side's code of the meeting's kind. */
  side: string;
  organisation: string | null;
  committee_member_id: string | null;
  staff_id: string | null;
  invited: Flag;
  attendance: Attendance | null;
  uninvited_reason: string | null;
};

export type MeetingTopicsTable = RecordColumns & {
  title: string;
  description: string | null;
  source: TopicSource;
  /** The dispute the topic came from (source `dispute`). */
  case_id: string | null;
  matter_kind: MatterKind;
  received_at: string;
  /** Who raised it (a resident's name: pseudonymised in bundles). */
  requester: string | null;
  estate_id: string | null;
  community_id: string | null;
  meeting_id: string | null;
  resolution_id: string | null;
  status: TopicStatus;
  completed_on: string | null;
};

export type MeetingAgendaItemsTable = RecordColumns & {
  meeting_id: string;
  position: number;
  title: string;
  topic_id: string | null;
  discussion: string | null;
};

export type MeetingResolutionsTable = RecordColumns & {
  meeting_id: string;
  position: number;
  content: string;
  topic_id: string | null;
  vote_taken: Flag;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  outcome: Outcome | null;
};

export type MeetingAddendaTable = RecordColumns & {
  meeting_id: string;
  added_on: string;
  content: string;
  /** The signing operator's actor. */
  signed_by: string;
  signer_name: string;
};

export type MeetingTables = {
  meeting_kind_rules: MeetingKindRulesTable;
  meetings: MeetingsTable;
  meeting_attendees: MeetingAttendeesTable;
  meeting_topics: MeetingTopicsTable;
  meeting_agenda_items: MeetingAgendaItemsTable;
  meeting_resolutions: MeetingResolutionsTable;
  meeting_addenda: MeetingAddendaTable;
};

/** Every meetings table, in the order a bundle carries them. */
export const MEETING_TABLE_NAMES = [
  'meeting_kind_rules', 'meetings', 'meeting_attendees', 'meeting_topics', 'meeting_agenda_items', 'meeting_resolutions', 'meeting_addenda',
] as const satisfies readonly (keyof MeetingTables)[];
export type MeetingTable = (typeof MEETING_TABLE_NAMES)[number];
