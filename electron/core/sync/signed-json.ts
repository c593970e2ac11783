import type { KeyObject } from 'node:crypto';
import { signEd25519, verifyEd25519 } from './signing-keys';

/**
 * A small signed document (registration, receipt): `{ "body": "<JSON text>",
 * "signature": "<base64 Ed25519 over the body's UTF-8 bytes>" }`. The body is kept
 * as text so the signed bytes are exactly what anyone re-reads.
 */
export function sealJson(body: unknown, privateKeyPem: string): string {
  const text = JSON.stringify(body, null, 2);
  const signature = signEd25519(privateKeyPem, Buffer.from(text, 'utf8')).toString('base64');
  return JSON.stringify({ body: text, signature }, null, 2) + '\n';
}

/** The sealed body's text and signature, or null when the file is not such a document. */
export function unsealJson(file: string): { body: unknown; text: string; signature: Buffer } | null {
  try {
    const outer = JSON.parse(file) as { body?: unknown; signature?: unknown };
    if (typeof outer.body !== 'string' || typeof outer.signature !== 'string') return null;
    return { body: JSON.parse(outer.body), text: outer.body, signature: Buffer.from(outer.signature, 'base64') };
  } catch {
    return null;
  }
}

export const sealVerifies = (sealed: { text: string; signature: Buffer }, key: KeyObject | string): boolean =>
  verifyEd25519(key, Buffer.from(sealed.text, 'utf8'), sealed.signature);
