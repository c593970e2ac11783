import type Sqlite from 'better-sqlite3';
import { GENESIS_HASH } from '../changes/change-hash';
import type { Exportable } from './exportable';

/** One changed record: its change-log seq, table and logged row (JSON text). */
export type ChangedRecord = [seq: number, entity: string, payload: string];

/**
 * Raw reads for the export's hot path (a hundred thousand rows in well under a
 * second). Every read is one short statement: the export yields between chunks
 * and the one connection stays free for the clerks' own requests meanwhile.
 */
export function exportReader(raw: Sqlite.Database, tables: readonly Exportable[]) {
  const entities = tables.map((t) => t.entity);
  const list = entities.map(() => '?').join(', ');
  // The latest logged version of each record changed in (cursor, to]: an entry is
  // taken only if no later create/update/delete of the same record is in range.
  // `reveal` entries are audit notes, not record versions. The unary + keeps SQLite
  // on the seq (rowid) range: with the entity index it would re-scan every earlier
  // entry of the table for each chunk.
  const changed = raw.prepare(`
    SELECT c.seq, c.entity, c.payload FROM changes c
    WHERE c.seq > ? AND c.seq <= ? AND +c.entity IN (${list}) AND c.action IN ('create', 'update', 'delete')
      AND NOT EXISTS (
        SELECT 1 FROM changes l
        WHERE l.entity = c.entity AND l.entity_id = c.entity_id AND l.seq > c.seq AND l.seq <= ?
          AND l.action IN ('create', 'update', 'delete'))
    ORDER BY c.seq LIMIT ?`).raw(); // rows as arrays: no object per row
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1');
  const hashAt = raw.prepare('SELECT hash FROM changes WHERE seq = ?').pluck();

  return {
    /** The newest change-log entry (seq 0 and the genesis hash when the log is empty). */
    head(): { seq: number; hash: string } {
      return (head.get() as { seq: number; hash: string } | undefined) ?? { seq: 0, hash: GENESIS_HASH };
    },
    /** The hash of entry `seq` (the genesis hash for seq 0), or null when the log has no such entry. */
    hashAt(seq: number): string | null {
      return seq === 0 ? GENESIS_HASH : ((hashAt.get(seq) as string | undefined) ?? null);
    },
    /** One chunk of changed records after `cursor`, up to `to`, in log order. */
    chunk(cursor: number, to: number, limit: number): ChangedRecord[] {
      return changed.all(cursor, to, ...entities, to, limit) as ChangedRecord[];
    },
    /** Every natural person's name the ledger holds, so free text can be scrubbed of them. */
    personNames(): Set<string> {
      const names = new Set<string>();
      const add = (sql: string, ...params: string[]) => {
        for (const r of raw.prepare(sql).pluck().iterate(...params) as IterableIterator<string | null>) if (r) names.add(r);
      };
      for (const t of tables) {
        for (const [column, rule] of Object.entries(t.privacy)) {
          if (rule.kind !== 'person-name') continue;
          if (rule.when) add(`SELECT DISTINCT "${column}" FROM "${t.entity}" WHERE "${rule.when.column}" = ?`, rule.when.equals);
          else add(`SELECT DISTINCT "${column}" FROM "${t.entity}"`);
        }
      }
      // Operators are staff too; their names turn up in notes though accounts never travel.
      add('SELECT DISTINCT display_name FROM operators');
      return names;
    },
  };
}
