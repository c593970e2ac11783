import type Sqlite from 'better-sqlite3';
import type { SealReport } from './seal-existing.repository';

/**
 * Runs a sealing pass with `secure_delete` on, so the old cells of the values it
 * overwrites are zeroed rather than left in free space; then, if it sealed
 * anything, rebuilds the file (`VACUUM`: pages freed earlier, such as those of the
 * dropped ID-number indexes, still held plain numbers) and checkpoints and
 * truncates the WAL, whose frames would otherwise still hold the pages from before.
 * The rebuild runs once per ledger, at the upgrade; later writes are sealed before
 * they reach SQLite.
 */
export function scrubFreedPages(raw: Sqlite.Database, seal: () => SealReport): SealReport {
  const before = raw.pragma('secure_delete', { simple: true }) as number;
  raw.pragma('secure_delete = ON');
  try {
    const report = seal();
    if (report.rows + report.entries > 0) {
      raw.exec('VACUUM');
      raw.pragma('wal_checkpoint(TRUNCATE)');
    }
    return report;
  } finally {
    raw.pragma(`secure_delete = ${before}`);
  }
}
