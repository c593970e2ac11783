import { STAFF_ROLES } from '#shared/domain/auth/roles';
import { z } from 'zod';
import { rec, recordSchema, RECORD_COLUMNS, sensitive, type Exportable } from '../sync/exportable';

/** The registry's tables in a bundle. Operators (accounts, password hashes) never travel. */
export const REGISTRY_EXPORTABLES: Exportable[] = [
  {
    entity: 'offices',
    // The office row is the office itself: it has no office_id.
    schema: z.looseObject({
      id: RECORD_COLUMNS.id, created_at: RECORD_COLUMNS.created_at, updated_at: RECORD_COLUMNS.updated_at,
      version: RECORD_COLUMNS.version, deleted_at: RECORD_COLUMNS.deleted_at,
      name: rec.text(200), division_code: z.string().regex(/^\d{9}(\d{3})?$/),
      // Added in schema 5 (absent from older offices' records).
      address: rec.text(500).nullable().optional(), contact_name: rec.text(200).nullable().optional(),
      contact_phone: rec.text(40).nullable().optional(), committee_name: rec.text(200).nullable().optional(),
    }),
    // The contact person is a member of staff (a natural person); the phone is the office's own line, not personal data.
    privacy: { contact_name: { kind: 'person-name' } },
  },
  // name_sort is the local pinyin sort key, derived from the name (the city sorts for itself).
  { entity: 'communities', schema: recordSchema({ name: rec.text(200) }), privacy: {}, omit: ['name_sort'] },
  {
    entity: 'companies',
    schema: recordSchema({ name: rec.text(200), credit_code: z.string().length(18), contact_name: rec.text(200).nullable(), phone: sensitive(rec.text(40)) }),
    privacy: { contact_name: { kind: 'person-name' }, phone: { kind: 'phone' } },
    omit: ['name_sort'],
  },
  {
    entity: 'estates',
    schema: recordSchema({ name: rec.text(200), address: rec.text(500), community_id: rec.id, company_id: rec.id.nullable(), households: z.int().min(0) }),
    privacy: {},
    omit: ['name_sort'],
  },
  {
    entity: 'staff',
    schema: recordSchema({ name: rec.text(200), role: z.enum(STAFF_ROLES), certificate_no: rec.text(200).nullable() }),
    privacy: { name: { kind: 'person-name' } },
  },
];
