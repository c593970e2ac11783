import { z } from 'zod';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const pem = z.string().max(4000).regex(/^-----BEGIN PUBLIC KEY-----\n[\s\S]+\n-----END PUBLIC KEY-----\n?$/);

/** `city-public.json`: what the city gives every office (written by `ledger city init`). */
export const CITY_KEYS_FORMAT = 'street-ledger-city-keys';
export const cityKeysSchema = z.looseObject({
  format: z.literal(CITY_KEYS_FORMAT),
  formatVersion: z.string().regex(/^1\.\d+$/),
  createdAt: z.string().max(40),
  recipients: z.array(z.looseObject({ role: z.enum(['primary', 'recovery']), recipient: z.string().max(200), fingerprint: hex64 })).min(1).max(8),
  signingKey: z.looseObject({ publicKeyPem: pem, fingerprint: hex64 }),
});
export type CityKeys = z.infer<typeof cityKeysSchema>;

/** The body of an office's registration file (sealed by the office's own key: proof it holds it). */
export const REGISTRATION_FORMAT = 'street-ledger-office-registration';
export const registrationSchema = z.looseObject({
  format: z.literal(REGISTRATION_FORMAT),
  formatVersion: z.string().regex(/^1\.\d+$/),
  createdAt: z.string().max(40),
  office: z.looseObject({ id: z.string().max(64), code: z.string().regex(/^\d{9}(\d{3})?$/), name: z.string().max(200) }),
  publicKeyPem: pem,
  fingerprint: hex64,
});
export type Registration = z.infer<typeof registrationSchema>;

/** The body of a city receipt (sealed by the city's signing key). */
export const RECEIPT_FORMAT = 'street-ledger-receipt';
export const receiptSchema = z.looseObject({
  format: z.literal(RECEIPT_FORMAT),
  formatVersion: z.string().regex(/^1\.\d+$/),
  issuedAt: z.string().max(40),
  office: z.looseObject({ code: z.string().regex(/^\d{9}(\d{3})?$/), keyFingerprint: hex64 }),
  cityKeyFingerprint: hex64,
  accepted: z.array(z.looseObject({ seq: z.int().min(1), manifestSha256: hex64 })).max(100_000),
});
export type Receipt = z.infer<typeof receiptSchema>;
