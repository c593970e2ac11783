import { TEST_NOW } from './test-ports';
import { initCityKeys, cityIdentities } from '#core/city/city-keys';
import { openCity, type CityOptions, type CityService } from '#core/city/city.service';
import { ageDecrypt, ageEncrypt } from '#core/sync/age-crypto';
import { buildArchive } from '#core/sync/bundle-builder';
import { DATA_FILE, MANIFEST, OFFICE_KEY, SIGNATURE, SUMS, type Manifest } from '#core/sync/bundle-format';
import { fileSecretStore } from '#core/sync/file-secret-store';
import { officeKeys } from '#core/sync/office-keys';
import { signEd25519 } from '#core/sync/signing-keys';
import { packTar, unpackTar, type TarEntry } from '#core/sync/tar-archive';
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { bootstrappedLedger, ok, tempDir, type TestLedger } from './temp-ledger';

export type SyncWorld = {
  office: TestLedger;
  cityDir: string;
  usb: string;
  city(options?: CityOptions): Promise<CityService>;
  close(): Promise<void>;
};

/** An office ledger, a city directory with keys, the office registered there and the city keys imported. */
export async function syncWorld(office?: TestLedger): Promise<SyncWorld> {
  const t = office ?? (await bootstrappedLedger());
  const city = tempDir('ledger-city-');
  const usb = tempDir('ledger-usb-');
  await initCityKeys(city.dir, new Date(TEST_NOW));
  const reg = join(usb.dir, 'registration.json');
  await ok(t.app, t.admin, 'sync:write-registration', { file: reg });
  const c = await openCity(city.dir);
  await c.register(reg);
  await c.close();
  await ok(t.app, t.admin, 'sync:set-city-keys', { file: join(city.dir, 'city-public.json') });
  const opened: CityService[] = [];
  return {
    office: t,
    cityDir: city.dir,
    usb: usb.dir,
    async city(options) {
      const s = await openCity(city.dir, options);
      opened.push(s);
      return s;
    },
    async close() {
      for (const s of opened) await s.close().catch(() => {});
      await t.close();
      city.cleanup();
      usb.cleanup();
    },
  };
}

export type Exported = { file: string; seq: number; manifestSha256: string; counts: Record<string, number>; records: number };

export const exportBundle = (w: SyncWorld, input: Record<string, unknown> = {}) =>
  ok(w.office.app, w.office.admin, 'sync:export-bundle', { directory: w.usb, ...input });

/** The decrypted archive's entries (with the city's key). */
export async function openBundle(w: SyncWorld, file: string): Promise<Map<string, Buffer>> {
  const tar = await ageDecrypt(readFileSync(file), cityIdentities(w.cityDir));
  return new Map(unpackTar(tar, { maxEntries: 100, maxEntryBytes: 1 << 30 }, () => true).map((e) => [e.path, Buffer.from(e.data)]));
}

/** What a forgery may change: the manifest object, data files by entity (`bytes` overrides `data` with raw bytes), and raw extra entries. */
export type Parts = { manifest: Manifest & Record<string, unknown>; data: Map<string, string>; bytes: Map<string, Buffer>; extra: TarEntry[] };

/**
 * Re-makes a real bundle with a change, signed with the office's real key and
 * encrypted to the city, so only the defect under test can be refused.
 * `rehash`: recompute SHA256SUMS and the manifest's hashes and counts after the
 * change (a consistent bundle); otherwise the original hashes stay.
 */
export async function forge(w: SyncWorld, file: string, change: (p: Parts) => void, options: { rehash: boolean; name?: string }): Promise<string> {
  const entries = await openBundle(w, file);
  const manifest = JSON.parse(entries.get(MANIFEST)!.toString('utf8')) as Parts['manifest'];
  const data = new Map<string, string>();
  for (const [path, bytes] of entries) {
    const m = DATA_FILE.exec(path);
    if (m) data.set(m[1]!, bytes.toString('utf8'));
  }
  const parts: Parts = { manifest, data, bytes: new Map(), extra: [] };
  change(parts);
  const signing = await officeKeys(fileSecretStore(w.office.dir)).signing();
  let archive: Buffer;
  if (options.rehash) {
    const { sha256sums: _s, files: _f, ...head } = parts.manifest;
    const files = [...parts.data].map(([entity, text]) => {
      const data = parts.bytes.get(entity) ?? Buffer.from(text, 'utf8');
      return { entity, records: data.filter((b) => b === 0x0a).length, data };
    });
    const built = buildArchive(head, files, signing.privateKeyPem, signing.publicKeyPem);
    archive = packTar([...built.entries, ...parts.extra], new Date(TEST_NOW));
  } else {
    const manifestBytes = Buffer.from(JSON.stringify(parts.manifest, null, 2) + '\n', 'utf8');
    archive = packTar(
      [
        { path: MANIFEST, data: manifestBytes },
        { path: SIGNATURE, data: signEd25519(signing.privateKeyPem, manifestBytes) },
        { path: OFFICE_KEY, data: entries.get(OFFICE_KEY)! },
        { path: SUMS, data: entries.get(SUMS)! },
        ...[...parts.data].map(([entity, text]) => ({ path: `data/${entity}.ndjson`, data: Buffer.from(text, 'utf8') })),
        ...parts.extra,
      ],
      new Date(TEST_NOW),
    );
  }
  const keys = JSON.parse(readFileSync(join(w.cityDir, 'city-public.json'), 'utf8')) as { recipients: { recipient: string }[] };
  const out = join(w.usb, options.name ?? `forged-${basename(file)}-${Math.random().toString(36).slice(2, 8)}`);
  writeFileSync(out, await ageEncrypt(archive, keys.recipients.map((r) => r.recipient)));
  return out;
}

/** The city's accepted state: every record, and each office's seqs (conflicts are reported separately). */
export function cityState(c: CityService): string {
  const status = c.status().offices.map(({ conflicts: _c, ...o }) => o);
  return JSON.stringify({ status, records: c.status().offices.map((o) => c.repo.records(o.code)) });
}
