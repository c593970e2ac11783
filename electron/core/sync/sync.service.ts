import type { ParsedInputOf } from '#shared/ipc/contract';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { appendChange } from '../changes/change-log.repository';
import { AppError, notFound } from '../errors';
import { getOffice } from '../registry/office.repository';
import { nowIso, type ServiceDeps } from '../service-deps';
import { isAgeRecipient } from './age-crypto';
import { commitPartial, removeQuietly, targetError, writeFileAtomic, writePartial } from '../files/atomic-write';
import { newUserFile, readUserFile, shownPath, userDirectory, type UserPathPolicy } from '../files/user-paths';
import { CITY_KEYS_SETTING, readCityKeys, readCityKeysSetting } from './city-keys-setting';
import type { OfficeKeys } from './office-keys';
import { sealJson, sealVerifies, unsealJson } from './signed-json';
import { fingerprintOf, parseEd25519PublicKey } from './signing-keys';
import { sha256Hex } from '../changes/change-hash';
import { cityKeysSchema, REGISTRATION_FORMAT, receiptSchema, type CityKeys, type Registration } from './sync-documents';
import * as repo from './sync.repository';

export type SyncService = ReturnType<typeof createSyncService>;

const cityView = (keys: CityKeys, setAt: string, setBy: string) => ({
  recipients: keys.recipients.map((r) => ({ role: r.role, recipient: r.recipient, fingerprint: r.fingerprint })),
  signingKeyFingerprint: keys.signingKey.fingerprint,
  setAt,
  setBy,
});

/** The office's sync identity, the city's keys, receipts and the bundle list. Export is in bundle-export.service.ts. */
export function createSyncService(deps: ServiceDeps, keys: OfficeKeys, dataDir: string, paths: UserPathPolicy) {
  const { db } = deps;

  async function office() {
    const row = await getOffice(db);
    if (!row) throw new AppError('conflict', '请先完成街道信息登记（首次启动向导）。');
    return row;
  }

  async function cityKeysWithMeta() {
    const setting = await readCityKeysSetting(db);
    return setting ? cityView(setting.keys, setting.setAt, setting.setBy) : null;
  }

  return {
    /** Makes the office keys if they do not exist yet (called right after office set-up). */
    async ensureKeys(): Promise<void> {
      await keys.signing();
      await keys.pseudonym();
    },

    async identity() {
      const [row, signing] = [await office(), await keys.signing()];
      return { officeId: row.id, officeCode: row.division_code, officeName: row.name, publicKeyPem: signing.publicKeyPem, fingerprint: signing.fingerprint, cityKeys: await cityKeysWithMeta() };
    },

    /** Checks and stores city-public.json: valid age recipients, an Ed25519 key, fingerprints that match. */
    async setCityKeys(input: ParsedInputOf<'sync:set-city-keys'>, actor: string) {
      const bad = (why: string) => new AppError('invalid-input', `「${shownPath(paths, input.file)}」不是有效的市级公钥文件：${why}。请向市里重新索取 city-public.json。`, [{ path: ['file'], message: why }]);
      const text = (await readUserFile(paths, input.file, 'city-keys')).toString('utf8');
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        throw bad('不是 JSON 文件');
      }
      const parsed = cityKeysSchema.safeParse(json);
      if (!parsed.success) throw bad('内容格式不对');
      const city = parsed.data;
      for (const r of city.recipients) {
        if (!(await isAgeRecipient(r.recipient))) throw bad(`「${r.recipient.slice(0, 20)}…」不是 age 公钥`);
        if (sha256Hex(r.recipient) !== r.fingerprint) throw bad('公钥指纹与公钥不符（文件可能被改动）');
      }
      if (!city.recipients.some((r) => r.role === 'primary')) throw bad('缺少主公钥');
      if (!parseEd25519PublicKey(city.signingKey.publicKeyPem)) throw bad('签名公钥不是 Ed25519 公钥');
      if (fingerprintOf(city.signingKey.publicKeyPem) !== city.signingKey.fingerprint) throw bad('签名公钥指纹与公钥不符（文件可能被改动）');
      const at = nowIso(deps);
      await db.transaction().execute(async (trx) => {
        await repo.putSetting(trx, CITY_KEYS_SETTING, JSON.stringify(city), at, actor);
        await appendChange(trx, { at, actor, entity: 'sync_settings', entityId: CITY_KEYS_SETTING, action: 'update', record: { recipients: city.recipients.map((r) => r.fingerprint), signing_key: city.signingKey.fingerprint } });
      });
      return cityView(city, at, actor);
    },

    /** The registration file the city registers: office, public key, fingerprint, sealed by the key itself. */
    async writeRegistration(input: ParsedInputOf<'sync:write-registration'>) {
      const [row, signing] = [await office(), await keys.signing()];
      const body: Registration = {
        format: REGISTRATION_FORMAT, formatVersion: '1.0', createdAt: nowIso(deps),
        office: { id: row.id, code: row.division_code, name: row.name }, publicKeyPem: signing.publicKeyPem, fingerprint: signing.fingerprint,
      };
      const target = newUserFile(paths, input.file);
      writeFileAtomic(target, Buffer.from(sealJson(body, signing.privateKeyPem), 'utf8'));
      return { file: target, officeCode: row.division_code, fingerprint: signing.fingerprint };
    },

    /** Writes a bundle again from the exact bytes kept in the data dir. */
    async rewriteBundle(input: ParsedInputOf<'sync:rewrite-bundle'>, actor: string) {
      const bundle = await repo.findBundle(db, input.seq);
      if (!bundle) throw notFound(`第 ${input.seq} 号同步包`);
      const directory = userDirectory(paths, input.directory);
      let bytes: Buffer;
      try {
        bytes = readFileSync(join(dataDir, 'bundles', bundle.file_name));
      } catch {
        throw new AppError('not-found', `本机保存的同步包「${bundle.file_name}」不见了（数据目录下的 bundles 文件夹），无法重写。`);
      }
      if (sha256Hex(bytes) !== bundle.file_sha256) throw new AppError('crypto', `本机保存的同步包「${bundle.file_name}」已损坏（校验值不符），无法重写。`);
      const finalPath = join(directory, bundle.file_name);
      let partial: string | null = null;
      try {
        partial = writePartial(finalPath, bytes);
        await db.transaction().execute(async (trx) => {
          await appendChange(trx, { at: nowIso(deps), actor, entity: 'bundles', entityId: String(bundle.seq), action: 'update', record: { seq: bundle.seq, rewritten: bundle.file_name } });
          commitPartial(partial!, finalPath);
        });
      } catch (error) {
        if (partial) removeQuietly(partial);
        throw targetError(error, shownPath(paths, input.directory), bytes.length);
      }
      return { file: finalPath, seq: bundle.seq, manifestSha256: bundle.manifest_sha256 };
    },

    /** Verifies a receipt with the city's signing key and confirms the bundles it lists with the same manifest hash. */
    async importReceipt(input: ParsedInputOf<'sync:import-receipt'>, actor: string) {
      const city = await readCityKeys(db);
      if (!city) throw new AppError('conflict', '还没有导入市级公钥文件，无法核验回执。');
      const sealed = unsealJson((await readUserFile(paths, input.file, 'receipt')).toString('utf8'));
      if (!sealed) throw new AppError('invalid-input', `「${shownPath(paths, input.file)}」不是市级回执文件。`, [{ path: ['file'], message: '不是回执文件' }]);
      if (!sealVerifies(sealed, city.signingKey.publicKeyPem)) throw new AppError('crypto', '回执的签名无法用市级公钥验证：回执可能被改动，或不是本市签发的。');
      const parsed = receiptSchema.safeParse(sealed.body);
      if (!parsed.success) throw new AppError('invalid-input', '回执内容格式不对。', [{ path: ['file'], message: '回执格式不对' }]);
      const receipt = parsed.data;
      const [row, signing] = [await office(), await keys.signing()];
      if (receipt.office.code !== row.division_code || receipt.office.keyFingerprint !== signing.fingerprint) {
        throw new AppError('conflict', `这份回执是给街道 ${receipt.office.code} 的，不是本街道（${row.division_code}）的。`);
      }
      const result = { confirmed: [] as number[], alreadyConfirmed: [] as number[], unknown: [] as number[], mismatched: [] as number[] };
      const at = nowIso(deps);
      await db.transaction().execute(async (trx) => {
        for (const a of receipt.accepted) {
          const b = await repo.findBundle(trx, a.seq);
          if (!b) result.unknown.push(a.seq);
          else if (b.manifest_sha256 !== a.manifestSha256) result.mismatched.push(a.seq);
          else if (b.confirmed_at) result.alreadyConfirmed.push(a.seq);
          else {
            await repo.confirmBundle(trx, a.seq, at, receipt.issuedAt);
            result.confirmed.push(a.seq);
          }
        }
        if (result.confirmed.length > 0) {
          await appendChange(trx, { at, actor, entity: 'bundles', entityId: 'receipt', action: 'update', record: { confirmed: result.confirmed, issued_at: receipt.issuedAt } });
        }
      });
      return result;
    },

    async listBundles() {
      return (await repo.listBundles(db)).map((b) => ({
        seq: b.seq, file: b.file_name, period: b.period, kind: b.kind, createdAt: b.created_at, createdBy: b.created_by,
        manifestSha256: b.manifest_sha256, records: b.records, counts: JSON.parse(b.counts) as Record<string, number>,
        privacy: b.privacy, privacyReason: b.privacy_reason, confirmed: b.confirmed_at !== null, confirmedAt: b.confirmed_at,
      }));
    },
  };
}
