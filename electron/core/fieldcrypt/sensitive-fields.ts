import { hashColumnOf } from '../sync/exportable';
import { EXPORTABLES } from '../sync/exportable-tables';
import type { HashKind } from './field-cipher';

/** One column kept encrypted at rest; `hashColumn` holds its keyed hash where the ledger looks values up. */
export type SensitiveColumn = { column: string; kind: HashKind; hashColumn: string | null };

/**
 * Which columns are encrypted at rest. There is one declaration of what is a phone
 * or an ID number: the privacy rules of the travelling tables (`<domain>.exportable.ts`,
 * kinds `phone` and `id-number`), which also decide what a bundle leaves out. A
 * column declared there is encrypted here, with no second list to forget.
 * ID numbers decide duplicates (one seat per person, one candidacy per election),
 * so each has a `<column>_hash` beside it; phone numbers are looked up through
 * `dispute_phone_lookup` (disputes/phone-lookup.ts).
 */
export const SENSITIVE_COLUMNS: ReadonlyMap<string, readonly SensitiveColumn[]> = new Map(
  EXPORTABLES.flatMap((t) => {
    const columns = Object.entries(t.privacy).flatMap(([column, rule]): SensitiveColumn[] =>
      rule.kind === 'phone' || rule.kind === 'id-number' ? [{ column, kind: rule.kind, hashColumn: rule.kind === 'id-number' ? hashColumnOf(column) : null }] : [],
    );
    return columns.length > 0 ? [[t.entity, columns] as const] : [];
  }),
);

/** The name a value is sealed under (the cipher's additional data): a value copied to another column does not open. */
export const fieldName = (table: string, column: string) => `${table}.${column}`;
