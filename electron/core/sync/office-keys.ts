import { randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { SecretStore } from '../ports';
import { fingerprintOf, newSigningKeyPem, publicKeyPemOf } from './signing-keys';

export type OfficeSigningKey = { privateKeyPem: string; publicKeyPem: string; fingerprint: string };

const SIGNING = 'office-signing-key';
const PSEUDONYM = 'pseudonym-key';

/**
 * The office's two secrets, each made once and kept by the SecretStore: the
 * Ed25519 key that signs bundles (and so proves to the city which office made
 * them), and the HMAC key behind pseudonyms. Neither ever leaves the office.
 */
export function officeKeys(store: SecretStore) {
  let signing: OfficeSigningKey | null = null;
  let pseudonym: Buffer | null = null;

  async function load<T>(what: string, fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('crypto', `无法读取或创建本街道的${what}（${store.location}）：${(error as Error).message}。请检查该文件夹的权限。`);
    }
  }

  function remember(stored: Buffer): OfficeSigningKey {
    const privateKeyPem = stored.toString('utf8');
    const publicKeyPem = publicKeyPemOf(privateKeyPem);
    signing = { privateKeyPem, publicKeyPem, fingerprint: fingerprintOf(publicKeyPem) };
    return signing;
  }

  return {
    /** The signing key, created on first use (at office set-up). */
    signing: (): Promise<OfficeSigningKey> =>
      load('签名密钥', async () => signing ?? remember((await store.read(SIGNING)) ?? (await store.createIfAbsent(SIGNING, Buffer.from(newSigningKeyPem(), 'utf8'))))),
    /**
     * The signing key if one was made already, else null; never makes one (the
     * chain head is anchored at close and check, which must not create keys as a
     * side effect). Throws `crypto` when the store cannot be read here.
     */
    existingSigning: (): Promise<OfficeSigningKey | null> =>
      load('签名密钥', async () => {
        if (signing) return signing;
        const stored = await store.read(SIGNING);
        return stored ? remember(stored) : null;
      }),
    /** The pseudonym key (32 random bytes), created on first use. */
    pseudonym: (): Promise<Buffer> =>
      load('化名密钥', async () => {
        pseudonym ??= (await store.read(PSEUDONYM)) ?? (await store.createIfAbsent(PSEUDONYM, randomBytes(32)));
        return pseudonym;
      }),
  };
}
export type OfficeKeys = ReturnType<typeof officeKeys>;
