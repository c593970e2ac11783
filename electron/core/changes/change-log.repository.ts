import type Sqlite from 'better-sqlite3';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { entryHash, GENESIS_HASH, sha256Hex } from './change-hash';
import type { ChangeAction, ChangesTable } from './changes.table';

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

/**
 * Walks the whole chain and names the first entry that does not hold: a gap in
 * seq, a payload that no longer matches its hash, a broken link or a bad hash.
 * Streams rows so a million entries need no memory to speak of.
 */
export function verifyChain(raw: Sqlite.Database): ChainReport {
  let expectedSeq = 1;
  let prev = GENESIS_HASH;
  let count = 0;
  const rows = raw.prepare('SELECT * FROM changes ORDER BY seq').iterate() as IterableIterator<ChangesTable>;
  for (const row of rows) {
    count++;
    const broken = (problem: string): ChainReport => ({ changes: count, chainOk: false, firstBrokenSeq: row.seq, problem });
    if (row.seq !== expectedSeq) return broken(`第 ${expectedSeq} 条变更记录缺失（下一条是第 ${row.seq} 条）`);
    if (sha256Hex(row.payload) !== row.payload_hash) return broken(`第 ${row.seq} 条变更记录的内容被改动过`);
    if (row.prev_hash !== prev) return broken(`第 ${row.seq} 条变更记录与上一条的链接断开`);
    if (entryHash(row) !== row.hash) return broken(`第 ${row.seq} 条变更记录的哈希不正确`);
    prev = row.hash;
    expectedSeq++;
  }
  return { changes: count, chainOk: true, firstBrokenSeq: null, problem: null };
}
