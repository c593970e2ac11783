import { ACTION_SOURCES, ACTION_STATUSES, RESPONSIBLE_KINDS } from '#shared/domain/actions/actions.schema';
import { z } from 'zod';
import { rec, recordSchema, type Exportable } from '../sync/exportable';

const text = { kind: 'text' } as const;
const date = rec.text(10);
const optText = (max: number) => rec.text(max).nullable();

/**
 * 整改清单 in a bundle. A responsible party that is a person is a natural person's
 * name (pseudonymised by default); a department's, company's, committee's or
 * community's name travels as stored. `completed_by` and `verified_by` are operator
 * actors, which travel as the change log's actors do. Typed text is scrubbed.
 */
export const ACTIONS_EXPORTABLES: Exportable[] = [
  {
    entity: 'action_items',
    schema: recordSchema({
      problem: rec.text(5000), source: z.enum(ACTION_SOURCES), meeting_id: rec.id.nullable(), resolution_id: rec.id.nullable(), dispute_id: rec.id.nullable(),
      source_note: optText(1000), estate_id: rec.id.nullable(), company_id: rec.id.nullable(),
      responsible_kind: z.enum(RESPONSIBLE_KINDS), responsible_name: rec.text(200), responsible_ref_id: rec.id.nullable(),
      rectification: rec.text(5000), due_on: date, status: z.enum(ACTION_STATUSES), started_on: date.nullable(),
      completed_on: date.nullable(), completed_by: optText(200), evidence: optText(10_000), verified_on: date.nullable(), verified_by: optText(200), verification_note: optText(5000),
    }),
    privacy: {
      responsible_name: { kind: 'person-name', when: { column: 'responsible_kind', equals: 'person' } },
      problem: text, rectification: text, source_note: text, evidence: text, verification_note: text,
    },
  },
];
