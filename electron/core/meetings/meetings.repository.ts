import type { Selectable } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type {
  MeetingAddendaTable, MeetingAgendaItemsTable, MeetingAttendeesTable, MeetingKindRulesTable, MeetingResolutionsTable, MeetingsTable, MeetingTopicsTable,
} from './meetings.table';

type Q = Db | Tx;
export type MeetingRowDb = Selectable<MeetingsTable>;
export type AttendeeRowDb = Selectable<MeetingAttendeesTable>;
export type AgendaRowDb = Selectable<MeetingAgendaItemsTable>;
export type ResolutionRowDb = Selectable<MeetingResolutionsTable>;
export type AddendumRowDb = Selectable<MeetingAddendaTable>;
export type TopicRowDb = Selectable<MeetingTopicsTable>;

/** The stored kinds row (null while the defaults apply). */
export const storedKinds = (q: Q): Promise<Selectable<MeetingKindRulesTable> | undefined> =>
  q.selectFrom('meeting_kind_rules').selectAll().where('deleted_at', 'is', null).executeTakeFirst();

/** Kind codes that live meetings use. */
export async function usedKindCodes(q: Q): Promise<string[]> {
  const rows = await q.selectFrom('meetings').select('kind').distinct().where('deleted_at', 'is', null).execute();
  return rows.map((r) => r.kind).sort();
}

export const findMeeting = (q: Q, id: string): Promise<MeetingRowDb | undefined> =>
  q.selectFrom('meetings').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

export const attendeesOf = (q: Q, meetingId: string): Promise<AttendeeRowDb[]> =>
  q.selectFrom('meeting_attendees').selectAll().where('meeting_id', '=', meetingId).where('deleted_at', 'is', null).orderBy('position').execute();

export const agendaOf = (q: Q, meetingId: string): Promise<AgendaRowDb[]> =>
  q.selectFrom('meeting_agenda_items').selectAll().where('meeting_id', '=', meetingId).where('deleted_at', 'is', null).orderBy('position').execute();

export const resolutionsOf = (q: Q, meetingId: string): Promise<ResolutionRowDb[]> =>
  q.selectFrom('meeting_resolutions').selectAll().where('meeting_id', '=', meetingId).where('deleted_at', 'is', null).orderBy('position').execute();

export const addendaOf = (q: Q, meetingId: string): Promise<AddendumRowDb[]> =>
  q.selectFrom('meeting_addenda').selectAll().where('meeting_id', '=', meetingId).where('deleted_at', 'is', null).orderBy('added_on').orderBy('created_at').execute();

export const findTopic = (q: Q, id: string): Promise<TopicRowDb | undefined> =>
  q.selectFrom('meeting_topics').selectAll().where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

export const topicsOfMeeting = (q: Q, meetingId: string): Promise<TopicRowDb[]> =>
  q.selectFrom('meeting_topics').selectAll().where('meeting_id', '=', meetingId).where('deleted_at', 'is', null).execute();

export type TopicFilter = { id?: string; status?: string; estateId?: string; communityId?: string; source?: string; matterKind?: string; caseId?: string; meetingId?: string };

export async function listTopics(q: Q, f: TopicFilter) {
  let query = q
    .selectFrom('meeting_topics as t')
    .leftJoin('estates as e', 'e.id', 't.estate_id')
    .leftJoin('communities as c', 'c.id', 't.community_id')
    .leftJoin('meetings as m', 'm.id', 't.meeting_id')
    .selectAll('t')
    .select(['e.name as estate_name', 'c.name as community_name', 'm.title as meeting_title'])
    .where('t.deleted_at', 'is', null);
  if (f.id) query = query.where('t.id', '=', f.id);
  if (f.status) query = query.where('t.status', '=', f.status as TopicRowDb['status']);
  if (f.estateId) query = query.where('t.estate_id', '=', f.estateId);
  if (f.communityId) query = query.where('t.community_id', '=', f.communityId);
  if (f.source) query = query.where('t.source', '=', f.source as TopicRowDb['source']);
  if (f.matterKind) query = query.where('t.matter_kind', '=', f.matterKind as TopicRowDb['matter_kind']);
  if (f.caseId) query = query.where('t.case_id', '=', f.caseId);
  if (f.meetingId) query = query.where('t.meeting_id', '=', f.meetingId);
  return query.orderBy('t.received_at', 'desc').limit(2000).execute();
}

export type MeetingFilter = {
  kind?: string; scope?: string; estateId?: string; communityId?: string; dateFrom?: string; dateUntil?: string; status?: string; minutesStatus?: string;
};

function filtered(q: Q, f: MeetingFilter) {
  let query = q.selectFrom('meetings as m').where('m.deleted_at', 'is', null);
  if (f.kind) query = query.where('m.kind', '=', f.kind);
  if (f.scope) query = query.where('m.scope', '=', f.scope as MeetingRowDb['scope']);
  if (f.estateId) query = query.where('m.estate_id', '=', f.estateId);
  if (f.communityId) query = query.where('m.community_id', '=', f.communityId);
  if (f.dateFrom) query = query.where('m.meeting_date', '>=', f.dateFrom);
  if (f.dateUntil) query = query.where('m.meeting_date', '<=', f.dateUntil);
  if (f.status) query = query.where('m.status', '=', f.status as MeetingRowDb['status']);
  if (f.minutesStatus) query = query.where('m.minutes_status', '=', f.minutesStatus as MeetingRowDb['minutes_status']);
  return query;
}

export async function listMeetings(q: Q, f: MeetingFilter, offset: number, limit: number) {
  const rows = await filtered(q, f)
    .leftJoin('estates as e', 'e.id', 'm.estate_id')
    .leftJoin('communities as c', 'c.id', 'm.community_id')
    .selectAll('m')
    .select(['e.name as estate_name', 'c.name as community_name'])
    .select((eb) =>
      eb.selectFrom('meeting_resolutions as r').select((x) => x.fn.countAll<number>().as('n')).whereRef('r.meeting_id', '=', 'm.id').where('r.deleted_at', 'is', null).as('resolution_count'),
    )
    .orderBy('m.starts_at', 'desc')
    .orderBy('m.id')
    .offset(offset)
    .limit(limit)
    .execute();
  const total = await filtered(q, f).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return { rows, total: Number(total.n) };
}

/** Held meetings of `kinds` whose China date falls in [from, to): what the period view counts (the `meetings_held` index alone). */
export const heldBetween = (q: Q, from: string, to: string, kinds: readonly string[]) =>
  q
    .selectFrom('meetings')
    .select(['kind', 'scope', 'estate_id', 'community_id', 'meeting_date'])
    .where('deleted_at', 'is', null)
    .where('status', '=', 'held')
    .where('meeting_date', '>=', from)
    .where('meeting_date', '<', to)
    .where('kind', 'in', kinds)
    .execute();

export const liveEstates = (q: Q) => q.selectFrom('estates').select(['id', 'name', 'community_id', 'created_at']).where('deleted_at', 'is', null).orderBy('name').execute();
export const liveCommunities = (q: Q) => q.selectFrom('communities').select(['id', 'name', 'created_at']).where('deleted_at', 'is', null).orderBy('name').execute();

export const estateById = (q: Q, id: string) => q.selectFrom('estates').select(['id', 'name', 'community_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
export const communityById = (q: Q, id: string) => q.selectFrom('communities').select(['id', 'name']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
export const staffById = (q: Q, id: string) => q.selectFrom('staff').select(['id', 'name']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
export const caseById = (q: Q, id: string) => q.selectFrom('disputes').select(['id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();
export const memberById = (q: Q, id: string) =>
  q.selectFrom('committee_members').select(['id', 'name', 'committee_id']).where('id', '=', id).where('deleted_at', 'is', null).executeTakeFirst();

/** Where each linked member's committee sits (its estate and community), for the attendee check. */
export async function memberPlaces(q: Q, ids: readonly string[]): Promise<Map<string, { estateId: string; communityId: string }>> {
  if (ids.length === 0) return new Map();
  const rows = await q
    .selectFrom('committee_members as cm')
    .innerJoin('committees as co', 'co.id', 'cm.committee_id')
    .innerJoin('estates as e', 'e.id', 'co.estate_id')
    .select(['cm.id', 'e.id as estate_id', 'e.community_id'])
    .where('cm.id', 'in', [...new Set(ids)])
    .execute();
  return new Map(rows.map((r) => [r.id, { estateId: r.estate_id, communityId: r.community_id }]));
}

/** The staff record an operator account stands for (the host's approval is checked by it). */
export async function staffOfOperator(q: Q, operatorId: string | null): Promise<string | null> {
  if (!operatorId) return null;
  const row = await q.selectFrom('operators').select('staff_id').where('id', '=', operatorId).executeTakeFirst();
  return row?.staff_id ?? null;
}

/** The name an operator signs with: their display name, or the actor for the CLI's system principal. */
export async function displayNameOf(q: Q, who: { actor: string; operatorId: string | null }): Promise<string> {
  if (!who.operatorId) return who.actor;
  const row = await q.selectFrom('operators').select('display_name').where('id', '=', who.operatorId).executeTakeFirst();
  return row?.display_name ?? who.actor;
}
