import { phoneLookupForm } from '#shared/domain/disputes/phone-query';
import { createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../errors';
import type { SecretStore } from '../ports';

const KEY_NAME = 'phone-lookup-key';

export type PhoneHasher = (phone: string) => Promise<string | null>;

/**
 * Keyed hashes of phone numbers (HMAC-SHA256, 32-byte key made once and kept by the
 * SecretStore beside the office's other keys): the clerk's lookup by number works
 * without the table holding anything a copied database file would give away by a
 * dictionary of phone numbers. Null for text that is not a phone number.
 */
export function phoneHasher(store: SecretStore): PhoneHasher {
  let key: Buffer | null = null;
  return async (phone) => {
    const form = phoneLookupForm(phone);
    if (form === null) return null;
    try {
      key ??= (await store.read(KEY_NAME)) ?? (await store.createIfAbsent(KEY_NAME, randomBytes(32)));
    } catch (error) {
      throw new AppError('crypto', `无法读取或创建电话查询密钥（${store.location}）：${(error as Error).message}。请检查该文件夹的权限。`);
    }
    return createHmac('sha256', key).update(form).digest('hex');
  };
}
