import type { TopicView } from '#shared/domain/meetings/meeting-views';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { newRecord } from '../db/record-columns';
import { insertRecord, updateRecord } from '../db/record-store';
import type { Tx } from '../db/schema';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { metaOf, officeWrite } from '../office-write';
import { caseById, communityById, estateById, findTopic, listTopics, type TopicFilter } from './meetings.repository';

export type TopicsService = ReturnType<typeof createTopicsService>;
type TopicInput = ParsedInputOf<'meetings:create-topic'>;
type ListedTopic = Awaited<ReturnType<typeof listTopics>>[number];

const viewOf = (t: ListedTopic): TopicView => ({
  id: t.id, version: t.version, title: t.title, description: t.description, source: t.source, caseId: t.case_id, matterKind: t.matter_kind,
  receivedAt: t.received_at, requester: t.requester, estateId: t.estate_id, communityId: t.community_id,
  placeName: t.estate_name ?? t.community_name ?? '街道', meetingId: t.meeting_id, meetingTitle: t.meeting_title, resolutionId: t.resolution_id,
  status: t.status, completedOn: t.completed_on,
});

/** 议题征集: topics collected, taken onto an agenda (minutes.service), settled by a resolution and carried out. */
export function createTopicsService(deps: ServiceDeps) {
  const { db } = deps;

  async function columns(trx: Tx, input: TopicInput) {
    if (Date.parse(input.receivedAt) > deps.ports.clock.now().getTime()) throw fieldError(['receivedAt'], '不能晚于当前时间');
    if (input.source === 'dispute' && !input.caseId) throw fieldError(['caseId'], '来源为纠纷案件时须选择案件');
    if (input.source !== 'dispute' && input.caseId) throw fieldError(['caseId'], '只有来源为纠纷案件的议题才关联案件');
    if (input.caseId && !(await caseById(trx, input.caseId))) throw fieldError(['caseId'], '该案件不存在或已删除');
    let communityId = input.communityId;
    if (input.estateId) {
      const estate = await estateById(trx, input.estateId);
      if (!estate) throw fieldError(['estateId'], '该小区不存在或已删除');
      if (communityId && communityId !== estate.community_id) throw fieldError(['communityId'], '与所选小区的所属社区不一致');
      communityId = estate.community_id;
    } else if (communityId && !(await communityById(trx, communityId))) throw fieldError(['communityId'], '该社区不存在或已删除');
    return {
      title: input.topicTitle, description: input.topicDetail, source: input.source, case_id: input.caseId, matter_kind: input.matterKind,
      received_at: input.receivedAt, requester: input.requester, estate_id: input.estateId, community_id: communityId,
    };
  }

  async function one(id: string): Promise<TopicView> {
    const [row] = await listTopics(db, { id });
    if (!row) throw notFound('议题');
    return viewOf(row);
  }

  return {
    async list(filter: TopicFilter): Promise<TopicView[]> {
      return (await listTopics(db, filter)).map(viewOf);
    },
    async create(input: TopicInput, actor: string): Promise<TopicView> {
      const id = await officeWrite(deps, actor, async (ctx) => {
        const row = { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), ...(await columns(ctx.trx, input)), meeting_id: null, resolution_id: null, status: 'collected' as const, completed_on: null };
        await insertRecord(ctx.trx, 'meeting_topics', row, metaOf(ctx, '议题'));
        return row.id;
      });
      return one(id);
    },
    /** Corrects a topic while it is only collected (once on an agenda, the meeting's record is what counts). */
    async update(input: ParsedInputOf<'meetings:update-topic'>, actor: string): Promise<TopicView> {
      await officeWrite(deps, actor, async (ctx) => {
        const t = await findTopic(ctx.trx, input.id);
        if (!t) throw notFound('议题');
        if (t.status !== 'collected') throw new AppError('forbidden-transition', '议题已列入会议议程，不能再修改；如需调整，请先从议程中移出');
        await updateRecord(ctx.trx, 'meeting_topics', t.id, input.version, await columns(ctx.trx, input), metaOf(ctx, '议题'));
      });
      return one(input.id);
    },
    /** 已形成决议 → 已落实. */
    async complete(input: ParsedInputOf<'meetings:complete-topic'>, actor: string): Promise<TopicView> {
      await officeWrite(deps, actor, async (ctx) => {
        const t = await findTopic(ctx.trx, input.id);
        if (!t) throw notFound('议题');
        if (t.status !== 'resolved') throw new AppError('forbidden-transition', t.status === 'completed' ? '议题已落实' : '议题尚未形成决议，不能登记落实');
        if (input.completedOn > ctx.today) throw fieldError(['completedOn'], '不能晚于今天');
        await updateRecord(ctx.trx, 'meeting_topics', t.id, input.version, { status: 'completed', completed_on: input.completedOn }, metaOf(ctx, '议题'));
      });
      return one(input.id);
    },
  };
}
