import type { Db, Tx } from '../db/schema';

type Q = Db | Tx;

/**
 * Reads of topics with their meeting, resolution and publications. Topics,
 * meetings and resolutions belong to the meetings domain; this reads them by id
 * and joins, and writes only `topic_publications`.
 */
function topicsWithResolution(q: Q) {
  return q
    .selectFrom('meeting_topics as t')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .leftJoin('meeting_resolutions as r', 'r.id', 't.resolution_id')
    .leftJoin('estates as e', 'e.id', 't.estate_id')
    .leftJoin('communities as c', 'c.id', 't.community_id')
    .where('t.deleted_at', 'is', null)
    .select([
      't.id', 't.title', 't.source', 't.matter_kind', 't.status', 't.received_at', 't.completed_on', 't.requester', 't.meeting_id', 't.resolution_id',
      'm.title as meeting_title', 'm.starts_at as meeting_starts_at', 'r.content as resolution', 'r.outcome', 'e.name as estate_name', 'c.name as community_name',
    ]);
}
export type TopicWithResolution = Awaited<ReturnType<ReturnType<typeof topicsWithResolution>['execute']>>[number];

export const topicWithResolution = (q: Q, id: string) => topicsWithResolution(q).where('t.id', '=', id).executeTakeFirst();

/** Topics of a dispute case, an estate or a community, newest first (an estate's topic carries its community too). */
export function linkedTopics(q: Q, f: { caseId?: string; estateId?: string; communityId?: string }) {
  let query = topicsWithResolution(q);
  if (f.caseId) query = query.where('t.case_id', '=', f.caseId);
  if (f.estateId) query = query.where('t.estate_id', '=', f.estateId);
  if (f.communityId) query = query.where('t.community_id', '=', f.communityId);
  return query.orderBy('t.received_at', 'desc').limit(200).execute();
}

/** Resident requests received between two instants (the period's China days), oldest first. */
export const requestsReceived = (q: Q, fromIso: string, beforeIso: string) =>
  topicsWithResolution(q).where('t.source', '=', 'resident-request').where('t.received_at', '>=', fromIso).where('t.received_at', '<', beforeIso).orderBy('t.received_at').orderBy('t.id').execute();

/** Publications of some topics, or those not ended by `today`, nearest end first. */
export function publications(q: Q, f: { topicIds?: readonly string[]; notEndedBy?: string; id?: string }) {
  let query = q
    .selectFrom('topic_publications as p')
    .innerJoin('meeting_topics as t', 't.id', 'p.topic_id')
    .leftJoin('estates as e', 'e.id', 't.estate_id')
    .leftJoin('communities as c', 'c.id', 't.community_id')
    .where('p.deleted_at', 'is', null)
    .select(['p.id', 'p.version', 'p.topic_id', 'p.place', 'p.published_from', 'p.published_until', 'p.notice', 't.title as topic_title', 'e.name as estate_name', 'c.name as community_name']);
  if (f.id) query = query.where('p.id', '=', f.id);
  if (f.topicIds) query = f.topicIds.length === 0 ? query.where('p.id', '=', '') : query.where('p.topic_id', 'in', [...f.topicIds]);
  if (f.notEndedBy) query = query.where('p.published_until', '>=', f.notEndedBy);
  return query.orderBy('p.published_until').orderBy('p.published_from').orderBy('p.id').execute();
}
export type PublicationRow = Awaited<ReturnType<typeof publications>>[number];
