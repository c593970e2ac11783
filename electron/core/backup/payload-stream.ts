import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * The age v1 payload (spec, section "Payload") as a stream, for backups too large
 * to hold in memory: 16-byte nonce, then 64 KiB chunks of ChaCha20-Poly1305
 * under HKDF-SHA-256(file key, nonce, "payload"), chunk i's nonce being the
 * 11-byte big-endian counter and a last-chunk flag. The last chunk is only known
 * at the end, so one full chunk is always held back until more data arrives.
 */

const CHUNK = 64 * 1024;
const TAG = 16;
export const SEALED_CHUNK = CHUNK + TAG;
export const PAYLOAD_NONCE = 16;

const payloadKey = (fileKey: Uint8Array, nonce: Uint8Array) => Buffer.from(hkdfSync('sha256', fileKey, nonce, 'payload', 32));

function chunkNonce(index: number, last: boolean): Buffer {
  const nonce = Buffer.alloc(12);
  nonce.writeUIntBE(index, 5, 6);
  nonce[11] = last ? 1 : 0;
  return nonce;
}

/** Encrypts plaintext pushed in any sizes; `out` receives the payload's bytes in order (nonce first). */
export function payloadSealer(fileKey: Uint8Array, out: (bytes: Buffer) => void) {
  const nonce = randomBytes(PAYLOAD_NONCE);
  const key = payloadKey(fileKey, nonce);
  out(nonce);
  let pending = Buffer.alloc(0);
  let index = 0;
  const sealChunk = (plain: Buffer, last: boolean) => {
    const cipher = createCipheriv('chacha20-poly1305', key, chunkNonce(index++, last), { authTagLength: TAG });
    const body = cipher.update(plain);
    cipher.final();
    out(Buffer.concat([body, cipher.getAuthTag()]));
  };
  return {
    push(plain: Uint8Array) {
      pending = pending.length ? Buffer.concat([pending, plain]) : Buffer.from(plain);
      let at = 0;
      // Keep at least one byte back: the chunk that ends the file must carry the last flag.
      while (pending.length - at > CHUNK) {
        sealChunk(pending.subarray(at, at + CHUNK), false);
        at += CHUNK;
      }
      pending = at ? Buffer.from(pending.subarray(at)) : pending;
    },
    end() {
      sealChunk(pending, true);
      pending = Buffer.alloc(0);
    },
  };
}

/** A payload that does not authenticate: truncated, damaged, or a wrong key. */
export class PayloadBroken extends Error {}

/**
 * Decrypts a payload pushed in any sizes; `out` receives the plaintext chunk by
 * chunk, each authenticated before it is handed on. `end()` throws when the last
 * chunk never came (a truncated file): plaintext already handed on must then be
 * thrown away by the caller, which only trusts what it read once `end()` returned.
 */
export function payloadOpener(fileKey: Uint8Array, out: (plain: Buffer) => void) {
  let key: Buffer | null = null;
  let pending = Buffer.alloc(0);
  let index = 0;
  let finished = false;
  const openChunk = (sealed: Buffer, last: boolean) => {
    const d = createDecipheriv('chacha20-poly1305', key!, chunkNonce(index, last), { authTagLength: TAG });
    d.setAuthTag(sealed.subarray(sealed.length - TAG));
    const plain = d.update(sealed.subarray(0, sealed.length - TAG));
    try {
      d.final();
    } catch {
      throw new PayloadBroken(`chunk ${index} does not authenticate`);
    }
    index++;
    return plain;
  };
  return {
    push(bytes: Uint8Array) {
      if (finished) throw new PayloadBroken('data after the final chunk');
      pending = pending.length ? Buffer.concat([pending, bytes]) : Buffer.from(bytes);
      if (!key) {
        if (pending.length < PAYLOAD_NONCE) return;
        key = payloadKey(fileKey, pending.subarray(0, PAYLOAD_NONCE));
        pending = Buffer.from(pending.subarray(PAYLOAD_NONCE));
      }
      let at = 0;
      // A full sealed chunk followed by more bytes is not the last one.
      while (pending.length - at > SEALED_CHUNK) {
        out(openChunk(pending.subarray(at, at + SEALED_CHUNK), false));
        at += SEALED_CHUNK;
      }
      pending = at ? Buffer.from(pending.subarray(at)) : pending;
    },
    end() {
      if (!key || pending.length < TAG) throw new PayloadBroken('truncated payload');
      if (pending.length === TAG && index > 0) throw new PayloadBroken('empty final chunk');
      out(openChunk(pending, true));
      finished = true;
    },
  };
}
