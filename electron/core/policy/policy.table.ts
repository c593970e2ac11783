import type { RecordColumns } from '../db/record-columns';

/** A policy pack the office applied (migration 2026_12_03_1300). */
export type PolicyPacksTable = RecordColumns & {
  pack_version: number;
  /** The city's first four division-code digits, as the pack names it. */
  city_code: string;
  title: string;
  issued_at: string;
  /** The city signing key's fingerprint that verified it. */
  key_fingerprint: string;
  /** SHA-256 of the pack file's bytes, as the preview showed it. */
  pack_sha256: string;
  /** JSON array of the section keys the pack carries. */
  sections: string;
  /** The signed body's JSON text (never exported). */
  body: string;
};

/** A recompute under way (see the migration). */
export type PolicyRecomputeTable = { pack_id: string; after_rowid: number; started_at: string };

export type PolicyTables = { policy_packs: PolicyPacksTable; policy_recompute: PolicyRecomputeTable };
export type PolicyTable = 'policy_packs';
