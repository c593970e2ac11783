import { z } from 'zod';
import { openDocumentInput, writtenDocument } from '../../domain/documents/documents.schema';
import type { Role } from '../../domain/auth/roles';
import { isoDate } from '../../domain/committees/committees.schema';
import { isoInstant } from '../../domain/disputes/disputes.schema';
import { meetingKindsSchema } from '../../domain/meetings/meeting-kinds';
import {
  addendumView, levelCountView, meetingDetail, meetingKindsView, meetingRow, missedMeetingView, periodRowView, topicView,
} from '../../domain/meetings/meeting-views';
import { attendance, kindKey, matterKind, meetingScope, meetingStatus, minutesStatus, sideKey, topicSource, topicStatus } from '../../domain/meetings/meetings.schema';
import { entityId, optionalText, requiredText, version } from '../../domain/registry/registry.schema';
import { procedure } from '../procedure';

/** Secretaries record meetings, with the leadership; the host (any staff account standing for them) or the director approves. */
const RECORDERS: readonly Role[] = ['administrator', 'director', 'secretary'];
/** Editing the kinds is the director's. */
const LEADS: readonly Role[] = ['administrator', 'director'];
/** Approving and locking is checked against the meeting's host in the service; any staff account may try. */
const STAFF: readonly Role[] = ['administrator', 'director', 'mediator', 'reviewer', 'secretary'];

const target = { id: entityId, version };
const optionalId = entityId.nullish().transform((v) => v ?? null);
const detailOut = meetingDetail;
const write = <I extends z.ZodObject>(summary: string, input: I, access: readonly Role[] = RECORDERS) =>
  procedure({ summary, input, output: detailOut, mutates: true, access });

/** The facts of a meeting as it is planned or recorded; the end must follow the start. */
export const meetingFields = {
  kind: kindKey,
  scope: meetingScope,
  estateId: optionalId,
  communityId: optionalId,
  title: requiredText(100),
  status: meetingStatus,
  startsAt: isoInstant,
  endsAt: isoInstant,
  place: requiredText(100),
  hostName: requiredText(30),
  hostStaffId: optionalId,
  recorderName: requiredText(30),
  recorderStaffId: optionalId,
};
type Times = { startsAt: string; endsAt: string };
const endAfterStart = (v: Times, ctx: z.RefinementCtx) => {
  if (Date.parse(v.endsAt) <= Date.parse(v.startsAt)) ctx.addIssue({ code: 'custom', path: ['endsAt'], message: '不能早于或等于开始时间' });
};

export const attendeeInput = z.strictObject({
  id: entityId.optional(),
  name: requiredText(30),
  side: sideKey,
  organisation: optionalText(60),
  committeeMemberId: optionalId,
  staffId: optionalId,
  invited: z.boolean('应为是或否'),
  attendance: attendance.nullable(),
  uninvitedReason: optionalText(200),
});
export const agendaItemInput = z.strictObject({ id: entityId.optional(), itemTitle: requiredText(200), topicId: optionalId, discussion: optionalText(5000) });
const count = z.int('应为整数').min(0, '不能为负数').max(100_000, '不能超过 100000');
export const voteInput = z.strictObject({ votesFor: count, votesAgainst: count, votesAbstain: count });
export const resolutionInput = z.strictObject({ id: entityId.optional(), resolutionText: requiredText(2000), topicId: optionalId, vote: voteInput.nullable() });

const topicFields = {
  topicTitle: requiredText(100),
  topicDetail: optionalText(2000),
  source: topicSource,
  caseId: optionalId,
  matterKind,
  receivedAt: isoInstant,
  requester: optionalText(30),
  estateId: optionalId,
  communityId: optionalId,
};

export const meetingsContract = {
  /** The meeting kinds in force (the published defaults until the director saves a list) and the codes meetings already use. */
  'meetings:get-kinds': procedure({ summary: '会议类型', input: z.strictObject({}), output: meetingKindsView, mutates: false, access: 'signed-in' }),
  /** Replaces the kinds list; `version` is null for the first save over the defaults. A code meetings use cannot be removed. */
  'meetings:update-kinds': procedure({
    summary: '修改会议类型',
    input: z.strictObject({ version: version.nullable(), kinds: meetingKindsSchema }),
    output: meetingKindsView,
    mutates: true,
    access: LEADS,
  }),
  /** Meetings, newest first, filtered by kind, scope, place, period (China dates, inclusive) and status. */
  'meetings:list': procedure({
    summary: '会议列表',
    input: z.strictObject({
      kind: kindKey.optional(),
      scope: meetingScope.optional(),
      estateId: entityId.optional(),
      communityId: entityId.optional(),
      dateFrom: isoDate.optional(),
      dateUntil: isoDate.optional(),
      status: meetingStatus.optional(),
      minutesStatus: minutesStatus.optional(),
      offset: z.int().min(0).max(1_000_000),
      limit: z.int().min(1).max(500, '每页不能超过 500 条'),
    }),
    output: z.object({ rows: z.array(meetingRow), total: z.number() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** One meeting with its attendees, agenda, resolutions, addenda, what the minutes lack and the actions open to the caller. */
  'meetings:get': procedure({ summary: '查看会议', input: z.strictObject({ id: entityId }), output: detailOut, mutates: false, access: 'signed-in' }),
  /** Plans or records a meeting, with its invited attendees (the sign-in sheet can be printed from then on). */
  'meetings:create': write('登记会议', z.strictObject({ ...meetingFields, attendees: z.array(attendeeInput).max(200, '参会人员不能超过 200 人') }).superRefine(endAfterStart)),
  /** Corrects a meeting's facts and discussion notes (draft minutes only). */
  'meetings:update': write('修改会议信息', z.strictObject({ ...target, ...meetingFields, discussionNotes: optionalText(20_000) }).superRefine(endAfterStart)),
  /** Replaces the attendee list with attendance (点名签到): present, absent, apologies; uninvited present only with the reason. */
  'meetings:set-attendees': write('签到点名', z.strictObject({ ...target, attendees: z.array(attendeeInput).max(200, '参会人员不能超过 200 人') })),
  /** Replaces the agenda; an item with a topic takes that topic onto this meeting (已列入议程), a removed one puts it back. */
  'meetings:set-agenda': write('修改议程', z.strictObject({ ...target, agenda: z.array(agendaItemInput).max(200, '议程不能超过 200 项') })),
  /** Replaces the resolutions with their votes; a resolution's topic must be on this meeting's agenda. */
  'meetings:set-resolutions': write('修改决议', z.strictObject({ ...target, resolutions: z.array(resolutionInput).max(300, '决议不能超过 300 项') })),
  /** One step of the minutes: submit, return, approve (host or director), lock (writes the SHA-256 of the locked text). */
  'meetings:minutes-action': write('纪要审定流程', z.strictObject({ ...target, action: z.enum(['submit', 'return', 'approve', 'lock'], '只能是提交、退回、审定或锁定') }), STAFF),
  /** A dated correction to locked minutes, signed by the approver; the locked text stays as it was. */
  'meetings:add-addendum': write('追加补充说明', z.strictObject({ ...target, addedOn: isoDate, addendumText: requiredText(2000) }), STAFF),
  /** 议题征集 board: topics by status, place, source and matter. */
  'meetings:list-topics': procedure({
    summary: '议题列表',
    input: z.strictObject({
      status: topicStatus.optional(),
      estateId: entityId.optional(),
      communityId: entityId.optional(),
      source: topicSource.optional(),
      matterKind: matterKind.optional(),
      caseId: entityId.optional(),
      meetingId: entityId.optional(),
    }),
    output: z.array(topicView),
    mutates: false,
    access: 'signed-in',
  }),
  /** Collects a topic (已征集); a dispute's topic names its case. */
  'meetings:create-topic': procedure({ summary: '征集议题', input: z.strictObject(topicFields), output: topicView, mutates: true, access: RECORDERS }),
  /** Corrects a topic's facts while it is still collected. */
  'meetings:update-topic': procedure({ summary: '修改议题', input: z.strictObject({ ...target, ...topicFields }), output: topicView, mutates: true, access: RECORDERS }),
  /** 已形成决议 → 已落实, with the date it was carried out. */
  'meetings:complete-topic': procedure({ summary: '议题已落实', input: z.strictObject({ ...target, completedOn: isoDate }), output: topicView, mutates: true, access: RECORDERS }),
  /** Held and missed meetings per place and period of a year, for every kind with a cadence (or one kind, one scope). */
  'meetings:periods': procedure({
    summary: '会议周期',
    input: z.strictObject({ year: z.int('应为整数').min(2000, '不能早于 2000 年').max(2100, '不能晚于 2100 年'), kind: kindKey.optional(), scope: meetingScope.optional() }),
    output: z.object({ rows: z.array(periodRowView) }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Missed meetings of a year (periods ended without a held meeting), optionally for one estate or community, and counts per 三级会商 level. */
  'meetings:missed': procedure({
    summary: '未按期召开的会议',
    input: z.strictObject({ year: z.int('应为整数').min(2000, '不能早于 2000 年').max(2100, '不能晚于 2100 年'), estateId: entityId.optional(), communityId: entityId.optional() }),
    output: z.object({ missed: z.array(missedMeetingView), total: z.number(), levels: z.array(levelCountView) }),
    mutates: false,
    access: 'signed-in',
  }),
  /** The sign-in sheet (签到表, printable before the meeting) or the minutes (会议纪要) as .docx in `<data dir>/documents/`, logged; returns the id 打开/打印 use. */
  'meetings:export-document': procedure({
    summary: '生成签到表或会议纪要（.docx，记入变更记录）',
    input: z.strictObject({ id: entityId, kind: z.enum(['sign-in', 'minutes'], '只能是签到表或会议纪要') }),
    output: writtenDocument,
    mutates: true,
    access: RECORDERS,
  }),
  /** Opens a sign-in sheet or minutes with the desktop's Word or WPS, by the id meetings:export-document issued (never a path); logged. */
  'meetings:open-document': procedure({
    summary: '用本机的 Word/WPS 打开签到表或会议纪要（桌面程序）',
    input: openDocumentInput,
    output: z.object({ fileName: z.string() }),
    mutates: true,
    access: RECORDERS,
  }),
};

export type AddendumView = z.infer<typeof addendumView>;
