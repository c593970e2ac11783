import { z } from 'zod';
import { MATTER_KINDS, TOPIC_SOURCES, TOPIC_STATUSES } from '../meetings/meetings.schema';

export const countdownView = z.discriminatedUnion('state', [
  z.object({ state: z.literal('upcoming'), startsInDays: z.number(), days: z.number() }),
  z.object({ state: z.literal('running'), daysLeft: z.number(), days: z.number() }),
  z.object({ state: z.literal('ended'), endedDaysAgo: z.number(), days: z.number() }),
]);

/** A 结果公示 with its topic and the countdown on today's China date. */
export const publicationView = z.object({
  id: z.string(),
  version: z.number(),
  topicId: z.string(),
  topicTitle: z.string(),
  placeName: z.string(),
  place: z.string(),
  publishedFrom: z.string(),
  publishedUntil: z.string(),
  notice: z.string(),
  countdown: countdownView,
  countdownText: z.string(),
});
export type PublicationView = z.infer<typeof publicationView>;

/** A topic as the dispute case page and the estate page show it: its meeting, resolution and publications. */
export const linkedTopicView = z.object({
  id: z.string(),
  title: z.string(),
  source: z.enum(TOPIC_SOURCES),
  matterKind: z.enum(MATTER_KINDS),
  status: z.enum(TOPIC_STATUSES),
  receivedAt: z.string(),
  completedOn: z.string().nullable(),
  meetingId: z.string().nullable(),
  meetingTitle: z.string().nullable(),
  meetingOn: z.string().nullable(),
  resolution: z.string().nullable(),
  outcome: z.string().nullable(),
  publications: z.array(publicationView),
});
export type LinkedTopicView = z.infer<typeof linkedTopicView>;

/** One row of 诉求响应台账. */
export const requestRowView = z.object({
  id: z.string(),
  title: z.string(),
  requester: z.string().nullable(),
  placeName: z.string(),
  matterKind: z.enum(MATTER_KINDS),
  receivedOn: z.string(),
  status: z.enum(TOPIC_STATUSES),
  meetingTitle: z.string().nullable(),
  meetingOn: z.string().nullable(),
  resolution: z.string().nullable(),
  publishedFrom: z.string().nullable(),
  completedOn: z.string().nullable(),
  daysOpen: z.number(),
});
export type RequestRowView = z.infer<typeof requestRowView>;
