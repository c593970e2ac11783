import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import { sha256Hex } from '../changes/change-hash';

/** A new Ed25519 private key as PKCS#8 PEM (what `openssl genpkey -algorithm ed25519` writes). */
export function newSigningKeyPem(): string {
  return generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
}

/** The SPKI PEM public key of a PKCS#8 private key (what `openssl pkey -pubout` writes). */
export function publicKeyPemOf(privateKeyPem: string): string {
  return createPublicKey(createPrivateKey(privateKeyPem)).export({ type: 'spki', format: 'pem' }).toString();
}

/** Parses an Ed25519 public key in SPKI PEM, or returns null when it is anything else. */
export function parseEd25519PublicKey(pem: string): KeyObject | null {
  try {
    const key = createPublicKey(pem);
    return key.asymmetricKeyType === 'ed25519' ? key : null;
  } catch {
    return null;
  }
}

/**
 * A key's fingerprint: SHA-256 of its SPKI DER encoding, lowercase hex. Anyone can
 * recompute it: `openssl pkey -pubin -in key.pem -outform DER | sha256sum`.
 */
export function fingerprintOf(publicKeyPem: string): string {
  return sha256Hex(createPublicKey(publicKeyPem).export({ type: 'spki', format: 'der' }));
}

/** Raw 64-byte Ed25519 signature over `data`. */
export const signEd25519 = (privateKeyPem: string, data: Uint8Array): Buffer => sign(null, data, createPrivateKey(privateKeyPem));

/** Whether `signature` is a valid Ed25519 signature of `data` by `publicKey`. */
export function verifyEd25519(publicKey: KeyObject | string, data: Uint8Array, signature: Uint8Array): boolean {
  try {
    return signature.length === 64 && verify(null, data, publicKey, signature);
  } catch {
    return false;
  }
}
