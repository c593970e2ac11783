import { verifyChain } from '../changes/change-log.repository';
import { SCHEMA_VERSION } from '../db/migrations/index';
import type { Ledger } from '../db/open-ledger';
import { getOffice } from '../registry/office.repository';

export type SystemService = ReturnType<typeof createSystemService>;

/** Version information and the database health check. */
export function createSystemService(ledger: Ledger, appVersion: string) {
  return {
    async info() {
      const office = await getOffice(ledger.db);
      return { appVersion, schemaVersion: SCHEMA_VERSION, officeName: office?.name ?? null };
    },
    /** SQLite's integrity check, then the change-log hash chain, naming the first broken entry. */
    check() {
      const rows = ledger.raw.pragma('integrity_check') as { integrity_check: string }[];
      const integrity = rows.map((r) => r.integrity_check).join('; ');
      return { integrity, ...verifyChain(ledger.raw) };
    },
  };
}
