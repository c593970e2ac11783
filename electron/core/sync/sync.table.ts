import type { PrivacyLevel } from '#shared/domain/sync/sync.schema';

export type SyncSettingsTable = { key: string; value: string; updated_at: string; updated_by: string };

/** One exported bundle; `confirmed_at` is set when a city receipt lists it with the same manifest hash. */
export type BundlesTable = {
  seq: number;
  file_name: string;
  period: string;
  kind: 'snapshot' | 'changes';
  created_at: string;
  created_by: string;
  manifest_sha256: string;
  prev_manifest_sha256: string | null;
  file_sha256: string;
  file_bytes: number;
  from_change_seq: number;
  to_change_seq: number;
  records: number;
  /** JSON object: entity → records. */
  counts: string;
  privacy: PrivacyLevel;
  privacy_reason: string | null;
  confirmed_at: string | null;
  receipt_issued_at: string | null;
};

export type SyncTables = { sync_settings: SyncSettingsTable; bundles: BundlesTable };
