import { z } from 'zod';

/**
 * How a column is treated at each privacy level (see privacy.ts):
 * - `person-name`: a natural person's name; pseudonymised by default. With
 *   `when`, only for rows where that column has that value (a party that is a
 *   company keeps its name).
 * - `phone`, `id-number`: left out of the bundle unless the level is `full`.
 * - `personal`: another detail about a natural person (性别, 出生日期, 民族, 职业,
 *   住所); left out unless the level is `full`, as phone and ID numbers are.
 * - `text`: free text a clerk typed; known names become pseudonyms and anything
 *   shaped like a phone or ID number is masked.
 */
export type ColumnPrivacy =
  | { kind: 'person-name'; when?: { column: string; equals: string } }
  | { kind: 'phone' }
  | { kind: 'id-number' }
  | { kind: 'personal' }
  | { kind: 'text' };

/**
 * A table that travels to the city. A domain joins the bundle by declaring its
 * tables here (in its own `<domain>.exportable.ts`) and listing them in
 * `exportable-tables.ts`; nothing else in sync changes.
 */
export type Exportable = {
  /** The table name; also the data file's name (`data/<entity>.ndjson`). */
  entity: string;
  /** What the city accepts for one record (a stored row after the privacy rules). */
  schema: z.ZodType<Record<string, unknown>>;
  /** Columns with a privacy rule; every other column travels as stored. */
  privacy: Record<string, ColumnPrivacy>;
  /** Local or derived columns that never leave the office (search keys, cached deadlines). */
  omit?: readonly string[];
};

// Loose checks, not the office's input rules: the city must accept any record an
// office of this format version could have stored, and refuse what is malformed.
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const rec = {
  id: z.string().regex(ID),
  iso: z.string().regex(ISO),
  text: (max: number) => z.string().max(max),
  int: z.int().min(-(2 ** 53)).max(2 ** 53),
};

/** The columns every travelling record carries (DESIGN: Database). */
export const RECORD_COLUMNS = {
  id: rec.id,
  office_id: rec.id,
  created_at: rec.iso,
  updated_at: rec.iso,
  version: z.int().min(1).max(Number.MAX_SAFE_INTEGER),
  deleted_at: rec.iso.nullable(),
};

/**
 * A record schema: the travelling columns plus the table's own. Unknown columns
 * are kept (a newer minor format version may add some); wrong types are not.
 */
export const recordSchema = <S extends z.ZodRawShape>(shape: S) => z.looseObject({ ...RECORD_COLUMNS, ...shape });

/** A column left out below the `full` level: absent, or present in a `full` bundle. */
export const sensitive = <T extends z.ZodType>(t: T) => t.nullable().optional();

/**
 * The keyed-hash column beside each ID number (`id_number_hash`, fieldcrypt/): a
 * local look-up key under the office's own key, so it never travels and, like the
 * other local columns, `ledger check` leaves it out.
 */
export const hashColumnOf = (column: string) => `${column}_hash`;

/** A declaration with the hash columns of its ID numbers added to `omit`. */
export function withHashColumnsOmitted(e: Exportable): Exportable {
  const hashes = Object.entries(e.privacy).flatMap(([column, rule]) => (rule.kind === 'id-number' ? [hashColumnOf(column)] : []));
  return hashes.length === 0 ? e : { ...e, omit: [...(e.omit ?? []), ...hashes] };
}
