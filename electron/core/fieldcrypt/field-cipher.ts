import { createCipheriv, createDecipheriv, createHmac, hkdfSync, randomBytes } from 'node:crypto';
import { AppError } from '../errors';

/**
 * The at-rest form of one sensitive value (a phone or ID number):
 * `enc1:<key id>:<base64url(nonce ‖ ciphertext ‖ tag)>`, AES-256-GCM with a fresh
 * 12-byte nonce per value and the field's name (`table.column`) as additional data,
 * so a value copied into another column does not open. The version prefix lets a
 * later format (another cipher, a rotated key) sit beside this one; the key id says
 * which data key sealed it, so a wrong key is named as such instead of failing as
 * "damaged data".
 */
export const ENVELOPE_PREFIX = 'enc1:';
const NONCE = 12;
const TAG = 16;

export type HashKind = 'phone' | 'id-number';

export type FieldCipher = {
  /** Which data key this is: 8 hex characters, not secret (an HMAC of a fixed label). */
  readonly keyId: string;
  seal(field: string, plain: string): string;
  /** The plain value of an envelope; plain text (a ledger not yet migrated) is returned as it is. */
  open(field: string, stored: string): string;
  /** Keyed hash for equality look-ups (duplicate ID numbers), over the value's normal form. */
  hash(kind: HashKind, value: string): string;
};

export const isSealed = (value: unknown): value is string => typeof value === 'string' && value.startsWith(ENVELOPE_PREFIX);

/** The normal form a hash is taken over: an ID number's check letter in capitals, no spaces. */
export const hashForm = (kind: HashKind, value: string): string => (kind === 'id-number' ? value.trim().toUpperCase() : value.replace(/[\s-]/g, ''));

export const wrongKey = (expected: string, actual: string, where: string) =>
  new AppError(
    'crypto',
    `无法解密电话号码和身份证号：本台账的数据用密钥 ${expected} 加密，而本机密钥（${where}）是 ${actual}，两者不符。请从备份恢复与本台账配套的密钥文件夹（keys），或在原来的电脑上打开本台账。`,
  );

/**
 * A cipher over one 32-byte data key. The encryption and the hash keys are derived
 * from it with HKDF under different labels, so one stored secret serves both and
 * neither reveals the other.
 */
export function fieldCipher(dataKey: Buffer, where: string): FieldCipher {
  if (dataKey.length !== 32) throw new AppError('crypto', `敏感字段密钥（${where}）已损坏：长度应为 32 字节。请从备份恢复密钥文件夹（keys）。`);
  const derive = (label: string) => Buffer.from(hkdfSync('sha256', dataKey, Buffer.alloc(0), label, 32));
  const encKey = derive('street-ledger field encryption v1');
  const hashKey = derive('street-ledger field hash v1');
  const keyId = createHmac('sha256', dataKey).update('street-ledger key id').digest('hex').slice(0, 8);
  const aad = (field: string) => Buffer.from(`${ENVELOPE_PREFIX}${field}`, 'utf8');
  return {
    keyId,
    seal(field, plain) {
      const nonce = randomBytes(NONCE);
      const cipher = createCipheriv('aes-256-gcm', encKey, nonce);
      cipher.setAAD(aad(field));
      const body = Buffer.concat([nonce, cipher.update(plain, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return `${ENVELOPE_PREFIX}${keyId}:${body.toString('base64url')}`;
    },
    open(field, stored) {
      if (!isSealed(stored)) return stored;
      const rest = stored.slice(ENVELOPE_PREFIX.length);
      const colon = rest.indexOf(':');
      const id = rest.slice(0, colon);
      if (id !== keyId) throw wrongKey(id, keyId, where);
      const body = Buffer.from(rest.slice(colon + 1), 'base64url');
      if (body.length < NONCE + TAG) throw damaged(field);
      const decipher = createDecipheriv('aes-256-gcm', encKey, body.subarray(0, NONCE));
      decipher.setAAD(aad(field));
      decipher.setAuthTag(body.subarray(body.length - TAG));
      try {
        return Buffer.concat([decipher.update(body.subarray(NONCE, body.length - TAG)), decipher.final()]).toString('utf8');
      } catch {
        throw damaged(field);
      }
    },
    hash: (kind, value) => createHmac('sha256', hashKey).update(`${kind}:${hashForm(kind, value)}`).digest('hex'),
  };
}

const damaged = (field: string) =>
  new AppError('crypto', `加密保存的「${field}」无法解密：数据已被改动或损坏。请运行「台账自检」（ledger check）查明，并从备份恢复。`);
