import { presentCount } from '#shared/domain/meetings/meeting-rules';
import type { MeetingDetail } from '#shared/domain/meetings/meeting-views';
import type { Outcome } from '#shared/domain/meetings/meetings.schema';
import { checkMinutesAction } from '#shared/domain/meetings/minutes-actions';
import { voteOutcome, voteProblem } from '#shared/domain/meetings/votes';
import type { ParsedInputOf } from '#shared/ipc/contract';
import type { Principal } from '../call-context';
import { newRecord } from '../db/record-columns';
import { insertRecord, tombstoneRecord, updateRecord, type VersionedTable } from '../db/record-store';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { kindOrUnknown, minutesStateOf, powersOver } from './meeting-detail';
import type { MeetingKindsService } from './meeting-kinds.service';
import { metaOf, officeWrite, type WriteCtx } from '../office-write';
import type { MeetingsService } from './meetings.service';
import { agendaOf, attendeesOf, displayNameOf, findMeeting, findTopic, resolutionsOf, type ResolutionRowDb } from './meetings.repository';
import { minutesHash, minutesText } from './minutes-text';

export type MinutesService = ReturnType<typeof createMinutesService>;

/**
 * The minutes: attendance, agenda, resolutions with votes, and the lifecycle
 * draft → submitted → approved → locked. Every write bumps the meeting's version,
 * so two secretaries saving the same minutes get `conflict` on the second save.
 */
export function createMinutesService(deps: ServiceDeps, kinds: MeetingKindsService, meetings: MeetingsService) {
  /** Bumps the meeting row (its version guards the whole minutes) and returns its kind. */
  async function touch(ctx: WriteCtx, id: string, version: number, patch: Record<string, unknown> = {}) {
    const m = await findMeeting(ctx.trx, id);
    if (!m) throw notFound('会议');
    await updateRecord(ctx.trx, 'meetings', id, version, patch, metaOf(ctx, '会议纪要'));
    return kindOrUnknown((await kinds.active(ctx.trx)).kinds, m.kind);
  }

  /** Replaces one child list: kept ids are updated where they changed, missing ones tombstoned, new ones inserted. */
  async function replaceChildren<T extends VersionedTable>(
    ctx: WriteCtx, table: T, existing: readonly ({ id: string; version: number } & Record<string, unknown>)[],
    wanted: readonly ({ id?: string | undefined } & Record<string, unknown>)[], base: Record<string, unknown>, what: string,
  ) {
    const byId = new Map(existing.map((r) => [r.id, r]));
    const kept = new Set<string>();
    for (const [i, w] of wanted.entries()) {
      const { id, ...values } = w;
      const row = id ? byId.get(id) : undefined;
      if (id && !row) throw fieldError([what, i, 'id'], '该条目不属于本次会议，请刷新后重试');
      if (row) {
        kept.add(row.id);
        const changed = Object.entries(values).some(([k, v]) => row[k] !== v);
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        if (changed) await updateRecord(ctx.trx, table, row.id, row.version, values as any, metaOf(ctx, what));
      } else {
        // eslint-disable-next-line @typescript-eslint/no-explicit-any
        await insertRecord(ctx.trx, table, { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), ...base, ...values } as any, metaOf(ctx, what));
      }
    }
    for (const r of existing) if (!kept.has(r.id)) await tombstoneRecord(ctx.trx, table, r.id, r.version, metaOf(ctx, what));
  }

  /** Recomputes stored outcomes after attendance changed (the "of those present" rules depend on it). */
  async function refreshOutcomes(ctx: WriteCtx, resolutions: readonly ResolutionRowDb[], rule: Parameters<typeof voteOutcome>[0], present: number) {
    for (const r of resolutions) {
      if (r.vote_taken !== 1) continue;
      const votes = { for: r.votes_for ?? 0, against: r.votes_against ?? 0, abstain: r.votes_abstain ?? 0 };
      if (voteProblem(votes, present)) throw fieldError(['attendees'], `出席 ${present} 人，少于第 ${r.position + 1} 项决议的表决票数，请先修改表决`);
      const outcome = voteOutcome(rule, votes, present);
      if (outcome !== r.outcome) await updateRecord(ctx.trx, 'meeting_resolutions', r.id, r.version, { outcome }, metaOf(ctx, '会议决议'));
    }
  }

  return {
    async setAttendees(input: ParsedInputOf<'meetings:set-attendees'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await meetings.editable(ctx.trx, input.id, who);
        const kind = await touch(ctx, m.id, input.version);
        await meetings.checkAttendees(ctx.trx, input.attendees, kind, m.status === 'held', { scope: m.scope, estateId: m.estate_id, communityId: m.community_id });
        const wanted = input.attendees.map((a, position) => ({
          id: a.id, position, name: a.name, side: a.side, organisation: a.organisation, committee_member_id: a.committeeMemberId, staff_id: a.staffId,
          invited: a.invited ? 1 : 0, attendance: a.attendance, uninvited_reason: a.uninvitedReason,
        }));
        await replaceChildren(ctx, 'meeting_attendees', await attendeesOf(ctx.trx, m.id), wanted, { meeting_id: m.id }, 'attendees');
        await refreshOutcomes(ctx, await resolutionsOf(ctx.trx, m.id), kind.voteRule, presentCount(input.attendees));
      });
      return meetings.detail(input.id, who);
    },

    /** Replaces the agenda; topics taken on become 已列入议程 here, topics dropped go back to 已征集. */
    async setAgenda(input: ParsedInputOf<'meetings:set-agenda'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await meetings.editable(ctx.trx, input.id, who);
        await touch(ctx, m.id, input.version);
        const before = await agendaOf(ctx.trx, m.id);
        const wantedTopics = new Set<string>();
        for (const [i, item] of input.agenda.entries()) {
          if (!item.topicId) continue;
          if (wantedTopics.has(item.topicId)) throw fieldError(['agenda', i, 'topicId'], '该议题已在议程上');
          wantedTopics.add(item.topicId);
          const t = await findTopic(ctx.trx, item.topicId);
          if (!t) throw fieldError(['agenda', i, 'topicId'], '该议题不存在或已删除');
          if (t.meeting_id !== null && t.meeting_id !== m.id) throw fieldError(['agenda', i, 'topicId'], '该议题已列入另一次会议的议程');
          if (t.meeting_id === null) await updateRecord(ctx.trx, 'meeting_topics', t.id, t.version, { meeting_id: m.id, status: 'scheduled' }, metaOf(ctx, '议题'));
        }
        for (const old of before) {
          if (!old.topic_id || wantedTopics.has(old.topic_id)) continue;
          const t = await findTopic(ctx.trx, old.topic_id);
          if (!t || t.meeting_id !== m.id) continue;
          if (t.resolution_id) throw fieldError(['agenda'], `议题「${t.title}」已有本次会议的决议，请先删除该决议再移出议程`);
          await updateRecord(ctx.trx, 'meeting_topics', t.id, t.version, { meeting_id: null, status: 'collected' }, metaOf(ctx, '议题'));
        }
        const wanted = input.agenda.map((a, position) => ({ id: a.id, position, title: a.itemTitle, topic_id: a.topicId, discussion: a.discussion }));
        await replaceChildren(ctx, 'meeting_agenda_items', before, wanted, { meeting_id: m.id }, 'agenda');
      });
      return meetings.detail(input.id, who);
    },

    /** Replaces the resolutions with their votes (outcome by the kind's rule); each topic must be on this meeting's agenda. */
    async setResolutions(input: ParsedInputOf<'meetings:set-resolutions'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await meetings.editable(ctx.trx, input.id, who);
        const kind = await touch(ctx, m.id, input.version);
        const present = presentCount(await attendeesOf(ctx.trx, m.id));
        const agendaTopics = new Set((await agendaOf(ctx.trx, m.id)).map((i) => i.topic_id).filter((t): t is string => t !== null));
        const settled = new Set<string>();
        const wanted = input.resolutions.map((r, position) => {
          if (r.topicId) {
            if (!agendaTopics.has(r.topicId)) throw fieldError(['resolutions', position, 'topicId'], '该议题不在本次会议的议程上');
            if (settled.has(r.topicId)) throw fieldError(['resolutions', position, 'topicId'], '该议题已有前面的决议');
            settled.add(r.topicId);
          }
          let outcome: Outcome | null = kind.voteRule === 'none' && !r.vote ? 'agreed' : null;
          if (r.vote) {
            if (m.status !== 'held') throw fieldError(['resolutions', position, 'vote'], '会议尚未召开，不能表决');
            const votes = { for: r.vote.votesFor, against: r.vote.votesAgainst, abstain: r.vote.votesAbstain };
            const problem = voteProblem(votes, present);
            if (problem) throw fieldError(['resolutions', position, 'vote'], problem);
            outcome = voteOutcome(kind.voteRule === 'none' ? 'majority-present' : kind.voteRule, votes, present);
          }
          return {
            id: r.id, position, content: r.resolutionText, topic_id: r.topicId, vote_taken: r.vote ? 1 : 0,
            votes_for: r.vote?.votesFor ?? null, votes_against: r.vote?.votesAgainst ?? null, votes_abstain: r.vote?.votesAbstain ?? null, outcome,
          };
        });
        await replaceChildren(ctx, 'meeting_resolutions', await resolutionsOf(ctx.trx, m.id), wanted, { meeting_id: m.id }, 'resolutions');
        // The topics follow their resolution: settled ones are 已形成决议, the others of this meeting go back to 已列入议程.
        const now = await resolutionsOf(ctx.trx, m.id);
        const byTopic = new Map(now.filter((r) => r.topic_id).map((r) => [r.topic_id!, r.id]));
        for (const topicId of agendaTopics) {
          const t = await findTopic(ctx.trx, topicId);
          if (!t || t.meeting_id !== m.id) continue;
          const resolutionId = byTopic.get(topicId) ?? null;
          const status = resolutionId ? 'resolved' : 'scheduled';
          if (t.resolution_id !== resolutionId || (t.status !== status && t.status !== 'completed')) {
            if (t.status === 'completed' && resolutionId === null) throw fieldError(['resolutions'], `议题「${t.title}」已落实，不能删除它的决议`);
            await updateRecord(ctx.trx, 'meeting_topics', t.id, t.version, { resolution_id: resolutionId, status: t.status === 'completed' ? 'completed' : status }, metaOf(ctx, '议题'));
          }
        }
      });
      return meetings.detail(input.id, who);
    },

    /** One lifecycle step, guarded by the shared rule on the stored rows; locking stores the SHA-256 of the canonical text. */
    async action(input: ParsedInputOf<'meetings:minutes-action'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await findMeeting(ctx.trx, input.id);
        if (!m) throw notFound('会议');
        const displayName = await displayNameOf(ctx.trx, who);
        const kind = kindOrUnknown((await kinds.active(ctx.trx)).kinds, m.kind);
        const [attendees, resolutions] = await Promise.all([attendeesOf(ctx.trx, m.id), resolutionsOf(ctx.trx, m.id)]);
        const check = checkMinutesAction(input.action, minutesStateOf(m, kind, attendees, resolutions, await powersOver(ctx.trx, m, who)));
        if (!check.ok) throw new AppError('forbidden-transition', check.message);
        const patch =
          input.action === 'submit' ? { minutes_status: 'submitted' as const, submitted_at: ctx.at, submitted_by: who.actor }
          : input.action === 'return' ? { minutes_status: 'draft' as const }
          : input.action === 'approve' ? { minutes_status: 'approved' as const, approved_at: ctx.at, approved_by: who.actor, approver_name: displayName }
          : { minutes_status: 'locked' as const, locked_at: ctx.at, locked_by: who.actor, minutes_hash: minutesHash(minutesText(m, attendees, await agendaOf(ctx.trx, m.id), resolutions)) };
        await updateRecord(ctx.trx, 'meetings', m.id, input.version, patch, metaOf(ctx, '会议纪要'));
      });
      return meetings.detail(input.id, who);
    },

    /** A dated addendum to locked minutes, signed by the approver; nothing of the locked text changes. */
    async addAddendum(input: ParsedInputOf<'meetings:add-addendum'>, who: Principal): Promise<MeetingDetail> {
      await officeWrite(deps, who.actor, async (ctx) => {
        const m = await findMeeting(ctx.trx, input.id);
        if (!m) throw notFound('会议');
        const displayName = await displayNameOf(ctx.trx, who);
        const kind = kindOrUnknown((await kinds.active(ctx.trx)).kinds, m.kind);
        const check = checkMinutesAction('addendum', minutesStateOf(m, kind, [], [], await powersOver(ctx.trx, m, who)));
        if (!check.ok) throw new AppError('forbidden-transition', check.message);
        if (input.addedOn < m.meeting_date) throw fieldError(['addedOn'], `不能早于会议日期（${m.meeting_date}）`);
        if (input.addedOn > ctx.today) throw fieldError(['addedOn'], '不能晚于今天');
        // The version still guards: an addendum written over a stale page is refused like any other save.
        await updateRecord(ctx.trx, 'meetings', m.id, input.version, {}, metaOf(ctx, '会议纪要'));
        await insertRecord(ctx.trx, 'meeting_addenda', {
          ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), meeting_id: m.id, added_on: input.addedOn, content: input.addendumText, signed_by: who.actor, signer_name: displayName,
        }, metaOf(ctx, '补充说明'));
      });
      return meetings.detail(input.id, who);
    },
  };
}

