import type Sqlite from 'better-sqlite3';
import { GENESIS_HASH } from '../changes/change-hash';

/** The few reads the chain-head anchor needs, each one indexed lookup. */
export function chainHeadReader(raw: Sqlite.Database) {
  const head = raw.prepare('SELECT seq, hash FROM changes ORDER BY seq DESC LIMIT 1');
  const at = raw.prepare('SELECT hash FROM changes WHERE seq = ?').pluck();
  const exported = raw.prepare('SELECT seq, to_change_seq FROM bundles ORDER BY seq DESC LIMIT 1');
  const office = raw.prepare('SELECT id, division_code FROM offices ORDER BY created_at LIMIT 1');
  return {
    /** The newest entry (seq 0 and the genesis hash for an empty log). */
    head: (): { seq: number; hash: string } => (head.get() as { seq: number; hash: string } | undefined) ?? { seq: 0, hash: GENESIS_HASH },
    /** The hash of entry `seq`, or null when there is none. */
    hashAt: (seq: number): string | null => (at.get(seq) as string | undefined) ?? null,
    /** The last bundle exported and the change-log seq it reached, or null before the first export. */
    lastExport: (): { bundle: number; toSeq: number } | null => {
      const row = exported.get() as { seq: number; to_change_seq: number } | undefined;
      return row ? { bundle: row.seq, toSeq: row.to_change_seq } : null;
    },
    office: () => (office.get() as { id: string; division_code: string } | undefined) ?? null,
  };
}
