import type Sqlite from 'better-sqlite3';
import type { AuditedTable } from './audited-tables';

/**
 * - `field-differs`: the row's columns (`fields`) are not what its latest entry (`seq`) logged;
 * - `unlogged`: a row with no change entry at all;
 * - `row-missing`: change entries (the latest is `seq`) for a row that is gone.
 */
export type RecordProblemKind = 'field-differs' | 'unlogged' | 'row-missing';
export type RawRecordProblem = { kind: RecordProblemKind; table: string; id: string; fields: string[]; seq: number | null };

const IDENTIFIER = /^[a-z_][a-z0-9_]*$/;

/**
 * Compares each row of `t` with the payload of its latest change-log entry
 * (`create`, `update` or `delete`; a `reveal` is an audit note, not a version),
 * inside SQLite: one streaming pass per table, and only differing rows come back
 * to JavaScript. Values never leave SQLite: the result names columns only.
 *
 * Three steps, each only for the rows the one before did not settle:
 * 1. the payload's exact text equals the row as JSON in column order (what
 *    `updateRecord` logs, and what most inserts log): one string comparison;
 * 2. otherwise (another key order, keys left out) every checked column's logged
 *    value, extracted at once, equals the row's, as two JSON arrays;
 * 3. otherwise each column is compared on its own, to name the ones that differ.
 * A column missing from a payload must be NULL (JSON.stringify drops undefined,
 * and SQLite stores NULL for a column an insert leaves out).
 */
export function auditTable(raw: Sqlite.Database, t: AuditedTable, onProblem: (p: RawRecordProblem) => void): number {
  if (!IDENTIFIER.test(t.table)) throw new Error(`bad table name ${t.table}`);
  const all = (raw.pragma(`table_info("${t.table}")`) as { name: string }[]).map((c) => c.name);
  if (all.length === 0) return 0; // a table this database does not have
  for (const c of all) if (!IDENTIFIER.test(c)) throw new Error(`bad column name ${t.table}.${c}`);
  const checked = all.filter((c) => !t.ignore.includes(c));
  // Ignored columns take the payload's own value (or null), so they never decide step 1.
  const asLogged = all.map((c) => (t.ignore.includes(c) ? `'${c}', c.payload -> '$."${c}"'` : `'${c}', r."${c}"`)).join(', ');
  const logged = checked.map((c) => `'$."${c}"'`).join(', ');
  const stored = checked.map((c) => `r."${c}"`).join(', ');
  const differs = checked.map((c) => `CASE WHEN (c.payload ->> '$."${c}"') IS NOT r."${c}" THEN '${c}' END`).join(', ');
  // LIMIT -1 keeps SQLite from flattening the inner query into the outer WHERE,
  // which would evaluate the comparison twice.
  const mismatches = raw.prepare(`
    SELECT id, seq, diff FROM (
      SELECT r.id AS id, c.seq AS seq,
        CASE
          WHEN c.seq IS NULL THEN NULL
          WHEN c.payload = json_object(${asLogged}) THEN ''
          WHEN json_extract(c.payload, ${logged}) = json_array(${stored}) THEN ''
          ELSE concat_ws(',', ${differs})
        END AS diff
      FROM "${t.table}" r
      LEFT JOIN changes c ON c.seq = (
        SELECT l.seq FROM changes l
        WHERE l.entity = ? AND l.entity_id = r.id AND l.action <> 'reveal'
        ORDER BY l.seq DESC LIMIT 1)
      LIMIT -1)
    WHERE seq IS NULL OR diff <> ''`);
  for (const row of mismatches.iterate(t.table) as IterableIterator<{ id: string; seq: number | null; diff: string | null }>) {
    if (row.seq === null) onProblem({ kind: 'unlogged', table: t.table, id: row.id, fields: [], seq: null });
    else onProblem({ kind: 'field-differs', table: t.table, id: row.id, fields: row.diff!.split(','), seq: row.seq });
  }
  // Entries whose row is gone (records are tombstoned, never DELETEd). The entity
  // index covers entity_id and seq; each id is looked up once in the table's key.
  const gone = raw.prepare(`
    SELECT c.entity_id AS id, max(c.seq) AS seq FROM changes c
    WHERE c.entity = ? AND NOT EXISTS (SELECT 1 FROM "${t.table}" r WHERE r.id = c.entity_id)
    GROUP BY c.entity_id ORDER BY seq`);
  for (const row of gone.iterate(t.table) as IterableIterator<{ id: string; seq: number }>) {
    onProblem({ kind: 'row-missing', table: t.table, id: row.id, fields: [], seq: row.seq });
  }
  return raw.prepare(`SELECT count(*) FROM "${t.table}"`).pluck().get() as number;
}
