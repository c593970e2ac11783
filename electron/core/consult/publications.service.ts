import { countdownText, defaultPublicationEnd, publicationCountdown, publicationPeriodProblem } from '#shared/domain/consult/publication-rules';
import type { LinkedTopicView, PublicationView } from '#shared/domain/consult/consult-views';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { OUTCOME_LABELS } from '#shared/domain/meetings/meetings.schema';
import type { ParsedInputOf } from '#shared/ipc/contract';
import { officeWrite, metaOf } from '../office-write';
import { newRecord } from '../db/record-columns';
import { insertRecord } from '../db/record-store';
import { AppError, fieldError, notFound } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { linkedTopics, publications, topicWithResolution, type PublicationRow } from './consult.repository';

export type PublicationsService = ReturnType<typeof createPublicationsService>;

export const publicationViewOf = (p: PublicationRow, today: string): PublicationView => {
  const countdown = publicationCountdown(p.published_from, p.published_until, today);
  return {
    id: p.id, version: p.version, topicId: p.topic_id, topicTitle: p.topic_title, placeName: p.estate_name ?? p.community_name ?? '街道', place: p.place,
    publishedFrom: p.published_from, publishedUntil: p.published_until, notice: p.notice, countdown, countdownText: countdownText(countdown),
  };
};

/** 结果公示 of resolved topics, and the topics a case or an estate is linked to. */
export function createPublicationsService(deps: ServiceDeps) {
  const { db } = deps;
  const today = () => shanghaiDate(deps.ports.clock.now());

  return {
    async publish(input: ParsedInputOf<'consult:publish'>, actor: string): Promise<PublicationView> {
      const id = await officeWrite(deps, actor, async (ctx) => {
        const topic = await topicWithResolution(ctx.trx, input.topicId);
        if (!topic) throw fieldError(['topicId'], '该议题不存在或已删除，请重新选择');
        if (topic.status !== 'resolved' && topic.status !== 'completed') throw new AppError('forbidden-transition', '议题尚未形成决议，不能公示结果');
        const until = input.publishedUntil ?? defaultPublicationEnd(input.publishedFrom);
        const problem = publicationPeriodProblem(input.publishedFrom, until);
        if (problem) throw fieldError(['publishedUntil'], problem);
        const notice = input.notice ?? topic.resolution;
        if (!notice) throw fieldError(['notice'], '请填写公示内容');
        const row = { ...newRecord(deps.ports.ids, ctx.officeId, ctx.at), topic_id: topic.id, place: input.place, published_from: input.publishedFrom, published_until: until, notice };
        await insertRecord(ctx.trx, 'topic_publications', row, metaOf(ctx, '结果公示'));
        return row.id;
      });
      const [row] = await publications(db, { id });
      return publicationViewOf(row!, today());
    },

    /** Running publications first (fewest days left first), then upcoming ones. */
    async countdowns(): Promise<PublicationView[]> {
      const now = today();
      const views = (await publications(db, { notEndedBy: now })).map((p) => publicationViewOf(p, now));
      return [...views.filter((v) => v.countdown.state === 'running'), ...views.filter((v) => v.countdown.state === 'upcoming')];
    },

    async linked(f: { caseId?: string; estateId?: string; communityId?: string }): Promise<LinkedTopicView[]> {
      if (!f.caseId && !f.estateId && !f.communityId) throw fieldError(['caseId'], '请指定纠纷案件、小区或社区');
      const now = today();
      const topics = await linkedTopics(db, f);
      const pubs = await publications(db, { topicIds: topics.map((t) => t.id) });
      return topics.map((t) => ({
        id: t.id, title: t.title, source: t.source, matterKind: t.matter_kind, status: t.status, receivedAt: t.received_at, completedOn: t.completed_on,
        meetingId: t.meeting_id, meetingTitle: t.meeting_title, meetingOn: t.meeting_starts_at ? shanghaiDate(t.meeting_starts_at) : null,
        resolution: t.resolution, outcome: t.outcome ? OUTCOME_LABELS[t.outcome] : null,
        publications: pubs.filter((p) => p.topic_id === t.id).map((p) => publicationViewOf(p, now)),
      }));
    },

    async one(id: string): Promise<{ publication: PublicationView; topic: NonNullable<Awaited<ReturnType<typeof topicWithResolution>>> }> {
      const [row] = await publications(db, { id });
      if (!row) throw notFound('结果公示');
      const topic = await topicWithResolution(db, row.topic_id);
      if (!topic) throw notFound('议题');
      return { publication: publicationViewOf(row, today()), topic };
    },
  };
}
