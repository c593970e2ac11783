import type Sqlite from 'better-sqlite3';
import type { AgendaRowDb, AttendeeRowDb, MeetingRowDb, ResolutionRowDb } from './meetings.repository';
import { minutesHash, minutesText } from './minutes-text';

export type LockedMinutesProblem = { meetingId: string; title: string; date: string };

/**
 * Every locked minutes rebuilt from the rows as they are now and hashed again: a
 * hash that differs from the one stored at the lock means the minutes were changed
 * after locking, outside the program. Reads with prepared statements over the
 * per-meeting indexes, one meeting at a time (a streaming pass over the locked ones).
 */
export function auditLockedMinutes(raw: Sqlite.Database): LockedMinutesProblem[] {
  const live = 'WHERE meeting_id = ? AND deleted_at IS NULL ORDER BY position';
  const attendees = raw.prepare(`SELECT * FROM meeting_attendees ${live}`);
  const agenda = raw.prepare(`SELECT * FROM meeting_agenda_items ${live}`);
  const resolutions = raw.prepare(`SELECT * FROM meeting_resolutions ${live}`);
  const problems: LockedMinutesProblem[] = [];
  const locked = raw.prepare(`SELECT * FROM meetings WHERE minutes_status = 'locked' AND deleted_at IS NULL`);
  for (const m of locked.iterate() as Iterable<MeetingRowDb>) {
    const text = minutesText(m, attendees.all(m.id) as AttendeeRowDb[], agenda.all(m.id) as AgendaRowDb[], resolutions.all(m.id) as ResolutionRowDb[]);
    if (minutesHash(text) !== m.minutes_hash) problems.push({ meetingId: m.id, title: m.title, date: m.meeting_date });
  }
  return problems;
}
