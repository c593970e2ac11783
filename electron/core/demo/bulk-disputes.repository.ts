import type Sqlite from 'better-sqlite3';
import { entryHash, GENESIS_HASH, sha256Hex } from '../changes/change-hash';

/**
 * Raw, prepared inserts for the demo's bulk cases: the same rows and change-log
 * entries the services write, without per-case transactions, so a million cases
 * take minutes rather than hours. Used only by `ledger demo --disputes N`.
 */
export function bulkWriter(raw: Sqlite.Database, seal: (table: string, row: Record<string, unknown>) => Record<string, unknown> = (_t, row) => row) {
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  let seq = head?.seq ?? 0;
  let prev = head?.hash ?? GENESIS_HASH;
  const statements = new Map<string, Sqlite.Statement>();
  const insertInto = (table: string, row: Record<string, unknown>) => {
    const columns = Object.keys(row);
    let stmt = statements.get(table);
    if (!stmt) {
      stmt = raw.prepare(`INSERT INTO ${table} (${columns.join(', ')}) VALUES (${columns.map((c) => `@${c}`).join(', ')})`);
      statements.set(table, stmt);
    }
    stmt.run(row);
  };
  const change = raw.prepare('INSERT INTO changes (seq, at, actor, entity, entity_id, action, payload, payload_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)');
  const search = raw.prepare('INSERT INTO disputes_search (rowid, tokens) VALUES (?, ?)');
  return {
    /** Inserts a row and its chained `create` entry. */
    insert(table: string, plain: Record<string, unknown> & { id: string; created_at: string }, actor: string) {
      // Phone and ID numbers sealed before they reach the table or the log, as the services do (fieldcrypt/).
      const row = seal(table, plain);
      insertInto(table, row);
      const payload = JSON.stringify(row);
      const fields = { seq: ++seq, at: plain.created_at, actor, entity: table, entity_id: plain.id, action: 'create', payload_hash: sha256Hex(payload), prev_hash: prev };
      const hash = entryHash(fields);
      change.run(fields.seq, fields.at, actor, table, plain.id, 'create', payload, fields.payload_hash, prev, hash);
      prev = hash;
    },
    index(searchKey: number, tokens: string) {
      search.run(searchKey, tokens);
    },
    transaction: <T>(fn: () => T): T => raw.transaction(fn)(),
    maxCaseSeq: (year: number) => (raw.prepare('SELECT coalesce(max(case_seq), 0) AS m FROM disputes WHERE case_year = ?').get(year) as { m: number }).m,
    lookups: () => ({
      office: raw.prepare('SELECT id FROM offices WHERE deleted_at IS NULL LIMIT 1').get() as { id: string },
      estates: raw.prepare('SELECT id, name, address, company_id FROM estates WHERE deleted_at IS NULL ORDER BY name').all() as { id: string; name: string; address: string; company_id: string | null }[],
      mediators: raw.prepare("SELECT id, name FROM staff WHERE deleted_at IS NULL AND role = 'mediator' ORDER BY name").all() as { id: string; name: string }[],
      companies: raw.prepare('SELECT id, name FROM companies WHERE deleted_at IS NULL').all() as { id: string; name: string }[],
    }),
  };
}
