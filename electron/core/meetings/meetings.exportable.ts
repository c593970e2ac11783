import { ATTENDANCES, MATTER_KINDS, MEETING_SCOPES, MEETING_STATUSES, MINUTES_STATUSES, OUTCOMES, TOPIC_SOURCES, TOPIC_STATUSES } from '#shared/domain/meetings/meetings.schema';
import { z } from 'zod';
import { rec, recordSchema, type Exportable } from '../sync/exportable';

const text = { kind: 'text' } as const;
const date = rec.text(10);
const optText = (max: number) => rec.text(max).nullable();
const optId = rec.id.nullable();
const flag = z.union([z.literal(0), z.literal(1)]);
const count = rec.int.nullable();
/** Hosts, recorders, attendees, signers and requesters are natural persons: pseudonymised by default. */
const personName = { kind: 'person-name' } as const;

/**
 * The meetings tables in a bundle. At the default level every person's name is a
 * pseudonym and typed text (notes, discussion, resolutions, addenda) is scrubbed.
 * The minutes hash travels as stored: it is the office's proof of the text it
 * locked (over the real names), which the city can ask the office to show.
 * `approved_by`, `submitted_by`, `locked_by` and `signed_by` are operator actors,
 * which travel as the change log's actors do.
 */
export const MEETINGS_EXPORTABLES: Exportable[] = [
  { entity: 'meeting_kind_rules', schema: recordSchema({ kinds: rec.text(50_000) }), privacy: {} },
  {
    entity: 'meetings',
    schema: recordSchema({
      kind: rec.text(40), scope: z.enum(MEETING_SCOPES), estate_id: optId, community_id: optId, committee_id: optId, title: rec.text(500),
      status: z.enum(MEETING_STATUSES), starts_at: rec.iso, ends_at: rec.iso, meeting_date: date, place: rec.text(500),
      host_name: rec.text(200), host_staff_id: optId, recorder_name: rec.text(200), recorder_staff_id: optId, notes: optText(50_000),
      minutes_status: z.enum(MINUTES_STATUSES), submitted_at: rec.iso.nullable(), submitted_by: optText(200), approved_at: rec.iso.nullable(),
      approved_by: optText(200), approver_name: optText(200), locked_at: rec.iso.nullable(), locked_by: optText(200), minutes_hash: optText(64),
    }),
    privacy: { host_name: personName, recorder_name: personName, approver_name: personName, title: text, place: text, notes: text },
  },
  {
    entity: 'meeting_attendees',
    schema: recordSchema({
      meeting_id: rec.id, position: rec.int, name: rec.text(200), side: rec.text(40), organisation: optText(500), committee_member_id: optId, staff_id: optId,
      invited: flag, attendance: z.enum(ATTENDANCES).nullable(), uninvited_reason: optText(1000),
    }),
    privacy: { name: personName, uninvited_reason: text },
  },
  {
    entity: 'meeting_topics',
    schema: recordSchema({
      title: rec.text(500), description: optText(5000), source: z.enum(TOPIC_SOURCES), case_id: optId, matter_kind: z.enum(MATTER_KINDS),
      received_at: rec.iso, requester: optText(200), estate_id: optId, community_id: optId, meeting_id: optId, resolution_id: optId,
      status: z.enum(TOPIC_STATUSES), completed_on: date.nullable(),
    }),
    privacy: { requester: personName, title: text, description: text },
  },
  {
    entity: 'meeting_agenda_items',
    schema: recordSchema({ meeting_id: rec.id, position: rec.int, title: rec.text(1000), topic_id: optId, discussion: optText(20_000) }),
    privacy: { title: text, discussion: text },
  },
  {
    entity: 'meeting_resolutions',
    schema: recordSchema({
      meeting_id: rec.id, position: rec.int, content: rec.text(5000), topic_id: optId, vote_taken: flag, votes_for: count, votes_against: count, votes_abstain: count,
      outcome: z.enum(OUTCOMES).nullable(),
    }),
    privacy: { content: text },
  },
  {
    entity: 'meeting_addenda',
    schema: recordSchema({ meeting_id: rec.id, added_on: date, content: rec.text(5000), signed_by: rec.text(200), signer_name: rec.text(200) }),
    privacy: { content: text, signer_name: personName },
  },
];
