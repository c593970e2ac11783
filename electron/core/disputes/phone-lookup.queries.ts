import { sql } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type { PhoneHasher } from './phone-lookup';

/** Rewrites one case's lookup rows from its live parties (after intake or a change of phone). */
export async function refreshPhoneLookup(trx: Tx, disputeId: string, hash: PhoneHasher): Promise<void> {
  const parties = await sql<{ id: string; phone: string }>`SELECT id, phone FROM dispute_parties WHERE dispute_id = ${disputeId} AND deleted_at IS NULL AND phone IS NOT NULL`.execute(trx);
  await sql`DELETE FROM dispute_phone_lookup WHERE dispute_id = ${disputeId}`.execute(trx);
  for (const p of parties.rows) {
    // A key this process cannot reach (sealed by the desktop app) must not stop an intake:
    // the party simply has no row until the ledger is opened where the key is.
    const h = await hash(p.phone).catch(() => null);
    if (h) await sql`INSERT INTO dispute_phone_lookup (party_id, dispute_id, phone_hash) VALUES (${p.id}, ${disputeId}, ${h})`.execute(trx);
  }
}

/**
 * Adds the rows of parties that have a phone and none yet (a ledger from before the
 * lookup, or the bulk demo), a thousand per transaction; returns how many. An
 * up-to-date ledger costs one scan of the parties' ids.
 */
export async function fillMissingPhoneLookups(db: Db, hash: PhoneHasher): Promise<number> {
  let filled = 0;
  for (;;) {
    const batch = await sql<{ id: string; dispute_id: string; phone: string }>`
      SELECT p.id, p.dispute_id, p.phone FROM dispute_parties p
      WHERE p.phone IS NOT NULL AND p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM dispute_phone_lookup l WHERE l.party_id = p.id)
      LIMIT 1000`.execute(db);
    if (batch.rows.length === 0) return filled;
    let hashed;
    try {
      hashed = await Promise.all(batch.rows.map(async (p) => ({ ...p, h: (await hash(p.phone)) ?? '-' })));
    } catch {
      return filled; // the key is not reachable here (see refreshPhoneLookup); the next open tries again
    }
    await db.transaction().execute(async (trx) => {
      // '-' marks a stored phone that is no phone number, so it is not looked at again.
      for (const p of hashed) await sql`INSERT OR IGNORE INTO dispute_phone_lookup (party_id, dispute_id, phone_hash) VALUES (${p.id}, ${p.dispute_id}, ${p.h})`.execute(trx);
    });
    filled += hashed.length;
  }
}
