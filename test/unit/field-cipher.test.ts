import { AppError } from '#core/errors';
import { fieldCipher, hashForm, isSealed } from '#core/fieldcrypt/field-cipher';
import { openRowWith, sealRowWith } from '#core/fieldcrypt/field-codec';
import { assertSealed } from '#core/fieldcrypt/sealed-guard';
import { SENSITIVE_COLUMNS } from '#core/fieldcrypt/sensitive-fields';
import { describe, expect, it } from 'vitest';

const key = Buffer.alloc(32, 7);
const cipher = fieldCipher(key, '/tmp/keys');
const ID = '42120219800101001X';

const thrown = (f: () => unknown): AppError => {
  try {
    f();
  } catch (error) {
    return error as AppError;
  }
  throw new Error('did not throw');
};

describe('field cipher (AES-256-GCM envelopes)', () => {
  it('round-trips, with a fresh nonce per value and a versioned envelope naming the key', () => {
    const a = cipher.seal('dispute_parties.phone', '13871234567');
    const b = cipher.seal('dispute_parties.phone', '13871234567');
    expect(a).toMatch(new RegExp(`^enc1:${cipher.keyId}:[A-Za-z0-9_-]+$`));
    expect(a).not.toBe(b);
    expect(cipher.open('dispute_parties.phone', a)).toBe('13871234567');
    expect(cipher.open('dispute_parties.phone', b)).toBe('13871234567');
    expect(isSealed(a)).toBe(true);
    expect(isSealed('13871234567')).toBe(false);
  });

  it('refuses a value moved to another column, or altered, as damaged data', () => {
    const sealed = cipher.seal('committee_members.id_number', ID);
    const moved = thrown(() => cipher.open('election_candidates.id_number', sealed));
    expect(moved.code).toBe('crypto');
    expect(moved.message).toMatch(/「election_candidates.id_number」无法解密.*ledger check/);
    const body = Buffer.from(sealed.split(':')[2]!, 'base64url');
    body[14] = body[14]! ^ 1;
    const altered = `enc1:${cipher.keyId}:${body.toString('base64url')}`;
    expect(thrown(() => cipher.open('committee_members.id_number', altered)).code).toBe('crypto');
  });

  it('names a wrong key as such, with both key ids, in Chinese', () => {
    const other = fieldCipher(Buffer.alloc(32, 8), '/tmp/other');
    expect(other.keyId).not.toBe(cipher.keyId);
    const error = thrown(() => other.open('dispute_parties.phone', cipher.seal('dispute_parties.phone', '13871234567')));
    expect(error.code).toBe('crypto');
    expect(error.message).toContain(`用密钥 ${cipher.keyId} 加密`);
    expect(error.message).toContain(`是 ${other.keyId}，两者不符`);
    expect(thrown(() => fieldCipher(Buffer.alloc(16), '/tmp/short')).message).toMatch(/已损坏：长度应为 32 字节/);
  });

  it('hashes the normal form under its own key: a lower-case check letter is the same person', () => {
    expect(cipher.hash('id-number', ID)).toBe(cipher.hash('id-number', ` ${ID.toLowerCase()} `));
    expect(cipher.hash('id-number', ID)).not.toBe(cipher.hash('phone', ID));
    expect(cipher.hash('id-number', ID)).not.toBe(fieldCipher(Buffer.alloc(32, 8), 'x').hash('id-number', ID));
    expect(hashForm('phone', '138-7123 4567')).toBe('13871234567');
  });
});

describe('the codec at the repository boundary', () => {
  it('covers every phone and ID number the privacy rules declare', () => {
    const columns = [...SENSITIVE_COLUMNS].flatMap(([table, cols]) => cols.map((c) => `${table}.${c.column}${c.hashColumn ? `+${c.hashColumn}` : ''}`)).sort();
    expect(columns).toEqual([
      'committee_members.id_number+id_number_hash', 'committee_members.phone', 'companies.phone',
      'dispute_parties.id_number+id_number_hash', 'dispute_parties.phone',
      'election_candidates.id_number+id_number_hash', 'election_candidates.phone',
    ]);
  });

  it('seals a row (hash beside the ID number, null kept null, absent kept absent) and opens it back', () => {
    const row = { id: 'p1', name: '张伟', phone: '13871234567', id_number: null as string | null };
    const sealed = sealRowWith(cipher, 'dispute_parties', row);
    expect(sealed.phone).toMatch(/^enc1:/);
    expect(sealed).toMatchObject({ name: '张伟', id_number: null, id_number_hash: null });
    expect(openRowWith(cipher, 'dispute_parties', sealed)).toEqual({ ...row, id_number_hash: null });
    const patch = sealRowWith(cipher, 'committee_members', { id_number: ID });
    expect(patch.id_number_hash).toBe(cipher.hash('id-number', ID));
    expect('phone' in patch).toBe(false);
    expect(sealRowWith(cipher, 'estates', { name: '锦湖紫竹苑' })).toEqual({ name: '锦湖紫竹苑' });
  });

  it('lets no plain number reach the record store', () => {
    expect(() => assertSealed('dispute_parties', { phone: '13871234567' })).toThrow(/reached the record store unsealed/);
    expect(() => assertSealed('companies', { phone: '0715-8123456' })).toThrow(/unsealed/);
    expect(() => assertSealed('dispute_parties', { phone: null, name: '13871234567' })).not.toThrow();
    expect(() => assertSealed('dispute_parties', sealRowWith(cipher, 'dispute_parties', { phone: '13871234567', id_number: ID }))).not.toThrow();
  });
});
