import { dirname } from 'node:path';
import { AppError } from '../errors';
import { assertTargetDir, writeFileAtomic } from '../files/atomic-write';
import { readRegularFile } from '../files/bounded-read';
import { READ_LIMITS } from '../files/user-paths';
import { sealJson, sealVerifies, unsealJson } from '../sync/signed-json';
import { fingerprintOf, parseEd25519PublicKey } from '../sync/signing-keys';
import { RECEIPT_FORMAT, registrationSchema, type Receipt } from '../sync/sync-documents';
import { DEFAULT_LIMITS, type ImportLimits } from './bundle-reader';
import { cityIdentities, cityPublicKeys, citySigningKey } from './city-keys';
import { createCityImport, type ImportOutcome } from './city-import.service';
import { cityRepository } from './city.repository';
import { openCityDb } from './db/open-city-db';
// --- policy (政策包) ---
import { latestIssuedVersion } from './policy-pack';

export type CityOptions = { limits?: Partial<ImportLimits>; now?: () => Date };
export type CityService = Awaited<ReturnType<typeof openCity>>;

/** The city side over `<dir>/city.db` and the key files beside it (`ledger city …`). */
export async function openCity(dir: string, options: CityOptions = {}) {
  const db = await openCityDb(dir);
  const repo = cityRepository(db.raw);
  const now = options.now ?? (() => new Date());
  const limits = { ...DEFAULT_LIMITS, ...options.limits };

  return {
    repo,
    close: () => db.close(),

    /** Trusts an office explicitly from its registration file (sealed by the key it names). */
    async register(file: string) {
      let text: string;
      try {
        text = (await readRegularFile(file, READ_LIMITS.registration)).toString('utf8');
      } catch {
        throw new AppError('not-found', `无法读取登记文件「${file}」（须是不超过 1 MB 的普通文件）。`);
      }
      const sealed = unsealJson(text);
      const parsed = registrationSchema.safeParse(sealed?.body);
      if (!sealed || !parsed.success) throw new AppError('invalid-input', `「${file}」不是街道登记文件。`);
      const reg = parsed.data;
      if (!parseEd25519PublicKey(reg.publicKeyPem) || fingerprintOf(reg.publicKeyPem) !== reg.fingerprint || !sealVerifies(sealed, reg.publicKeyPem)) {
        throw new AppError('crypto', '登记文件的公钥、指纹或签名不一致：文件可能被改动过，请让街道重新生成。');
      }
      const existing = repo.office(reg.office.code);
      if (existing) {
        if (existing.fingerprint === reg.fingerprint) return { code: reg.office.code, name: existing.name, fingerprint: reg.fingerprint, already: true };
        throw new AppError('conflict', `街道 ${reg.office.code} 已用另一把公钥登记（指纹 ${existing.fingerprint.slice(0, 16)}…），不会替换。`);
      }
      repo.addOffice({ code: reg.office.code, office_id: reg.office.id, name: reg.office.name, public_key_pem: reg.publicKeyPem, fingerprint: reg.fingerprint, registered_at: now().toISOString() });
      return { code: reg.office.code, name: reg.office.name, fingerprint: reg.fingerprint, already: false };
    },

    /** Imports files in the order given; held bundles are applied as soon as their gap is filled. */
    async importFiles(files: readonly string[]): Promise<ImportOutcome[]> {
      const intake = createCityImport({ dir, repo, identities: cityIdentities(dir), limits, now });
      const out: ImportOutcome[] = [];
      for (const f of files) out.push(...(await intake.importFile(f)));
      return out;
    },

    /** Each registered office: last seq applied, missing seqs, held files, conflicts kept aside. */
    status() {
      const latestPack = latestIssuedVersion(dir);
      return {
        // --- policy (政策包): the newest pack signed here, and per office the version its last bundle says is in force.
        policy: { latestVersion: latestPack, behind: repo.offices().filter((o) => repo.packVersionInForce(o.code) < latestPack).map((o) => o.code) },
        offices: repo.offices().map((o) => {
          const bundles = repo.bundles(o.code);
          const applied = bundles.filter((b) => b.status === 'applied');
          const held = bundles.filter((b) => b.status === 'held');
          const lastSeq = applied.at(-1)?.seq ?? 0;
          const top = held.at(-1)?.seq ?? lastSeq;
          const have = new Set(bundles.map((b) => b.seq));
          const missing: number[] = [];
          for (let s = lastSeq + 1; s < top; s++) if (!have.has(s)) missing.push(s);
          return {
            code: o.code, name: o.name, fingerprint: o.fingerprint, lastSeq, missing,
            held: held.map((b) => ({ seq: b.seq, file: b.file_name, storedAs: b.stored_as })),
            conflicts: repo.conflicts(o.code).map((c) => ({ seq: c.seq, file: c.file_name, storedAs: c.stored_as, reason: c.reason })),
            records: repo.recordCount(o.code),
            policyVersion: repo.packVersionInForce(o.code),
          };
        }),
      };
    },

    /** Writes a receipt signed by the city listing every accepted seq and manifest hash. */
    receipt(code: string, out: string) {
      const office = repo.office(code);
      if (!office) throw new AppError('not-found', `街道 ${code} 尚未登记。`);
      const keys = cityPublicKeys(dir);
      const body: Receipt = {
        format: RECEIPT_FORMAT, formatVersion: '1.0', issuedAt: now().toISOString(),
        office: { code, keyFingerprint: office.fingerprint }, cityKeyFingerprint: keys.signingKey.fingerprint,
        accepted: repo.bundles(code).filter((b) => b.status === 'applied').map((b) => ({ seq: b.seq, manifestSha256: b.manifest_sha256 })),
      };
      assertTargetDir(dirname(out));
      writeFileAtomic(out, Buffer.from(sealJson(body, citySigningKey(dir)), 'utf8'));
      return { file: out, accepted: body.accepted.map((a) => a.seq) };
    },
  };
}
