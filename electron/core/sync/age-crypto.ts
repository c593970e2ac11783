import { Decrypter, Encrypter, generateX25519Identity, identityToRecipient } from 'age-encryption';

/**
 * The age format through `age-encryption`, the reference TypeScript
 * implementation (X25519 recipients only: that is what `age-keygen` makes and
 * what Debian's `age` can decrypt).
 */

/** Encrypts `plain` to every recipient (`age1…`). */
export async function ageEncrypt(plain: Uint8Array, recipients: readonly string[]): Promise<Uint8Array> {
  const e = new Encrypter();
  for (const r of recipients) e.addRecipient(r);
  return e.encrypt(plain);
}

/** Decrypts with any of the identities (`AGE-SECRET-KEY-1…`); throws when none fits or the file is damaged. */
export async function ageDecrypt(file: Uint8Array, identities: readonly string[]): Promise<Uint8Array> {
  const d = new Decrypter();
  for (const id of identities) d.addIdentity(id);
  return d.decrypt(file);
}

/** Whether `recipient` is an X25519 age recipient the library accepts. */
export async function isAgeRecipient(recipient: string): Promise<boolean> {
  if (!/^age1[02-9ac-hj-np-z]{58}$/.test(recipient)) return false;
  try {
    await ageEncrypt(new Uint8Array(0), [recipient]);
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
