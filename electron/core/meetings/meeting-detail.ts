import { kindByCode, type MeetingKind } from '#shared/domain/meetings/meeting-kinds';
import type { MeetingDetail, MeetingRow } from '#shared/domain/meetings/meeting-views';
import { availableMinutesActions, minutesGaps, type MinutesState } from '#shared/domain/meetings/minutes-actions';
import type { Principal } from '../call-context';
import type { Db, Tx } from '../db/schema';
import { notFound } from '../errors';
import { addendaOf, agendaOf, attendeesOf, findMeeting, staffOfOperator, type AttendeeRowDb, type MeetingRowDb, type ResolutionRowDb, resolutionsOf } from './meetings.repository';

const LEADS = new Set(['administrator', 'director', 'system']);

/** A stand-in for a kind that was removed from the list after use (the editor refuses that; a hand-edited list may not). */
const unknownKind = (code: string): MeetingKind => ({ code, name: code, scope: 'estate', cadence: 'none', voteRule: 'majority-present', sides: [] });

export const kindOrUnknown = (kinds: readonly MeetingKind[], code: string): MeetingKind => kindByCode(kinds, code) ?? unknownKind(code);

/** The caller's powers over one meeting's minutes: approve as host or lead, sign an addendum as approver or lead. */
export async function powersOver(q: Db | Tx, m: MeetingRowDb, who: Principal | null): Promise<{ mayApprove: boolean; isApprover: boolean }> {
  if (!who) return { mayApprove: false, isApprover: false };
  const lead = LEADS.has(who.role);
  const staff = m.host_staff_id ? await staffOfOperator(q, who.operatorId) : null;
  const isHost = staff !== null && staff === m.host_staff_id;
  return { mayApprove: lead || isHost, isApprover: lead || (m.approved_by !== null && m.approved_by === who.actor) };
}

export function minutesStateOf(m: MeetingRowDb, kind: MeetingKind, attendees: readonly AttendeeRowDb[], resolutions: readonly ResolutionRowDb[], powers: { mayApprove: boolean; isApprover: boolean }): MinutesState {
  return {
    meetingStatus: m.status,
    minutesStatus: m.minutes_status,
    attendees: attendees.map((a) => ({ name: a.name, side: a.side, invited: a.invited === 1, attendance: a.attendance })),
    resolutions: resolutions.map((r) => ({ position: r.position, voteTaken: r.vote_taken === 1, outcome: r.outcome })),
    kindVotes: kind.voteRule !== 'none',
    sides: kind.sides,
    ...powers,
  };
}

type Names = { estate_name?: string | null; community_name?: string | null };

export function rowView(m: MeetingRowDb & Names, kind: MeetingKind, resolutionCount: number): MeetingRow {
  return {
    id: m.id,
    version: m.version,
    kind: m.kind,
    kindName: kind.name,
    scope: m.scope,
    placeName: m.scope === 'street' ? '街道' : ((m.scope === 'estate' ? m.estate_name : m.community_name) ?? ''),
    estateId: m.estate_id,
    communityId: m.community_id,
    title: m.title,
    status: m.status,
    startsAt: m.starts_at,
    endsAt: m.ends_at,
    place: m.place,
    hostName: m.host_name,
    minutesStatus: m.minutes_status,
    resolutionCount,
  };
}

/** One meeting as the meeting page shows it, with what the minutes lack and the caller's actions. */
export async function meetingDetailOf(q: Db | Tx, id: string, kinds: readonly MeetingKind[], who: Principal | null): Promise<MeetingDetail> {
  const m = await findMeeting(q, id);
  if (!m) throw notFound('会议');
  const [attendees, agenda, resolutions, addenda, estate, community, powers] = await Promise.all([
    attendeesOf(q, id), agendaOf(q, id), resolutionsOf(q, id), addendaOf(q, id),
    m.estate_id ? q.selectFrom('estates').select('name').where('id', '=', m.estate_id).executeTakeFirst() : undefined,
    m.community_id ? q.selectFrom('communities').select('name').where('id', '=', m.community_id).executeTakeFirst() : undefined,
    powersOver(q, m, who),
  ]);
  const kind = kindOrUnknown(kinds, m.kind);
  const state = minutesStateOf(m, kind, attendees, resolutions, powers);
  return {
    ...rowView({ ...m, estate_name: estate?.name ?? null, community_name: community?.name ?? null }, kind, resolutions.length),
    committeeId: m.committee_id,
    hostStaffId: m.host_staff_id,
    recorderName: m.recorder_name,
    recorderStaffId: m.recorder_staff_id,
    notes: m.notes,
    voteRule: kind.voteRule,
    sides: kind.sides,
    attendees: attendees.map((a) => ({
      id: a.id, name: a.name, side: a.side, organisation: a.organisation, committeeMemberId: a.committee_member_id, staffId: a.staff_id,
      invited: a.invited === 1, attendance: a.attendance, uninvitedReason: a.uninvited_reason,
    })),
    agenda: agenda.map((i) => ({ id: i.id, title: i.title, topicId: i.topic_id, discussion: i.discussion })),
    resolutions: resolutions.map((r) => ({
      id: r.id, content: r.content, topicId: r.topic_id,
      vote: r.vote_taken === 1 ? { for: r.votes_for ?? 0, against: r.votes_against ?? 0, abstain: r.votes_abstain ?? 0 } : null,
      outcome: r.outcome,
    })),
    addenda: addenda.map((a) => ({ id: a.id, addedOn: a.added_on, content: a.content, signerName: a.signer_name, signedBy: a.signed_by })),
    submittedAt: m.submitted_at,
    approvedAt: m.approved_at,
    approverName: m.approver_name,
    lockedAt: m.locked_at,
    minutesHash: m.minutes_hash,
    gaps: m.minutes_status === 'draft' ? minutesGaps(state) : [],
    actions: availableMinutesActions(state),
  };
}
