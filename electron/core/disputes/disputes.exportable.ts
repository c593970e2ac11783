import { DEADLINE_UNITS } from '#shared/domain/disputes/deadlines';
import { GENDERS } from '#shared/domain/disputes/party-details';
import { DISPUTE_CATEGORIES, DISPUTE_SOURCES, DISPUTE_STATUSES, DISPUTE_TIERS, PARTY_KINDS, PARTY_ROLES } from '#shared/domain/disputes/disputes.schema';
import { z } from 'zod';
import { STEP_DUE_COLUMNS } from './disputes.table';
import { rec, recordSchema, sensitive, type Exportable } from '../sync/exportable';

const text = { kind: 'text' } as const;
const personal = { kind: 'personal' } as const;
const tier = z.enum(DISPUTE_TIERS);
const optText = (max: number) => rec.text(max).nullable();
const optIso = rec.iso.nullable();

/** The disputes tables in a bundle. Per-operator preferences and the search index never travel. */
export const DISPUTES_EXPORTABLES: Exportable[] = [
  {
    entity: 'disputes',
    schema: recordSchema({
      case_year: rec.int, case_seq: rec.int, case_no: rec.text(40),
      source: z.enum(DISPUTE_SOURCES), hotline_order_no: optText(100), hotline_received_at: optIso, received_at: rec.iso,
      estate_id: rec.id, company_id: rec.id.nullable(), category: z.enum(DISPUTE_CATEGORIES),
      tier, suggested_tier: tier, tier_reason: optText(5000), tier_started_at: rec.iso,
      description: rec.text(20_000), status: z.enum(DISPUTE_STATUSES),
      mediator_id: rec.id.nullable(), assigned_at: optIso, first_session_at: optIso, outcome_at: optIso,
      agreed_terms: optText(20_000), performance: optText(5000), performance_due: optIso, failure_reason: optText(5000),
      court_name: optText(200), court_date: optIso, court_reference: optText(200),
      department_name: optText(200), department_referred_at: optIso, department_result: optText(5000), department_result_at: optIso,
      joint_referral_at: optIso, feedback_at: optIso, satisfaction: z.enum(['satisfied', 'basically-satisfied', 'dissatisfied']).nullable(),
      feedback_notes: optText(5000), return_visit_due_at: optIso, return_visit_at: optIso, return_visit_notes: optText(5000),
      rejection_reason: optText(5000), withdrawal_reason: optText(5000).optional(), closed_at: optIso,
      // Absent from bundles written before the column existed.
      superseded_deadlines: rec.text(20_000).nullable().optional(),
    }),
    privacy: {
      description: text, tier_reason: text, agreed_terms: text, performance: text, failure_reason: text,
      department_result: text, feedback_notes: text, return_visit_notes: text, rejection_reason: text, withdrawal_reason: text,
    },
    // The due columns are derived (refreshed without a change entry); search_key is the local index key.
    omit: ['next_due_at', ...Object.values(STEP_DUE_COLUMNS), 'search_key'],
  },
  {
    entity: 'dispute_parties',
    schema: recordSchema({
      dispute_id: rec.id, position: rec.int, role: z.enum(PARTY_ROLES), kind: z.enum(PARTY_KINDS), name: rec.text(200),
      phone: sensitive(rec.text(40)), id_number: sensitive(rec.text(40)), company_id: rec.id.nullable(),
      // Added in schema 4: absent from older offices' records; the personal ones also below `full`.
      gender: sensitive(z.enum(GENDERS)), birth_date: sensitive(rec.text(10)), ethnicity: sensitive(rec.text(100)),
      occupation: sensitive(rec.text(200)), residence: sensitive(rec.text(500)), representative: rec.text(200).nullable().optional(),
    }),
    privacy: {
      name: { kind: 'person-name', when: { column: 'kind', equals: 'person' } }, phone: { kind: 'phone' }, id_number: { kind: 'id-number' },
      gender: personal, birth_date: personal, ethnicity: personal, occupation: personal, residence: personal,
      // A company's 法定代表人 or a committee's 负责人 is a natural person, whatever the party's kind.
      representative: { kind: 'person-name' },
    },
  },
  {
    entity: 'dispute_sessions',
    schema: recordSchema({ dispute_id: rec.id, held_at: rec.iso, place: rec.text(500), attendees: rec.text(5000), mediator_id: rec.id.nullable(), notes: rec.text(20_000) }),
    privacy: { place: text, attendees: text, notes: text },
  },
  {
    entity: 'dispute_evidence',
    schema: recordSchema({ dispute_id: rec.id, name: rec.text(500), provided_by: optText(200), received_at: rec.iso, notes: optText(5000) }),
    privacy: { name: text, provided_by: text, notes: text },
  },
  {
    entity: 'dispute_escalations',
    schema: recordSchema({ dispute_id: rec.id, from_tier: tier, to_tier: tier, reason: rec.text(5000), escalated_at: rec.iso }),
    privacy: { reason: text },
  },
  {
    entity: 'deadline_rules',
    schema: recordSchema({ kind: rec.text(100), applies_to: rec.text(200), amount: z.int().min(1), unit: z.enum(DEADLINE_UNITS), met_by: rec.text(100), clock_from: optText(100) }),
    privacy: {},
  },
];
