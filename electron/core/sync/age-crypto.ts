import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient, type Recipient } from 'age-encryption';
import { x25519IdentityKey } from './age-identity-key';
import { openPayload, payloadSize, sealPayload } from './age-stream';

/**
 * The age v1 format (https://age-encryption.org/v1), X25519 recipients only:
 * that is what `age-keygen` makes and what Debian's `age` decrypts.
 *
 * The header (sections "Header" and "The X25519 recipient type": stanzas
 * wrapping the file key, and the header MAC) is made and checked by
 * `age-encryption`, the reference TypeScript implementation, through its
 * public low-level API. The payload (section "Payload") is age-stream.ts, on
 * Node's native ChaCha20-Poly1305: the library's JS cipher made encryption the
 * slowest step of an export and of a city import.
 */

/** The longest header we look into: two X25519 stanzas take ~250 bytes. */
const MAX_HEADER = 64 * 1024;

/**
 * Length of the header, through its MAC line: the first line starting with
 * `---` (spec, "Header": each section is known by its first three characters).
 * -1 when there is none.
 */
export function headerLength(file: Uint8Array): number {
  const head = Buffer.from(file.buffer, file.byteOffset, Math.min(file.length, MAX_HEADER));
  const mac = head.indexOf('\n---');
  const end = mac < 0 ? -1 : head.indexOf(0x0a, mac + 1);
  return end < 0 ? -1 : end + 1;
}

/**
 * A header for a fresh random file key, and that key. The library's Encrypter
 * hands the file key to every Recipient (its documented extension point); one
 * that keeps a copy and adds no stanza lets us take the header it writes. It
 * is the header of an empty file: header || 16-byte nonce || one empty final
 * chunk (a 16-byte tag); that throwaway payload is dropped.
 */
async function newHeader(recipients: readonly string[]): Promise<{ header: Uint8Array; fileKey: Uint8Array }> {
  let fileKey: Uint8Array | undefined;
  const keeper: Recipient = {
    wrapFileKey(key) {
      fileKey = Uint8Array.from(key);
      return [];
    },
  };
  const encrypter = new Encrypter();
  for (const r of recipients) encrypter.addRecipient(r);
  encrypter.addRecipient(keeper);
  const empty = await encrypter.encrypt(new Uint8Array(0));
  const header = empty.subarray(0, empty.length - 32);
  if (!fileKey || fileKey.length !== 16 || headerLength(empty) !== header.length) throw new Error('age-encryption wrote an unexpected header');
  return { header, fileKey };
}

/** Encrypts `plain` to every recipient (`age1…`). */
export async function ageEncrypt(plain: Uint8Array, recipients: readonly string[]): Promise<Buffer> {
  const { header, fileKey } = await newHeader(recipients);
  try {
    const out = Buffer.allocUnsafe(header.length + payloadSize(plain.length));
    out.set(header, 0);
    sealPayload(fileKey, plain, out, header.length);
    return out;
  } finally {
    fileKey.fill(0);
  }
}

/**
 * A decrypter for the identities (`AGE-SECRET-KEY-1…`), made once and used for
 * many files (the city imports a hundred at a time): the identities are
 * imported as WebCrypto keys on first use (age-identity-key.ts). It throws when
 * no identity fits ("no identity matched …") or the file is damaged or truncated.
 */
export function ageDecrypter(identities: readonly string[]): (file: Uint8Array) => Promise<Buffer> {
  let ready: Promise<Decrypter> | null = null;
  const decrypter = async () => {
    const d = new Decrypter();
    for (const id of identities) d.addIdentity(await x25519IdentityKey(id));
    return d;
  };
  return async (file) => {
    const end = headerLength(file);
    if (end < 0) throw new Error('invalid header: no MAC line');
    ready ??= decrypter();
    const fileKey = await (await ready).decryptHeader(file.subarray(0, end)); // parses, unwraps and checks the header MAC
    try {
      return openPayload(fileKey, file.subarray(end));
    } finally {
      fileKey.fill(0);
    }
  };
}

/** Decrypts with any of the identities; throws when none fits or the file is damaged. */
export const ageDecrypt = (file: Uint8Array, identities: readonly string[]): Promise<Buffer> => ageDecrypter(identities)(file);

/** Whether `recipient` is an X25519 age recipient the library accepts. */
export async function isAgeRecipient(recipient: string): Promise<boolean> {
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) return false;
  try {
    await newHeader([recipient]);
    return true;
  } catch {
    return false;
  }
}

/** A new X25519 identity and its recipient. */
export async function newAgeIdentity(): Promise<{ identity: string; recipient: string }> {
  const identity = await generateX25519Identity();
  return { identity, recipient: await identityToRecipient(identity) };
}

/** The key file exactly as `age-keygen` writes it, so `age -d -i FILE` reads it. */
export function ageKeyFile(identity: string, recipient: string, created: Date): string {
  return `# created: ${created.toISOString().replace(/\.\d{3}Z$/, 'Z')}\n# public key: ${recipient}\n${identity}\n`;
}

/** The identities in an age key file (comments and blank lines skipped). */
export function identitiesIn(keyFile: string): string[] {
  return keyFile.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.startsWith('AGE-SECRET-KEY-1'));
}
