import { isSealed } from './field-cipher';
import { SENSITIVE_COLUMNS } from './sensitive-fields';

/**
 * The record store's last line: a phone or ID number that reaches it in plain text
 * is a repository that forgot the field codec, and writing it would put it in the
 * database and the change log for good. It fails the write instead.
 */
export function assertSealed(table: string, row: Record<string, unknown>): void {
  for (const s of SENSITIVE_COLUMNS.get(table) ?? []) {
    const value = row[s.column];
    if (value !== undefined && value !== null && !isSealed(value)) {
      throw new Error(`${table}.${s.column} reached the record store unsealed: seal the row with the field codec first`);
    }
  }
}
