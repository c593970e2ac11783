import { hash } from 'node:crypto';

/** The previous-hash of the first entry. */
export const GENESIS_HASH = '0'.repeat(64);

/**
 * SHA-256 of bytes (or UTF-8 text), lowercase hex. Node's one-shot `hash()`: a
 * third cheaper than a createHash() object per call, which counts when `ledger
 * check` hashes every change-log entry twice.
 */
export const sha256Hex = (data: Uint8Array | string): string => hash('sha256', data, 'hex');

export type ChainFields = {
  seq: number;
  at: string;
  actor: string;
  entity: string;
  entity_id: string;
  action: string;
  payload_hash: string;
  prev_hash: string;
};

/**
 * The hash of one change-log entry. A JSON array gives an unambiguous encoding
 * (no field can bleed into the next), so anyone can recompute it with any
 * SHA-256 tool and a JSON serialiser.
 */
export function entryHash(e: ChainFields): string {
  return sha256Hex(JSON.stringify([e.seq, e.at, e.actor, e.entity, e.entity_id, e.action, e.payload_hash, e.prev_hash]));
}
