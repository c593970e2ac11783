import { sql } from 'kysely';
import type { Db, Tx } from '../db/schema';
import type { FieldCodec } from '../fieldcrypt/field-codec';
import type { PhoneHasher } from './phone-lookup';

/** The phone to hash: stored sealed (fieldcrypt/), so opened first; null when the key is not reachable here. */
const plainPhone = (fields: FieldCodec, p: { phone: string }) =>
  fields.open('dispute_parties', p).then(
    (r) => r.phone,
    () => null,
  );

/** Rewrites one case's lookup rows from its live parties (after intake or a change of phone). */
export async function refreshPhoneLookup(trx: Tx, disputeId: string, hash: PhoneHasher, fields: FieldCodec): Promise<void> {
  const parties = await sql<{ id: string; phone: string }>`SELECT id, phone FROM dispute_parties WHERE dispute_id = ${disputeId} AND deleted_at IS NULL AND phone IS NOT NULL`.execute(trx);
  await sql`DELETE FROM dispute_phone_lookup WHERE dispute_id = ${disputeId}`.execute(trx);
  for (const p of parties.rows) {
    // A key this process cannot reach (sealed by the desktop app) must not stop an intake:
    // the party simply has no row until the ledger is opened where the key is.
    const phone = await plainPhone(fields, p);
    const h = phone === null ? null : await hash(phone).catch(() => null);
    if (h) await sql`INSERT INTO dispute_phone_lookup (party_id, dispute_id, phone_hash) VALUES (${p.id}, ${disputeId}, ${h})`.execute(trx);
  }
}

/**
 * Adds the rows of parties that have a phone and none yet (a ledger from before the
 * lookup, or the bulk demo), a thousand per transaction; returns how many. An
 * up-to-date ledger costs one scan of the parties' ids.
 */
export async function fillMissingPhoneLookups(db: Db, hash: PhoneHasher, fields: FieldCodec): Promise<number> {
  let filled = 0;
  for (;;) {
    const batch = await sql<{ id: string; dispute_id: string; phone: string }>`
      SELECT p.id, p.dispute_id, p.phone FROM dispute_parties p
      WHERE p.phone IS NOT NULL AND p.deleted_at IS NULL AND NOT EXISTS (SELECT 1 FROM dispute_phone_lookup l WHERE l.party_id = p.id)
      LIMIT 1000`.execute(db);
    if (batch.rows.length === 0) return filled;
    let hashed;
    try {
      const opened = await fields.openAll('dispute_parties', batch.rows);
      hashed = await Promise.all(opened.map(async (p) => ({ ...p, h: (await hash(p.phone)) ?? '-' })));
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
