import type { Ledger } from '../db/open-ledger';
import type { FieldCodec } from './field-codec';
import { hasPlainEntries, sealExistingValues, type SealReport } from './seal-existing.repository';
import { scrubFreedPages, scrubIfPending } from './scrub.repository';

/**
 * The first-open step of field encryption: seals whatever plain phone and ID
 * numbers the ledger still holds. Where the key cannot be reached (a ledger the
 * desktop app sealed, opened by the CLI) nothing is sealed and the next open where
 * the key is tries again; writes of those fields fail meanwhile with the store's
 * own message. After sealing, the freed pages and the WAL are scrubbed, so the
 * plain values are not left behind in the file either.
 */
export async function sealPlainFields(ledger: Ledger, fields: FieldCodec, at: string): Promise<SealReport | null> {
  if (!hasPlainEntries(ledger.raw)) {
    scrubIfPending(ledger.raw);
    return { rows: 0, entries: 0 };
  }
  const cipher = await fields.cipher().catch(() => null);
  if (!cipher) return null;
  return scrubFreedPages(ledger.raw, () => sealExistingValues(ledger.raw, cipher, at));
}
