/**
 * An age X25519 identity (`AGE-SECRET-KEY-1…`, https://age-encryption.org/v1,
 * "The X25519 recipient type") as a WebCrypto X25519 private key, which
 * `age-encryption`'s Decrypter accepts in place of the string. Given the string,
 * the library imports the key again for every file (~0.6 ms, half of reading a
 * header); the city imports a hundred files at a time.
 *
 * The encoding is Bech32 (BIP 173, without its length limit) with HRP
 * `AGE-SECRET-KEY-`, of the 32-byte scalar.
 */

import type { webcrypto } from 'node:crypto';

const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATOR = [0x3b6a57b2, 0x26508e6d, 0x1ea119fa, 0x3d4233dd, 0x2a1462b3];
const HRP = 'age-secret-key-';
// PKCS#8 wrapping of a raw X25519 private key (RFC 8410): WebCrypto imports X25519 private keys only as PKCS#8 or JWK.
const PKCS8_PREFIX = Buffer.from('302e020100300506032b656e04220420', 'hex');

function polymod(values: readonly number[]): number {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = ((chk & 0x1ffffff) << 5) ^ v;
    for (let i = 0; i < 5; i++) if ((top >>> i) & 1) chk ^= GENERATOR[i]!;
  }
  return chk;
}

/** The 32 bytes of an X25519 identity, or null when the string is not one (wrong HRP, case mix, checksum or length). */
export function x25519IdentityBytes(identity: string): Buffer | null {
  if (identity !== identity.toUpperCase()) return null; // age writes identities upper-case; Bech32 forbids mixed case
  const text = identity.toLowerCase();
  const sep = text.lastIndexOf('1');
  if (text.slice(0, sep) !== HRP) return null;
  const data: number[] = [];
  for (const c of text.slice(sep + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return null;
    data.push(v);
  }
  const hrp = [...HRP].map((c) => c.charCodeAt(0));
  if (data.length < 6 || polymod([...hrp.map((c) => c >> 5), 0, ...hrp.map((c) => c & 31), ...data]) !== 1) return null;
  // 5-bit groups to bytes; the leftover bits must be zero padding.
  const bytes: number[] = [];
  let acc = 0;
  let bits = 0;
  for (const v of data.slice(0, -6)) {
    acc = (acc << 5) | v;
    bits += 5;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((acc >> bits) & 0xff);
    }
  }
  if (bits >= 5 || (acc & ((1 << bits) - 1)) !== 0 || bytes.length !== 32) return null;
  return Buffer.from(bytes);
}

/** The identity as a non-extractable WebCrypto X25519 key for `deriveBits`, or the string itself when it does not decode (the library then judges it). */
export async function x25519IdentityKey(identity: string): Promise<webcrypto.CryptoKey | string> {
  const bytes = x25519IdentityBytes(identity);
  if (!bytes) return identity;
  return crypto.subtle.importKey('pkcs8', Buffer.concat([PKCS8_PREFIX, bytes]), { name: 'X25519' }, false, ['deriveBits']);
}
