import type Sqlite from 'better-sqlite3';

/**
 * The ids of the data keys that sealed values in this ledger. Synchronous on the
 * raw connection on purpose: the key is loaded on first use, which may be inside
 * a caller's transaction, where a query through Kysely would wait for the one
 * connection that transaction holds.
 */
export const knownKeyIds = (raw: Sqlite.Database): string[] => raw.prepare('SELECT key_id FROM field_keys ORDER BY rowid').pluck().all() as string[];

export const recordKeyId = (raw: Sqlite.Database, keyId: string): void => {
  raw.prepare('INSERT OR IGNORE INTO field_keys (key_id) VALUES (?)').run(keyId);
};
