import { z } from 'zod';
import { MINUTES_ACTIONS } from './minutes-actions';
import {
  ATTENDANCES, CADENCES, MATTER_KINDS, MEETING_SCOPES, MEETING_STATUSES, MINUTES_STATUSES, OUTCOMES, TOPIC_SOURCES, TOPIC_STATUSES, VOTE_RULES,
} from './meetings.schema';

/** What the core returns: plain objects the renderer shows and the contract validates on the way out. */
const meetingSide = z.object({ code: z.string(), label: z.string(), required: z.boolean() });
export const meetingKindView = z.object({
  code: z.string(),
  name: z.string(),
  scope: z.enum(MEETING_SCOPES),
  cadence: z.enum(CADENCES),
  voteRule: z.enum(VOTE_RULES),
  sides: z.array(meetingSide),
});
/** The kinds in force: `version` is null while the defaults apply (nothing saved yet). */
export const meetingKindsView = z.object({ kinds: z.array(meetingKindView), version: z.number().nullable(), inUse: z.array(z.string()) });

export const meetingRow = z.object({
  id: z.string(),
  version: z.number(),
  kind: z.string(),
  kindName: z.string(),
  scope: z.enum(MEETING_SCOPES),
  placeName: z.string(),
  estateId: z.string().nullable(),
  communityId: z.string().nullable(),
  title: z.string(),
  status: z.enum(MEETING_STATUSES),
  startsAt: z.string(),
  endsAt: z.string(),
  place: z.string(),
  hostName: z.string(),
  minutesStatus: z.enum(MINUTES_STATUSES),
  resolutionCount: z.number(),
});

export const attendeeView = z.object({
  id: z.string(),
  name: z.string(),
  side: z.string(),
  organisation: z.string().nullable(),
  committeeMemberId: z.string().nullable(),
  staffId: z.string().nullable(),
  invited: z.boolean(),
  attendance: z.enum(ATTENDANCES).nullable(),
  uninvitedReason: z.string().nullable(),
});
export const agendaItemView = z.object({ id: z.string(), title: z.string(), topicId: z.string().nullable(), discussion: z.string().nullable() });
export const resolutionView = z.object({
  id: z.string(),
  content: z.string(),
  topicId: z.string().nullable(),
  vote: z.object({ for: z.number(), against: z.number(), abstain: z.number() }).nullable(),
  outcome: z.enum(OUTCOMES).nullable(),
});
export const addendumView = z.object({ id: z.string(), addedOn: z.string(), content: z.string(), signerName: z.string(), signedBy: z.string() });

export const meetingDetail = meetingRow.extend({
  committeeId: z.string().nullable(),
  hostStaffId: z.string().nullable(),
  recorderName: z.string(),
  recorderStaffId: z.string().nullable(),
  notes: z.string().nullable(),
  voteRule: z.enum(VOTE_RULES),
  sides: z.array(meetingSide),
  attendees: z.array(attendeeView),
  agenda: z.array(agendaItemView),
  resolutions: z.array(resolutionView),
  addenda: z.array(addendumView),
  submittedAt: z.string().nullable(),
  approvedAt: z.string().nullable(),
  approverName: z.string().nullable(),
  lockedAt: z.string().nullable(),
  minutesHash: z.string().nullable(),
  /** What the minutes still lack before submission (empty when ready). */
  gaps: z.array(z.string()),
  /** The minutes actions the caller may take now. */
  actions: z.array(z.enum(MINUTES_ACTIONS)),
});

export const topicView = z.object({
  id: z.string(),
  version: z.number(),
  title: z.string(),
  description: z.string().nullable(),
  source: z.enum(TOPIC_SOURCES),
  caseId: z.string().nullable(),
  matterKind: z.enum(MATTER_KINDS),
  receivedAt: z.string(),
  requester: z.string().nullable(),
  estateId: z.string().nullable(),
  communityId: z.string().nullable(),
  placeName: z.string(),
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  resolutionId: z.string().nullable(),
  status: z.enum(TOPIC_STATUSES),
  completedOn: z.string().nullable(),
});

/** One period of one kind for one place: held, missed, still open, or before the place existed. */
export const periodCellView = z.object({ key: z.string(), from: z.string(), to: z.string(), held: z.number(), state: z.enum(['held', 'missed', 'open', 'before']) });
export const periodRowView = z.object({ kind: z.string(), kindName: z.string(), scope: z.enum(MEETING_SCOPES), unitId: z.string(), unitName: z.string(), cells: z.array(periodCellView) });
export const missedMeetingView = z.object({ kind: z.string(), kindName: z.string(), scope: z.enum(MEETING_SCOPES), unitId: z.string(), unitName: z.string(), period: z.string() });
export const levelCountView = z.object({ kind: z.string(), kindName: z.string(), expected: z.number(), held: z.number(), missed: z.number() });

export type MeetingKindsView = z.infer<typeof meetingKindsView>;
export type MeetingRow = z.infer<typeof meetingRow>;
export type MeetingDetail = z.infer<typeof meetingDetail>;
export type TopicView = z.infer<typeof topicView>;
export type PeriodRowView = z.infer<typeof periodRowView>;
export type MissedMeetingView = z.infer<typeof missedMeetingView>;
