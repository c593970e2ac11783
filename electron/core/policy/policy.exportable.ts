import { z } from 'zod';
import { rec, recordSchema, type Exportable } from '../sync/exportable';

/**
 * The packs an office applied travel as its receipt of the versions in force: the city
 * sees which offices are behind (`ledger city … status`). The body stays home: the
 * city wrote it and keeps its own copy.
 */
export const POLICY_EXPORTABLES: Exportable[] = [
  {
    entity: 'policy_packs',
    schema: recordSchema({
      pack_version: z.int().min(1), city_code: rec.text(8), title: rec.text(200), issued_at: rec.text(40),
      key_fingerprint: rec.text(64), pack_sha256: rec.text(64), sections: rec.text(2000),
    }),
    privacy: {},
    omit: ['body'],
  },
];
