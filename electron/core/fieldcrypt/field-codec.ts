import { randomBytes } from 'node:crypto';
import type { Ledger } from '../db/open-ledger';
import { AppError } from '../errors';
import type { SecretStore } from '../ports';
import { fieldCipher, isSealed, wrongKey, type FieldCipher } from './field-cipher';
import { knownKeyIds, recordKeyId } from './field-keys.repository';
import { fieldName, SENSITIVE_COLUMNS } from './sensitive-fields';

/** The data key's name in the secret store (a key file in Node, sealed by safeStorage in Electron). */
export const FIELD_KEY_NAME = 'field-key';

type AnyRow = Record<string, unknown>;

/**
 * The repositories' boundary for sensitive columns: rows are sealed just before
 * they are written and opened just after they are read, so services and views
 * only ever see plain values and the database, its WAL and the change log only
 * ciphertext. The key is read on first use (the secret store is asynchronous).
 */
export type FieldCodec = {
  cipher(): Promise<FieldCipher>;
  /** A copy of `row` to write: its sensitive columns sealed and their hash columns set (null stays null; absent stays absent). */
  seal<T extends AnyRow>(table: string, row: T): Promise<T>;
  /** A copy of a row read back, its sensitive columns opened. */
  open<T extends AnyRow>(table: string, row: T): Promise<T>;
  openAll<T extends AnyRow>(table: string, rows: readonly T[]): Promise<T[]>;
  /** The keyed hash of an ID number (or phone) as stored in `<column>_hash`. */
  hash(kind: 'phone' | 'id-number', value: string): Promise<string>;
};

export function sealRowWith(c: FieldCipher, table: string, row: AnyRow): AnyRow {
  const copy = { ...row };
  for (const s of SENSITIVE_COLUMNS.get(table) ?? []) {
    const value = row[s.column];
    if (value === undefined) continue;
    if (value === null) {
      if (s.hashColumn) copy[s.hashColumn] = null;
      continue;
    }
    if (typeof value !== 'string' || isSealed(value)) throw new Error(`${table}.${s.column}: expected a plain value to seal`);
    copy[s.column] = c.seal(fieldName(table, s.column), value);
    if (s.hashColumn) copy[s.hashColumn] = c.hash(s.kind, value);
  }
  return copy;
}

export function openRowWith(c: FieldCipher, table: string, row: AnyRow): AnyRow {
  let copy: AnyRow | null = null;
  for (const s of SENSITIVE_COLUMNS.get(table) ?? []) {
    const value = row[s.column];
    if (isSealed(value)) (copy ??= { ...row })[s.column] = c.open(fieldName(table, s.column), value);
  }
  return copy ?? row;
}

/**
 * Loads the data key, checked against the key ids the ledger recorded
 * (`field_keys`): a ledger whose values were sealed is never given a fresh key
 * because its own went missing, and a key from another ledger is named as such.
 */
export function fieldCodec(store: SecretStore, raw: Ledger['raw']): FieldCodec {
  let loading: Promise<FieldCipher> | null = null;
  const load = async (): Promise<FieldCipher> => {
    const known = knownKeyIds(raw);
    let key: Buffer | null;
    try {
      key = await store.read(FIELD_KEY_NAME);
      if (!key) {
        if (known.length > 0) {
          throw new AppError(
            'crypto',
            `找不到本台账的敏感字段密钥（${store.location}）：电话号码和身份证号已用密钥 ${known[0]} 加密保存，没有它就无法读取。请从备份恢复密钥文件夹（keys），不要新建。`,
          );
        }
        key = await store.createIfAbsent(FIELD_KEY_NAME, randomBytes(32));
      }
    } catch (error) {
      if (error instanceof AppError) throw error;
      throw new AppError('crypto', `无法读取或创建敏感字段密钥（${store.location}）：${(error as Error).message}。请检查该文件夹的权限。`);
    }
    const cipher = fieldCipher(key, store.location);
    if (known.length > 0 && !known.includes(cipher.keyId)) throw wrongKey(known[0]!, cipher.keyId, store.location);
    if (known.length === 0) recordKeyId(raw, cipher.keyId);
    return cipher;
  };
  const cipher = () => {
    // A failed load is not kept: the folder may be fixed while the program runs.
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
  return {
    cipher,
    seal: async (table, row) => sealRowWith(await cipher(), table, row) as typeof row,
    open: async (table, row) => openRowWith(await cipher(), table, row) as typeof row,
    async openAll(table, rows) {
      if (!SENSITIVE_COLUMNS.has(table) || rows.length === 0) return [...rows];
      const c = await cipher();
      return rows.map((r) => openRowWith(c, table, r) as (typeof rows)[number]);
    },
    hash: async (kind, value) => (await cipher()).hash(kind, value),
  };
}
