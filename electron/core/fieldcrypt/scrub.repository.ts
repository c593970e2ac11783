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
/** The rebuild a sealing pass owes (also one a kill interrupted, at the next open). */
export function scrubIfPending(raw: Sqlite.Database): void {
  if (raw.prepare('SELECT scrub_pending FROM field_seal_state WHERE id = 1').pluck().get() !== 1) return;
  raw.exec('VACUUM');
  raw.prepare('UPDATE field_seal_state SET scrub_pending = 0 WHERE id = 1').run();
  raw.pragma('wal_checkpoint(TRUNCATE)');
}

export function scrubFreedPages(raw: Sqlite.Database, seal: () => SealReport): SealReport {
  const before = raw.pragma('secure_delete', { simple: true }) as number;
  raw.pragma('secure_delete = ON');
  try {
    const report = seal();
    scrubIfPending(raw);
    return report;
  } finally {
    raw.pragma(`secure_delete = ${before}`);
  }
}
