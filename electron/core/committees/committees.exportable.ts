import { CEASE_REASONS, COMMITTEE_KINDS, COMMITTEE_STATUSES, CORRECTION_KINDS, MEMBER_POSITIONS } from '#shared/domain/committees/committees.schema';
import { ELECTION_KINDS, ELECTION_STATUSES, NOMINATIONS } from '#shared/domain/committees/election-actions';
import { VERDICTS } from '#shared/domain/committees/evaluation-rules';
import { TRAINING_KINDS } from '#shared/domain/committees/training-rules';
import { ASSEMBLY_DECISIONS, WITHDRAWAL_STEPS } from '#shared/domain/committees/withdrawal';
import { CHECK_RESULTS, OPINIONS, VETTING_DECISIONS } from '#shared/domain/committees/vetting';
import { z } from 'zod';
import { rec, recordSchema, sensitive, type Exportable } from '../sync/exportable';

const text = { kind: 'text' } as const;
const date = rec.text(10);
const optDate = date.nullable();
const optText = (max: number) => rec.text(max).nullable();
const flag = z.union([z.literal(0), z.literal(1)]);
/** Members' and candidates' names are natural persons': pseudonymised by default, like disputes' parties. */
const personName = { kind: 'person-name' } as const;

/**
 * The committees tables in a bundle. At the default level names are pseudonyms
 * and phone and ID numbers never leave; `decided_by` and `checked_by` are operator
 * actors (staff usernames), which travel as the change log's actors do.
 */
export const COMMITTEES_EXPORTABLES: Exportable[] = [
  {
    entity: 'committee_rules',
    schema: recordSchema({
      term_years: rec.int, required_percent: rec.int, target_percent: rec.int, publication_days: rec.int, checklist: rec.text(20_000), departments: rec.text(5000),
      scoring_sheet: rec.text(20_000), pass_score: rec.int, rectification_days: rec.int,
    }),
    privacy: {},
  },
  {
    entity: 'committees',
    schema: recordSchema({
      estate_id: rec.id, kind: z.enum(COMMITTEE_KINDS), term_no: rec.int, term_start: date, term_end: date, status: z.enum(COMMITTEE_STATUSES),
      filed_on: optDate, party_branch: optText(200), ended_on: optDate, end_reason: optText(5000), election_id: rec.id.nullable(),
    }),
    privacy: { end_reason: text },
    // Counts kept by triggers from the members and evaluations that travel themselves.
    omit: ['serving_members', 'serving_party_members', 'last_score'],
  },
  {
    entity: 'committee_members',
    schema: recordSchema({
      committee_id: rec.id, name: rec.text(200), position: z.enum(MEMBER_POSITIONS), party_member: flag, cross_serving: flag,
      phone: sensitive(rec.text(40)), id_number: sensitive(rec.text(40)), designated_on: date, ceased_on: optDate,
      cease_reason: z.enum(CEASE_REASONS).nullable(), cease_note: optText(5000), candidate_id: rec.id.nullable(),
    }),
    privacy: { name: personName, phone: { kind: 'phone' }, id_number: { kind: 'id-number' }, cease_note: text },
  },
  {
    entity: 'committee_corrections',
    schema: recordSchema({ committee_id: rec.id, kind: z.enum(CORRECTION_KINDS), decision: rec.text(5000), decided_on: date, correction: rec.text(5000), corrected_on: date }),
    privacy: { decision: text, correction: text },
  },
  {
    entity: 'committee_elections',
    schema: recordSchema({
      estate_id: rec.id, committee_id: rec.id.nullable(), kind: z.enum(ELECTION_KINDS), status: z.enum(ELECTION_STATUSES),
      publication_place: optText(500), published_from: optDate, published_until: optDate, assembly_on: optDate, new_committee_id: rec.id.nullable(),
    }),
    privacy: {},
  },
  {
    entity: 'election_candidates',
    schema: recordSchema({
      election_id: rec.id, name: rec.text(200), nomination: z.enum(NOMINATIONS), party_member: flag,
      phone: sensitive(rec.text(40)), id_number: sensitive(rec.text(40)),
      decision: z.enum(VETTING_DECISIONS).nullable(), decision_reason: optText(5000), decided_by: optText(200), decided_at: rec.iso.nullable(),
      override: optText(5000), votes: rec.int.nullable(), elected: flag.nullable(),
    }),
    privacy: { name: personName, phone: { kind: 'phone' }, id_number: { kind: 'id-number' }, decision_reason: text, override: text },
  },
  {
    entity: 'candidate_checks',
    schema: recordSchema({ candidate_id: rec.id, item_key: rec.text(40), result: z.enum(CHECK_RESULTS), checked_by: rec.text(200), checked_on: date, evidence: optText(1000) }),
    privacy: { evidence: text },
  },
  {
    entity: 'candidate_opinions',
    schema: recordSchema({ candidate_id: rec.id, department: rec.text(100), opinion: z.enum(OPINIONS), note: optText(2000), given_on: date }),
    privacy: { note: text },
  },
  {
    entity: 'election_objections',
    schema: recordSchema({ election_id: rec.id, candidate_id: rec.id.nullable(), received_on: date, content: rec.text(5000), resolution: optText(5000) }),
    privacy: { content: text, resolution: text },
  },
  {
    entity: 'committee_evaluations',
    schema: recordSchema({
      committee_id: rec.id, half: rec.text(7), evaluated_on: date, evaluators: rec.text(2000), scores: rec.text(5000), total: rec.int,
      verdict: z.enum(VERDICTS), rectification_due: optDate,
    }),
    // The evaluation group are natural persons named in free text: scrubbed like other typed text.
    privacy: { evaluators: text },
  },
  {
    entity: 'training_sessions',
    schema: recordSchema({ held_on: date, topic: rec.text(500), kind: z.enum(TRAINING_KINDS), trainer: rec.text(200), place: rec.text(500) }),
    privacy: { topic: text, trainer: text, place: text },
  },
  {
    entity: 'training_attendance',
    schema: recordSchema({ session_id: rec.id, member_id: rec.id }),
    privacy: {},
  },
  {
    entity: 'withdrawal_procedures',
    schema: recordSchema({
      member_id: rec.id, step: z.enum(WITHDRAWAL_STEPS), proposed_on: date, grounds: rec.text(5000), talk_on: optDate, talk_note: optText(5000),
      assembly_on: optDate, decision: z.enum(ASSEMBLY_DECISIONS).nullable(),
    }),
    privacy: { grounds: text, talk_note: text },
  },
];
