import { meetingDateOf } from '#shared/domain/meetings/cadence';
import { committeeSideOf, memberAttendeeProblems, memberSideProblems, type MeetingPlace } from '#shared/domain/meetings/committee-side';
import type { MeetingKind } from '#shared/domain/meetings/meeting-kinds';
import { attendeeProblems, attendeesOffSides, meetingProblems } from '#shared/domain/meetings/meeting-rules';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import { checkMinutesAction } from '#shared/domain/meetings/minutes-actions';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { Principal } from '../call-context';
import { currentCommitteeOfEstate } from '../committees/committees.repository';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, invalidFields, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { kindOrUnknown, meetingDetailOf, minutesStateOf, powersOver, rowView } from './meeting-detail';
import type { MeetingKindsService } from './meeting-kinds.service';
import { metaOf, officeWrite, type WriteCtx } from '../office-write';
import { attendeesOf, communityById, estateById, findMeeting, listMeetings, memberById, memberPlaces, resolutionsOf, staffById, type MeetingRowDb } from './meetings.repository';

export type MeetingsService = ReturnType<typeof createMeetingsService>;
type MeetingInput = ParsedInputOf<'meetings:create'>;
type AttendeeInput = MeetingInput['attendees'][number];

/** Meetings: planning and recording them, the list and the meeting page. Minutes steps are in minutes.service.ts. */
export function createMeetingsService(deps: ServiceDeps, kinds: MeetingKindsService) {
  const { db } = deps;

  /** The meeting's facts checked against its kind, the clock and the registry; returns the columns to store. */
  async function meetingColumns(trx: Tx, input: Omit<MeetingInput, 'attendees'>, kind: MeetingKind) {
    const problems = meetingProblems(input, kind, deps.ports.clock.now());
    if (problems.length > 0) throw invalidFields(problems);
    let estateId: string | null = null;
    let communityId: string | null = null;
    let committeeId: string | null = null;
    if (input.scope === 'estate') {
      const estate = await estateById(trx, input.estateId!);
      if (!estate) throw fieldError(['estateId'], '该小区不存在或已删除');
      estateId = estate.id;
      communityId = estate.community_id;
      committeeId = (await currentCommitteeOfEstate(trx, estate.id))?.id ?? null;
    } else if (input.scope === 'community') {
      const community = await communityById(trx, input.communityId!);
      if (!community) throw fieldError(['communityId'], '该社区不存在或已删除');
      communityId = community.id;
    }
    for (const field of ['hostStaffId', 'recorderStaffId'] as const) {
      const id = input[field];
      if (id && !(await staffById(trx, id))) throw fieldError([field], '该工作人员不存在或已删除');
    }
    return {
      kind: kind.code, scope: input.scope, estate_id: estateId, community_id: communityId, committee_id: committeeId, title: input.title, status: input.status,
      starts_at: input.startsAt, ends_at: input.endsAt, meeting_date: meetingDateOf(input.startsAt), place: input.place,
      host_name: input.hostName, host_staff_id: input.hostStaffId, recorder_name: input.recorderName, recorder_staff_id: input.recorderStaffId,
    };
  }

  return {
    /**
     * Checks a whole attendee list (kind sides, attendance only when held, uninvited with reason, linked records exist;
     * a committee member on the committee side, of a committee in the meeting's place).
     */
    async checkAttendees(trx: Tx, list: readonly AttendeeInput[], kind: MeetingKind, held: boolean, place: MeetingPlace): Promise<void> {
      const problems = [...attendeeProblems(list, kind, held), ...memberSideProblems(list, kind.sides)];
      if (problems.length > 0) throw invalidFields(problems);
      for (const [i, a] of list.entries()) {
        if (a.committeeMemberId && !(await memberById(trx, a.committeeMemberId))) throw fieldError(['attendees', i, 'committeeMemberId'], '该业委会成员不存在或已删除');
        if (a.staffId && !(await staffById(trx, a.staffId))) throw fieldError(['attendees', i, 'staffId'], '该工作人员不存在或已删除');
      }
      const places = await memberPlaces(trx, list.flatMap((a) => (a.committeeMemberId ? [a.committeeMemberId] : [])));
      const memberProblems = memberAttendeeProblems(list, kind.sides, place, (id) => places.get(id), kind.name);
      if (memberProblems.length > 0) throw invalidFields(memberProblems);
    },

    async create(input: MeetingInput, who: Principal): Promise<MeetingDetail> {
      const id = await officeWrite(deps, who.actor, async (ctx) => {
        const kind = await kinds.kindOf(ctx.trx, input.kind);
        const columns = await meetingColumns(ctx.trx, input, kind);
        await this.checkAttendees(ctx.trx, input.attendees, kind, input.status === 'held', { scope: columns.scope, estateId: columns.estate_id, communityId: columns.community_id });
        const row = { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), ...columns, notes: null, minutes_status: 'draft' as const,
          submitted_at: null, submitted_by: null, approved_at: null, approved_by: null, approver_name: null, locked_at: null, locked_by: null, minutes_hash: null };
        await insertRecord(ctx.trx, 'meetings', row, metaOf(ctx, '会议'));
        await insertAttendees(ctx, row.id, input.attendees);
        return row.id;
      });
      return this.detail(id, who);
    },

    /** Corrects the facts and the discussion notes; draft minutes only. A stale version is `conflict`. */
    async update(input: ParsedInputOf<'meetings:update'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await this.editable(ctx.trx, input.id, who);
        const kind = await kinds.kindOf(ctx.trx, input.kind);
        const columns = await meetingColumns(ctx.trx, input, kind);
        const attendees = await attendeesOf(ctx.trx, m.id);
        if (columns.status !== 'held' && attendees.some((a) => a.attendance !== null)) throw fieldError(['status'], '已点名签到的会议只能是已召开');
        // Moving the meeting to another place would leave committee members of the old one on its list.
        const linked = attendees.map((a) => ({ committeeMemberId: a.committee_member_id }));
        const places = await memberPlaces(ctx.trx, attendees.flatMap((a) => (a.committee_member_id ? [a.committee_member_id] : [])));
        const place = { scope: columns.scope, estateId: columns.estate_id, communityId: columns.community_id };
        const strays = [...new Set(memberAttendeeProblems(linked, kind.sides, place, (id) => places.get(id), kind.name).map((p) => attendees[p.path[1] as number]?.name))].join('、');
        if (strays && !committeeSideOf(kind.sides)) throw fieldError(['kind'], `${kind.name}没有业主委员会方，请先在参会人员中移除业委会成员（${strays}）`);
        if (strays) throw fieldError([columns.scope === 'community' ? 'communityId' : 'estateId'], `参会人员中有不属于该地点业委会的成员（${strays}），请先在参会人员中移除`);
        if (input.kind !== m.kind) {
          const facts = attendees.map((a) => ({ name: a.name, side: a.side, invited: Boolean(a.invited), attendance: a.attendance, uninvitedReason: a.uninvited_reason, committeeMemberId: a.committee_member_id }));
          const off = attendeesOffSides(facts, kind);
          if (off.length > 0) throw fieldError(['kind'], `改为${kind.name}后，${off.join('、')}所在的参会方不在该类会议中，请先调整这些参会人员的参会方或移除他们`);
        }
        await updateRecord(ctx.trx, 'meetings', m.id, input.version, { ...columns, notes: input.discussionNotes }, metaOf(ctx, '会议'));
      });
      return this.detail(input.id, who);
    },

    /** The stored meeting if its minutes may still be edited (draft), else `forbidden-transition` naming why. */
    async editable(trx: Tx, id: string, who: Principal): Promise<MeetingRowDb> {
      const m = await findMeeting(trx, id);
      if (!m) throw notFound('会议');
      const kind = kindOrUnknown((await kinds.active(trx)).kinds, m.kind);
      const state = minutesStateOf(m, kind, [], [], await powersOver(trx, m, who));
      const check = checkMinutesAction('edit', state);
      if (!check.ok) throw new AppError('forbidden-transition', check.message);
      return m;
    },

    async list(input: ParsedInputOf<'meetings:list'>) {
      const [{ rows, total }, active] = await Promise.all([listMeetings(db, input, input.offset, input.limit), kinds.active()]);
      return { rows: rows.map((r) => rowView(r, kindOrUnknown(active.kinds, r.kind), Number(r.resolution_count ?? 0))), total };
    },

    async detail(id: string, who: Principal | null): Promise<MeetingDetail> {
      return meetingDetailOf(db, id, (await kinds.active()).kinds, who);
    },

    insertAttendees,
    resolutionsOf,
  };

  async function insertAttendees(ctx: WriteCtx, meetingId: string, list: readonly AttendeeInput[]) {
    for (const [position, a] of list.entries()) {
      await insertRecord(ctx.trx, 'meeting_attendees', {
        ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), meeting_id: meetingId, position, name: a.name, side: a.side, organisation: a.organisation,
        committee_member_id: a.committeeMemberId, staff_id: a.staffId, invited: a.invited ? 1 : 0, attendance: a.attendance, uninvited_reason: a.uninvitedReason,
      }, metaOf(ctx, '参会人员'));
    }
  }
}
