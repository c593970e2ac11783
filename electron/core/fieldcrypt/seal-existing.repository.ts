import type Sqlite from 'better-sqlite3';
import { entryHash, GENESIS_HASH, sha256Hex } from '../changes/change-hash';
import { ENVELOPE_PREFIX, isSealed, type FieldCipher } from './field-cipher';
import { fieldName, SENSITIVE_COLUMNS, type SensitiveColumn } from './sensitive-fields';

/** The change-log entity of a sealing step's own entry (not a table that travels or is audited). */
export const SEAL_ENTITY = 'sealed_changes';
export const SEAL_ACTOR = 'system:field-encryption';
const BATCH = 500;

export type SealReport = { rows: number; entries: number };
type Entry = { seq: number; entity: string; entity_id: string; payload: string };

const tables = () => [...SENSITIVE_COLUMNS.keys()];
const plainIn = (cols: readonly SensitiveColumn[]) =>
  cols.map((s) => `((payload ->> '$."${s.column}"') IS NOT NULL AND (payload ->> '$."${s.column}"') NOT LIKE '${ENVELOPE_PREFIX}%')`).join(' OR ');

/**
 * The entries after the sealed-through mark that still hold a plain phone or ID
 * number, at most `limit`, and the last seq looked at. Reads only the log's tail:
 * the mark moves to the head once everything before it is sealed.
 */
function plainEntries(raw: Sqlite.Database, limit: number): { entries: Entry[]; scannedTo: number; done: boolean } {
  const from = raw.prepare('SELECT sealed_through FROM field_seal_state WHERE id = 1').pluck().get() as number;
  const conditions = [...SENSITIVE_COLUMNS].map(([t, cols]) => `(entity = '${t}' AND (${plainIn(cols)}))`).join(' OR ');
  const page = raw
    .prepare(`SELECT seq, entity, entity_id, payload, (${conditions}) AS plain FROM changes WHERE seq > ? AND +entity IN (${tables().map((t) => `'${t}'`).join(', ')}) ORDER BY seq LIMIT ?`)
    .all(from, limit) as (Entry & { plain: number })[];
  const done = page.length < limit;
  return { entries: page.filter((e) => e.plain === 1), scannedTo: page.length > 0 ? page[page.length - 1]!.seq : from, done };
}

/** Whether anything is left to seal (no key needed to ask). */
export function hasPlainEntries(raw: Sqlite.Database): boolean {
  for (;;) {
    const page = plainEntries(raw, 5000);
    if (page.entries.length > 0) return true;
    raw.prepare('UPDATE field_seal_state SET sealed_through = ? WHERE id = 1').run(page.done ? headSeq(raw) : page.scannedTo);
    if (page.done) return false;
  }
}

const headSeq = (raw: Sqlite.Database) => (raw.prepare('SELECT coalesce(max(seq), 0) FROM changes').pluck().get() as number);

/**
 * Seals the plain phone and ID numbers a ledger from before field encryption
 * holds (or a bulk write left), in every change-log payload that carries them and
 * in the records' rows. Batches of 500 entries, each one immediate transaction that
 * also appends its own sealing entry and moves the sealed-through mark, so a kill at
 * any point leaves the ledger as it was or sealed up to a batch, consistent either
 * way, and the next open goes on from there.
 *
 * A row still equals its latest payload: where an entry's plain value is the row's
 * current one, the row is sealed once and every such entry gets the same envelope.
 *
 * How the chain stays verifiable: a rewritten entry keeps its `payload_hash`, the
 * hash of the payload as first written, so no entry's `hash`, no link, the signed
 * head anchor and the heads already sent to the city change. What changed is
 * recorded: `sealed_changes` holds, per rewritten entry, the hash of the payload as
 * sealed, and the batch's sealing entry (entity `sealed_changes`, chained like any
 * other) carries a digest over those rows. `ledger check` accepts a payload that no
 * longer matches its `payload_hash` only if it is listed there with its present
 * hash, the digest of its batch holds, and, with the key, opening its sealed values
 * gives back exactly the payload whose hash the entry always had.
 */
export function sealExistingValues(raw: Sqlite.Database, cipher: FieldCipher, at: string): SealReport {
  const report: SealReport = { rows: 0, entries: 0 };
  for (;;) {
    const done = raw
      .transaction(() => {
        const page = plainEntries(raw, BATCH);
        const rows = page.entries.length > 0 ? sealEntries(raw, cipher, page.entries, at) : 0;
        // Committed with the batch: a kill before the rebuild still leaves it owed (scrub.repository.ts).
        if (page.entries.length > 0) raw.prepare('UPDATE field_seal_state SET scrub_pending = 1 WHERE id = 1').run();
        report.rows += rows;
        report.entries += page.entries.length;
        raw.prepare('UPDATE field_seal_state SET sealed_through = ? WHERE id = 1').run(page.done ? headSeq(raw) : page.scannedTo);
        return page.done;
      })
      .immediate();
    if (done) return report;
  }
}

function sealEntries(raw: Sqlite.Database, cipher: FieldCipher, entries: Entry[], at: string): number {
  let rows = 0;
  const rewrites: { seq: number; payload: string }[] = [];
  for (const e of entries) {
    const cols = SENSITIVE_COLUMNS.get(e.entity)!;
    const record = JSON.parse(e.payload) as Record<string, unknown>;
    for (const c of cols) {
      const v = record[c.column];
      if (typeof v !== 'string' || isSealed(v)) continue;
      const field = fieldName(e.entity, c.column);
      const stored = raw.prepare(`SELECT "${c.column}" FROM "${e.entity}" WHERE id = ?`).pluck().get(e.entity_id) as string | null | undefined;
      if (stored === v) {
        // The row's current value: sealed once, shared by the row and its entries.
        const sealed = cipher.seal(field, v);
        const hash = c.hashColumn ? `, "${c.hashColumn}" = ?` : '';
        raw.prepare(`UPDATE "${e.entity}" SET "${c.column}" = ?${hash} WHERE id = ?`).run(sealed, ...(c.hashColumn ? [cipher.hash(c.kind, v)] : []), e.entity_id);
        record[c.column] = sealed;
        rows++;
      } else if (isSealed(stored) && cipher.open(field, stored) === v) {
        record[c.column] = stored; // sealed by an earlier batch
      } else {
        record[c.column] = cipher.seal(field, v); // a value the record has since left behind
      }
    }
    rewrites.push({ seq: e.seq, payload: JSON.stringify(record) });
  }
  appendSealEntry(raw, rewrites, rows, at);
  return rows;
}

/** Rewrites the payloads, lists them in `sealed_changes` and appends the batch's sealing entry, all in the caller's transaction. */
function appendSealEntry(raw: Sqlite.Database, rewrites: { seq: number; payload: string }[], rows: number, at: string): void {
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1').get() as { seq: number; hash: string } | undefined;
  const sealSeq = (head?.seq ?? 0) + 1;
  const setPayload = raw.prepare('UPDATE changes SET payload = ? WHERE seq = ?');
  const listed = raw.prepare('INSERT INTO sealed_changes (seq, sealed_hash, seal_seq) VALUES (?, ?, ?)');
  for (const r of rewrites) {
    setPayload.run(r.payload, r.seq);
    listed.run(r.seq, sha256Hex(r.payload), sealSeq);
  }
  const payload = JSON.stringify({ rows, entries: rewrites.length, digest: sealDigest(raw, sealSeq) });
  const fields = { seq: sealSeq, at, actor: SEAL_ACTOR, entity: SEAL_ENTITY, entity_id: String(sealSeq), action: 'update', payload_hash: sha256Hex(payload), prev_hash: head?.hash ?? GENESIS_HASH };
  raw
    .prepare('INSERT INTO changes (seq, at, actor, entity, entity_id, action, payload, payload_hash, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)')
    .run(fields.seq, at, fields.actor, fields.entity, fields.entity_id, fields.action, payload, fields.payload_hash, fields.prev_hash, entryHash(fields));
}

/** SHA-256 over `seq:sealed_hash` lines of one sealing entry's rows, in seq order. */
export function sealDigest(raw: Sqlite.Database, sealSeq: number): string {
  const lines = raw.prepare('SELECT seq, sealed_hash FROM sealed_changes WHERE seal_seq = ? ORDER BY seq').raw().all(sealSeq) as [number, string][];
  return sha256Hex(lines.map(([seq, h]) => `${seq}:${h}\n`).join(''));
}
