import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { AppError } from '../errors';
import { ageKeyFile, identitiesIn, newAgeIdentity } from '../sync/age-crypto';
import { commitPartial, ensureDir, writePartial } from '../files/atomic-write';
import { fingerprintOf, newSigningKeyPem, publicKeyPemOf } from '../sync/signing-keys';
import { sha256Hex } from '../changes/change-hash';
import { CITY_KEYS_FORMAT, type CityKeys } from '../sync/sync-documents';

export const CITY_KEY = 'city.key';
export const CITY_RECOVERY_KEY = 'city-recovery.key';
export const CITY_SIGNING_KEY = 'city-signing.key';
export const CITY_PUBLIC = 'city-public.json';

function writeNew(path: string, text: string, mode: number): void {
  if (existsSync(path)) throw new AppError('conflict', `${path} 已存在：市级密钥已经初始化过，不会覆盖。`);
  // Private keys are for their owner only (0600), like the files age-keygen writes.
  commitPartial(writePartial(path, Buffer.from(text, 'utf8'), mode), path);
}

/**
 * `ledger city init`: the city's age identity (city.key, exactly as age-keygen
 * writes it), a recovery identity to keep offline, an Ed25519 signing key for
 * receipts, and city-public.json for the offices.
 */
export async function initCityKeys(dir: string, now: Date): Promise<CityKeys> {
  ensureDir(dir);
  for (const f of [CITY_KEY, CITY_RECOVERY_KEY, CITY_SIGNING_KEY, CITY_PUBLIC]) {
    if (existsSync(join(dir, f))) throw new AppError('conflict', `${join(dir, f)} 已存在：市级密钥已经初始化过，不会覆盖。`);
  }
  const primary = await newAgeIdentity();
  const recovery = await newAgeIdentity();
  const signingPem = newSigningKeyPem();
  const publicPem = publicKeyPemOf(signingPem);
  const keys: CityKeys = {
    format: CITY_KEYS_FORMAT,
    formatVersion: '1.0',
    createdAt: now.toISOString(),
    recipients: [
      { role: 'primary', recipient: primary.recipient, fingerprint: sha256Hex(primary.recipient) },
      { role: 'recovery', recipient: recovery.recipient, fingerprint: sha256Hex(recovery.recipient) },
    ],
    signingKey: { publicKeyPem: publicPem, fingerprint: fingerprintOf(publicPem) },
  };
  writeNew(join(dir, CITY_KEY), ageKeyFile(primary.identity, primary.recipient, now), 0o600);
  writeNew(join(dir, CITY_RECOVERY_KEY), ageKeyFile(recovery.identity, recovery.recipient, now), 0o600);
  writeNew(join(dir, CITY_SIGNING_KEY), signingPem, 0o600);
  writeNew(join(dir, CITY_PUBLIC), JSON.stringify(keys, null, 2) + '\n', 0o644);
  return keys;
}

function read(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    throw new AppError('not-found', `找不到 ${path}。请先运行 ledger city --data-dir 目录 init，或确认目录正确。`);
  }
}

/** The identities imports decrypt with: city.key, and the recovery key when it has been brought back. */
export function cityIdentities(dir: string): string[] {
  const ids = identitiesIn(read(join(dir, CITY_KEY)));
  const recovery = join(dir, CITY_RECOVERY_KEY);
  if (existsSync(recovery)) ids.push(...identitiesIn(readFileSync(recovery, 'utf8')));
  return ids;
}

export const citySigningKey = (dir: string): string => read(join(dir, CITY_SIGNING_KEY));
export const cityPublicKeys = (dir: string): CityKeys => JSON.parse(read(join(dir, CITY_PUBLIC))) as CityKeys;
