import type Sqlite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { entryHash, GENESIS_HASH, sha256Hex } from './change-hash';
import type { ChangeAction } from './changes.table';

export type ChangeInput = {
  at: string;
  actor: string;
  entity: string;
  entityId: string;
  action: ChangeAction;
  /** The record after the change, as stored (without secrets such as password hashes). */
  record: Record<string, unknown>;
};

/**
 * Appends one entry to the change log, chained to the previous one. Must run in
 * the same transaction as the mutation it records (BEGIN IMMEDIATE holds the
 * write lock, so reading the head and appending cannot interleave).
 */
export async function appendChange(trx: Transaction<Database>, change: ChangeInput): Promise<number> {
  const head = await trx.selectFrom('changes').select(['seq', 'hash']).orderBy('seq', 'desc').limit(1).executeTakeFirst();
  const payload = JSON.stringify(change.record);
  const fields = {
    seq: (head?.seq ?? 0) + 1,
    at: change.at,
    actor: change.actor,
    entity: change.entity,
    entity_id: change.entityId,
    action: change.action,
    payload_hash: sha256Hex(payload),
    prev_hash: head?.hash ?? GENESIS_HASH,
  };
  await trx.insertInto('changes').values({ ...fields, payload, hash: entryHash(fields) }).execute();
  return fields.seq;
}

export async function countChanges(db: Kysely<Database>): Promise<number> {
  const row = await db.selectFrom('changes').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  return Number(row.n);
}

export type ChainReport = { changes: number; chainOk: boolean; firstBrokenSeq: number | null; problem: string | null };

type ChainRow = [seq: number, at: string, actor: string, entity: string, entity_id: string, action: string, payload: Buffer, payload_hash: string, prev_hash: string, hash: string];

/**
 * Walks the whole chain and names the first entry that does not hold: a gap in
 * seq, a payload that no longer matches its hash (unless `sealed` accepts it as
 * sealed after the fact), a broken link or a bad hash.
 * Streams rows so a million entries need no memory to speak of; rows come as
 * arrays and payloads as bytes (hashed as stored, never decoded to a string).
 */
export function verifyChain(raw: Sqlite.Database, sealed?: { accepts(seq: number, entity: string, payload: Buffer, payloadHash: string): boolean }): ChainReport {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  const rows = raw
    .prepare('SELECT seq, at, actor, entity, entity_id, action, CAST(payload AS BLOB), payload_hash, prev_hash, hash FROM changes ORDER BY seq')
    .raw()
    .iterate() as IterableIterator<ChainRow>;
  for (const [seq, at, actor, entity, entity_id, action, payload, payload_hash, prev_hash, hash] of rows) {
    count++;
    const broken = (problem: string): ChainReport => ({ changes: count, chainOk: false, firstBrokenSeq: seq, problem });
    if (seq !== expectedSeq) return broken(`第 ${expectedSeq} 条变更记录缺失（下一条是第 ${seq} 条）`);
    // An entry whose plain phone or ID numbers were sealed after the fact keeps its first payload hash (fieldcrypt/seal-existing.repository.ts).
    if (sha256Hex(payload) !== payload_hash && !sealed?.accepts(seq, entity, payload, payload_hash)) return broken(`第 ${seq} 条变更记录的内容被改动过`);
    if (prev_hash !== prev) return broken(`第 ${seq} 条变更记录与上一条的链接断开`);
    if (entryHash({ seq, at, actor, entity, entity_id, action, payload_hash, prev_hash }) !== hash) return broken(`第 ${seq} 条变更记录的哈希不正确`);
    prev = hash;
    expectedSeq++;
  }
  return { changes: count, chainOk: true, firstBrokenSeq: null, problem: null };
}
