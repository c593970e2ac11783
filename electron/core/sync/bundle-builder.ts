import { dataPath, MANIFEST, OFFICE_KEY, SIGNATURE, SUMS, sumsText, type Manifest } from './bundle-format';
import { signEd25519 } from './signing-keys';
import { sha256Hex } from '../changes/change-hash';
import { packTar, type TarEntry } from './tar-archive';

export type DataFile = { entity: string; records: number; data: Uint8Array };
export type ManifestHead = Omit<Manifest, 'sha256sums' | 'files'>;
export type BuiltArchive = { archive: Buffer; entries: TarEntry[]; manifest: Manifest; manifestBytes: Buffer; manifestSha256: string };

/**
 * Sign, then (the caller) encrypt: SHA256SUMS over the data files, a manifest
 * naming every file's hash and the hash of SHA256SUMS, a raw Ed25519 signature of
 * the manifest's exact bytes, and the tar of it all.
 */
export function buildArchive(head: ManifestHead, files: readonly DataFile[], signingKeyPem: string, publicKeyPem: string): BuiltArchive {
  const listed = files.map((f) => ({ path: dataPath(f.entity), entity: f.entity, records: f.records, bytes: f.data.length, sha256: sha256Hex(f.data) }));
  const sums = Buffer.from(sumsText(listed), 'utf8');
  const manifest: Manifest = { ...head, sha256sums: sha256Hex(sums), files: listed };
  const manifestBytes = Buffer.from(JSON.stringify(manifest, null, 2) + '\n', 'utf8');
  const signature = signEd25519(signingKeyPem, manifestBytes);
  const entries: TarEntry[] = [
    { path: MANIFEST, data: manifestBytes },
    { path: SIGNATURE, data: signature },
    { path: OFFICE_KEY, data: Buffer.from(publicKeyPem, 'utf8') },
    { path: SUMS, data: sums },
    ...files.map((f) => ({ path: dataPath(f.entity), data: f.data })),
  ];
  return { archive: packTar(entries, new Date(Date.parse(head.createdAt) || 0)), entries, manifest, manifestBytes, manifestSha256: sha256Hex(manifestBytes) };
}
