import { createHash } from 'node:crypto';
import type { AgendaRowDb, AttendeeRowDb, MeetingRowDb, ResolutionRowDb } from './meetings.repository';

/**
 * The canonical text of a meeting's minutes: what locking fixes and hashes. One JSON
 * array of the facts in a fixed order (no field can bleed into the next; anyone can
 * rebuild it from the rows), without versions, timestamps or the approval columns,
 * which change on the way to the lock. Addenda are not part of it: they are appended
 * after the lock, each its own dated record.
 */
export function minutesText(m: MeetingRowDb, attendees: readonly AttendeeRowDb[], agenda: readonly AgendaRowDb[], resolutions: readonly ResolutionRowDb[]): string {
  return JSON.stringify([
    'minutes/1',
    m.id,
    m.kind,
    m.scope,
    m.estate_id,
    m.community_id,
    m.title,
    m.status,
    m.starts_at,
    m.ends_at,
    m.place,
    m.host_name,
    m.recorder_name,
    m.notes,
    attendees.map((a) => [a.position, a.name, a.side, a.organisation, a.invited, a.attendance, a.uninvited_reason]),
    agenda.map((i) => [i.position, i.title, i.topic_id, i.discussion]),
    resolutions.map((r) => [r.position, r.content, r.topic_id, r.vote_taken, r.votes_for, r.votes_against, r.votes_abstain, r.outcome]),
  ]);
}

/** SHA-256 (hex) of the canonical text's UTF-8 bytes. */
export const minutesHash = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');
