import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The payload of an age v1 file (https://age-encryption.org/v1, section
 * "Payload"), with Node's native ChaCha20-Poly1305: the JS cipher of
 * `age-encryption` runs at ~70 MB/s, OpenSSL's at ~1 GB/s. The header (recipient
 * stanzas and MAC) stays with the library, see age-crypto.ts.
 *
 *   payload     = nonce (16 random bytes) || chunk 0 || chunk 1 || …
 *   payload key = HKDF-SHA-256(ikm = file key, salt = nonce, info = "payload")
 *   chunk i     = ChaCha20-Poly1305(payload key, 12-byte nonce = 11-byte big-endian i || last flag)
 *                 over 64 KiB of plaintext (the last chunk may be shorter, and is
 *                 empty only when the whole plaintext is), followed by its 16-byte tag;
 *   last flag   = 0x01 for the final chunk, 0x00 before it.
 */

const CHUNK = 64 * 1024;
const TAG = 16;
const SEALED_CHUNK = CHUNK + TAG;
const NONCE = 16;

/** Thrown for any payload that does not authenticate; the message says why, for logs only. */
export class AgePayloadError extends Error {}

function payloadKey(fileKey: Uint8Array, nonce: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));
}

/** The 12-byte ChaCha20-Poly1305 nonce of chunk `index` (counters beyond 2^48 chunks = 16 EiB are not reachable). */
function chunkNonce(index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(index, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Number of chunks for a plaintext of `size` bytes: at least one, as an empty plaintext is one empty final chunk. */
const chunksFor = (size: number) => Math.max(1, Math.ceil(size / CHUNK));

/** Size of the payload (nonce included) for a plaintext of `size` bytes. */
export const payloadSize = (size: number) => NONCE + size + chunksFor(size) * TAG;

/**
 * Encrypts `plain` under `fileKey` into `out` at `offset` (which must have
 * `payloadSize(plain.length)` bytes free); `onSealed` sees each sealed chunk as
 * it is written, so a caller can hash the file in the same pass.
 */
export function sealPayload(fileKey: Uint8Array, plain: Uint8Array, out: Uint8Array, offset: number, onSealed?: (bytes: Uint8Array) => void): void {
  const nonce = randomBytes(NONCE);
  const key = payloadKey(fileKey, nonce);
  out.set(nonce, offset);
  onSealed?.(nonce);
  let at = offset + NONCE;
  const chunks = chunksFor(plain.length);
  for (let i = 0; i < chunks; i++) {
    const start = at;
    const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(i, i === chunks - 1), { authTagLength: TAG });
    const sealed = cipher.update(plain.subarray(i * CHUNK, (i + 1) * CHUNK));
    cipher.final();
    out.set(sealed, at);
    at += sealed.length;
    out.set(cipher.getAuthTag(), at);
    at += TAG;
    onSealed?.(out.subarray(start, at));
  }
}

/**
 * Decrypts a payload (nonce included) under `fileKey`. Throws AgePayloadError
 * for a truncated payload, a chunk that does not authenticate (a flipped byte,
 * a wrong key, chunks cut at a boundary or reordered) and an empty final chunk
 * after others (the spec forbids it).
 */
export function openPayload(fileKey: Uint8Array, payload: Uint8Array): Buffer {
  if (payload.length < NONCE + TAG) throw new AgePayloadError('payload too short');
  const key = payloadKey(fileKey, payload.subarray(0, NONCE));
  const body = payload.subarray(NONCE);
  const chunks = Math.ceil(body.length / SEALED_CHUNK);
  const lastSize = body.length - (chunks - 1) * SEALED_CHUNK;
  if (lastSize < TAG) throw new AgePayloadError('truncated chunk');
  if (lastSize === TAG && chunks > 1) throw new AgePayloadError('empty final chunk');
  const plain = Buffer.allocUnsafe(body.length - chunks * TAG);
  let at = 0;
  for (let i = 0; i < chunks; i++) {
    const sealed = body.subarray(i * SEALED_CHUNK, Math.min(body.length, (i + 1) * SEALED_CHUNK));
    const decipher = createDecipheriv('chacha20-poly1305', key, chunkNonce(i, i === chunks - 1), { authTagLength: TAG });
    decipher.setAuthTag(sealed.subarray(sealed.length - TAG));
    const opened = decipher.update(sealed.subarray(0, sealed.length - TAG));
    try {
      decipher.final(); // checks the tag
    } catch {
      throw new AgePayloadError(`chunk ${i} does not authenticate`);
    }
    plain.set(opened, at);
    at += opened.length;
  }
  return plain;
}
