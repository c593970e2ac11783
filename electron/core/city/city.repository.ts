import type Sqlite from 'better-sqlite3';

export type CityOffice = { code: string; office_id: string; name: string; public_key_pem: string; fingerprint: string; registered_at: string };
export type CityBundle = {
  office_code: string; seq: number; manifest_sha256: string; prev_manifest_sha256: string | null; file_name: string;
  status: 'applied' | 'held'; stored_as: string | null; records: number; privacy: string; received_at: string; applied_at: string | null;
  /** The office change-log range and head of the manifest (null for bundles imported before these were kept). */
  change_from_seq: number | null; change_to_seq: number | null; chain_head: string | null;
};
export type CityConflict = { office_code: string; seq: number; manifest_sha256: string; file_name: string; stored_as: string; reason: string; received_at: string };
/** `body`: the record's line, as the UTF-8 bytes it came in (checked UTF-8), stored as TEXT without a round trip through a JS string. */
export type IncomingRecord = { entity: string; id: string; version: number; updated_at: string; deleted_at: string | null; body: Uint8Array };

/**
 * The city database through prepared statements: imports write tens of thousands
 * of records a second, and the whole apply is one synchronous transaction.
 */
export function cityRepository(raw: Sqlite.Database) {
  const s = {
    office: raw.prepare('SELECT * FROM offices WHERE code = ?'),
    offices: raw.prepare('SELECT * FROM offices ORDER BY code'),
    addOffice: raw.prepare('INSERT INTO offices (code, office_id, name, public_key_pem, fingerprint, registered_at) VALUES (@code, @office_id, @name, @public_key_pem, @fingerprint, @registered_at)'),
    bundle: raw.prepare('SELECT * FROM bundles WHERE office_code = ? AND seq = ?'),
    bundles: raw.prepare('SELECT * FROM bundles WHERE office_code = ? ORDER BY seq'),
    lastApplied: raw.prepare("SELECT * FROM bundles WHERE office_code = ? AND status = 'applied' ORDER BY seq DESC LIMIT 1"),
    addBundle: raw.prepare(`INSERT INTO bundles (office_code, seq, manifest_sha256, prev_manifest_sha256, file_name, status, stored_as, records, privacy, received_at, applied_at, change_from_seq, change_to_seq, chain_head)
      VALUES (@office_code, @seq, @manifest_sha256, @prev_manifest_sha256, @file_name, @status, @stored_as, @records, @privacy, @received_at, @applied_at, @change_from_seq, @change_to_seq, @chain_head)
      ON CONFLICT (office_code, seq) DO UPDATE SET status = excluded.status, stored_as = excluded.stored_as, applied_at = excluded.applied_at,
        change_from_seq = excluded.change_from_seq, change_to_seq = excluded.change_to_seq, chain_head = excluded.chain_head`),
    dropHeld: raw.prepare("DELETE FROM bundles WHERE office_code = ? AND seq = ? AND status = 'held'"),
    conflicts: raw.prepare('SELECT * FROM conflicts WHERE office_code = ? ORDER BY seq, id'),
    addConflict: raw.prepare(`INSERT INTO conflicts (office_code, seq, manifest_sha256, file_name, stored_as, reason, received_at)
      VALUES (@office_code, @seq, @manifest_sha256, @file_name, @stored_as, @reason, @received_at) ON CONFLICT DO NOTHING`),
    // Newer over older per record: a version not above the stored one changes nothing.
    // The body is bound as bytes and CAST to TEXT: binding a string makes better-sqlite3
    // re-encode every ~1.5 KB record to UTF-8, a fifth of the cost of the apply.
    upsert: raw.prepare(`INSERT INTO records (office_code, entity, id, version, updated_at, deleted_at, body, bundle_seq)
      VALUES (?, ?, ?, ?, ?, ?, CAST(? AS TEXT), ?)
      ON CONFLICT (office_code, entity, id) DO UPDATE SET version = excluded.version, updated_at = excluded.updated_at,
        deleted_at = excluded.deleted_at, body = excluded.body, bundle_seq = excluded.bundle_seq
      WHERE excluded.version > records.version`),
    recordCount: raw.prepare('SELECT count(*) FROM records WHERE office_code = ?').pluck(),
    // The receipt of policy packs travels as the office's policy_packs records (no body).
    packVersion: raw
      .prepare(`SELECT max(json_extract(body, '$.pack_version')) FROM records WHERE office_code = ? AND entity = 'policy_packs' AND deleted_at IS NULL`)
      .pluck(),
  };
  return {
    office: (code: string) => s.office.get(code) as CityOffice | undefined,
    offices: () => s.offices.all() as CityOffice[],
    addOffice: (o: CityOffice) => void s.addOffice.run(o),
    bundle: (code: string, seq: number) => s.bundle.get(code, seq) as CityBundle | undefined,
    bundles: (code: string) => s.bundles.all(code) as CityBundle[],
    lastApplied: (code: string) => s.lastApplied.get(code) as CityBundle | undefined,
    conflicts: (code: string) => s.conflicts.all(code) as CityConflict[],
    recordCount: (code: string) => s.recordCount.get(code) as number,
    /** The newest policy-pack version an office's bundles say it has in force (0: none yet). */
    packVersionInForce: (code: string) => (s.packVersion.get(code) as number | null) ?? 0,
    hold: (b: CityBundle) => void s.addBundle.run(b),
    addConflict: (c: CityConflict) => void s.addConflict.run(c),
    dropHeld: (code: string, seq: number) => void s.dropHeld.run(code, seq),
    /** Applies one bundle, all or nothing: every record, then the bundle row. */
    apply(bundle: CityBundle, records: readonly IncomingRecord[]): void {
      raw.transaction(() => {
        for (const r of records) s.upsert.run(bundle.office_code, r.entity, r.id, r.version, r.updated_at, r.deleted_at, r.body, bundle.seq);
        s.addBundle.run(bundle);
      }).immediate();
    },
    /** Every record of an office (tests and tools). */
    records: (code: string) => raw.prepare('SELECT entity, id, version, deleted_at, body FROM records WHERE office_code = ? ORDER BY entity, id').all(code) as { entity: string; id: string; version: number; deleted_at: string | null; body: string }[],
  };
}
export type CityRepository = ReturnType<typeof cityRepository>;
