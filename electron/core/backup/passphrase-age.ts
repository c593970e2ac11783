import { Decrypter, Encrypter, Stanza, type Identity, type Recipient } from 'age-encryption';
import { createCipheriv, createDecipheriv, randomBytes, scrypt } from 'node:crypto';

/**
 * age's passphrase recipient (https://age-encryption.org/v1, "The scrypt
 * recipient type"), with Node's native scrypt: the library's pure-JS scrypt at
 * work factor 2^18 takes seconds on an old office PC, OpenSSL's a fraction of
 * one. The header (stanza encoding, header MAC) and its parsing stay with
 * `age-encryption` through its documented Recipient and Identity interfaces, so
 * `age -d` reads the file and asks for the passphrase.
 *
 *   wrap key = scrypt(passphrase, "age-encryption.org/v1/scrypt" || 16-byte salt, N = 2^logN, r = 8, p = 1, 32 bytes)
 *   body     = ChaCha20-Poly1305(wrap key, nonce = 12 zero bytes, file key)
 *   stanza   = -> scrypt <salt, base64 without padding> <logN>
 *
 * The spec requires an scrypt stanza to be the only one in its header, which is
 * why the office's recovery key cannot be a second recipient of the same file.
 */

/** age's default, and what `age -p` uses. */
export const WORK_FACTOR = 18;
/** The highest work factor we accept when decrypting (age-encryption refuses above 20, which our files never need). */
const MAX_WORK_FACTOR = 20;
const LABEL = 'age-encryption.org/v1/scrypt';

function wrapKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const N = 2 ** logN;
  const labelAndSalt = Buffer.concat([Buffer.from(LABEL, 'utf8'), salt]);
  // scrypt needs 128 · N · r bytes; Node's default cap (32 MiB) is below age's work factor.
  return new Promise((resolve, reject) =>
    scrypt(Buffer.from(passphrase, 'utf8'), labelAndSalt, 32, { N, r: 8, p: 1, maxmem: 128 * N * 8 + (16 << 20) }, (e, k) => (e ? reject(e) : resolve(k))),
  );
}

const ZERO_NONCE = Buffer.alloc(12);

function seal(key: Buffer, fileKey: Uint8Array): Buffer {
  const c = createCipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
  const body = Buffer.concat([c.update(fileKey), c.final(), c.getAuthTag()]);
  return body;
}

function open(key: Buffer, body: Uint8Array): Buffer | null {
  if (body.length !== 32) return null;
  const d = createDecipheriv('chacha20-poly1305', key, ZERO_NONCE, { authTagLength: 16 });
  d.setAuthTag(body.subarray(16));
  const plain = d.update(body.subarray(0, 16));
  try {
    d.final();
    return Buffer.concat([plain]);
  } catch {
    return null;
  }
}

/** Why an age file could not be opened with a passphrase, as a kind the caller turns into a sentence. */
export class PassphraseRefused extends Error {
  constructor(readonly kind: 'not-age' | 'not-passphrase' | 'wrong-passphrase' | 'work-factor') {
    super(kind);
  }
}

/**
 * A fresh file key and the header that wraps it under `passphrase`. The Encrypter
 * hands the file key to our Recipient (its documented extension point), which
 * keeps a copy and returns the scrypt stanza; the header of the throwaway empty
 * file it writes is ours (header || 16-byte nonce || one empty final chunk).
 */
export async function passphraseHeader(passphrase: string, logN = WORK_FACTOR): Promise<{ header: Buffer; fileKey: Buffer }> {
  let fileKey: Buffer | undefined;
  const recipient: Recipient = {
    async wrapFileKey(key) {
      fileKey = Buffer.from(key);
      const salt = randomBytes(16);
      const body = seal(await wrapKey(passphrase, salt, logN), key);
      return [new Stanza(['scrypt', salt.toString('base64').replace(/=+$/, ''), String(logN)], body)];
    },
  };
  const encrypter = new Encrypter();
  encrypter.addRecipient(recipient);
  const empty = await encrypter.encrypt(new Uint8Array(0));
  const header = Buffer.from(empty.subarray(0, empty.length - 32));
  if (!fileKey || fileKey.length !== 16 || !header.subarray(header.length - 1).equals(Buffer.from('\n'))) throw new Error('age-encryption wrote an unexpected header');
  return { header, fileKey };
}

/** The first line of every age v1 file. */
const INTRO = 'age-encryption.org/v1\n';

/**
 * Length of the header through its MAC line, or -1 when `head` (the file's first
 * bytes) holds none; throws `not-age` when the file does not start like age.
 */
export function headerEnd(head: Buffer): number {
  if (!head.subarray(0, INTRO.length).equals(Buffer.from(INTRO))) throw new PassphraseRefused('not-age');
  const mac = head.indexOf('\n---');
  const end = mac < 0 ? -1 : head.indexOf(0x0a, mac + 1);
  return end < 0 ? -1 : end + 1;
}

/**
 * The file key of a passphrase-encrypted header. Refuses a header whose
 * recipients are keys (`not-passphrase`: encrypted to someone's key, e.g. a sync
 * bundle), a work factor we will not spend (`work-factor`) and a passphrase that
 * does not unwrap it or fails the header MAC (`wrong-passphrase`).
 */
export async function passphraseFileKey(header: Buffer, passphrase: string): Promise<Buffer> {
  const types = header
    .toString('latin1')
    .split('\n')
    .filter((l) => l.startsWith('-> '))
    .map((l) => l.split(' ')[1]);
  if (!types.includes('scrypt')) throw new PassphraseRefused('not-passphrase');
  const identity: Identity = {
    async unwrapFileKey(stanzas) {
      const s = stanzas.find((x) => x.args[0] === 'scrypt');
      if (!s || stanzas.length !== 1 || s.args.length !== 3 || !/^[1-9][0-9]*$/.test(s.args[2]!)) throw new PassphraseRefused('not-age');
      const logN = Number(s.args[2]);
      if (logN > MAX_WORK_FACTOR) throw new PassphraseRefused('work-factor');
      const salt = Buffer.from(s.args[1]!, 'base64');
      if (salt.length !== 16) throw new PassphraseRefused('not-age');
      return open(await wrapKey(passphrase, salt, logN), s.body);
    },
  };
  const decrypter = new Decrypter();
  decrypter.addIdentity(identity);
  try {
    return Buffer.from(await decrypter.decryptHeader(header));
  } catch (error) {
    if (error instanceof PassphraseRefused) throw error;
    const message = (error as Error).message;
    if (/no identity matched|invalid header HMAC/.test(message)) throw new PassphraseRefused('wrong-passphrase');
    throw new PassphraseRefused('not-age');
  }
}
