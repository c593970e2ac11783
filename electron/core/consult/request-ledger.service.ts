import { completionRate, daysOpen, periodProblem } from '#shared/domain/consult/request-ledger';
import type { RequestRowView } from '#shared/domain/consult/consult-views';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { fieldError } from '../errors';
import type { ServiceDeps } from '../service-deps';
import { publications, requestsReceived } from './consult.repository';

export type RequestLedgerService = ReturnType<typeof createRequestLedgerService>;

/** The first instant of a China day, as the ISO UTC text topics store. */
const startOfChinaDay = (day: string) => new Date(`${day}T00:00:00+08:00`).toISOString();
const nextDay = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

/** 诉求响应台账: resident requests received in a period, from receipt to completion, with the 办结率. */
export function createRequestLedgerService(deps: ServiceDeps) {
  const { db } = deps;
  return {
    async ledger(input: { dateFrom: string; dateUntil: string }) {
      const problem = periodProblem(input.dateFrom, input.dateUntil);
      if (problem) throw fieldError(['dateUntil'], problem);
      const today = shanghaiDate(deps.ports.clock.now());
      const topics = await requestsReceived(db, startOfChinaDay(input.dateFrom), startOfChinaDay(nextDay(input.dateUntil)));
      const pubs = await publications(db, { topicIds: topics.map((t) => t.id) });
      const firstPublished = new Map<string, string>();
      for (const p of pubs) if (!firstPublished.has(p.topic_id) || p.published_from < firstPublished.get(p.topic_id)!) firstPublished.set(p.topic_id, p.published_from);
      const rows: RequestRowView[] = topics.map((t) => {
        const receivedOn = shanghaiDate(t.received_at);
        return {
          id: t.id, title: t.title, requester: t.requester, placeName: t.estate_name ?? t.community_name ?? '街道', matterKind: t.matter_kind, receivedOn, status: t.status,
          meetingTitle: t.meeting_title, meetingOn: t.meeting_starts_at ? shanghaiDate(t.meeting_starts_at) : null, resolution: t.resolution,
          publishedFrom: firstPublished.get(t.id) ?? null, completedOn: t.completed_on, daysOpen: daysOpen(receivedOn, t.completed_on, today),
        };
      });
      const rate = completionRate(rows, input.dateUntil);
      return { rows, ...rate, today };
    },
  };
}
