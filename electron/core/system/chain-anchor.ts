import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { commitPartial, removeQuietly, writePartial } from '../files/atomic-write';
import { sealJson, unsealJson } from '../sync/signed-json';

/** `<data dir>/chain-head.json`: the change log's head, signed with the office key (docs/bundle-format.md). */
export const ANCHOR_FILE = 'chain-head.json';
export const ANCHOR_FORMAT = 'street-ledger-chain-head';
export const ANCHOR_FORMAT_VERSION = '1.0';

/** When a head is anchored. */
export type AnchorMoment = 'check' | 'export' | 'close';

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);
const bodySchema = z.looseObject({
  format: z.literal(ANCHOR_FORMAT),
  formatVersion: z.string().regex(/^1\.\d+$/),
  office: z.looseObject({ id: z.string().max(64), code: z.string().max(12), keyFingerprint: hex64 }),
  seq: z.int().min(1),
  hash: hex64,
  at: z.string().max(40),
  moment: z.enum(['check', 'export', 'close']),
});
export type AnchorBody = z.infer<typeof bodySchema>;

export type AnchorFile =
  | { state: 'absent' }
  | { state: 'unreadable'; why: string }
  | { state: 'present'; body: AnchorBody; sealed: { text: string; signature: Buffer } };

/** Reads the anchor; never throws (a damaged file is a finding of the check, not a crash). */
export function readAnchorFile(dataDir: string): AnchorFile {
  let text: string;
  try {
    text = readFileSync(join(dataDir, ANCHOR_FILE), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'absent' };
    return { state: 'unreadable', why: `无法读取（${(error as NodeJS.ErrnoException).code ?? (error as Error).message}）` };
  }
  if (text.length > 64 * 1024) return { state: 'unreadable', why: '文件过大，不是链头锚点' };
  const sealed = unsealJson(text);
  const parsed = bodySchema.safeParse(sealed?.body);
  if (!sealed || !parsed.success) return { state: 'unreadable', why: '内容不是台账写的链头锚点' };
  return { state: 'present', body: parsed.data, sealed };
}

/** Writes the signed anchor atomically (partial file, fsync, rename), readable by its owner only. */
export function writeAnchorFile(dataDir: string, body: AnchorBody, privateKeyPem: string): void {
  const path = join(dataDir, ANCHOR_FILE);
  const partial = writePartial(path, Buffer.from(sealJson(body, privateKeyPem), 'utf8'), 0o600);
  try {
    commitPartial(partial, path);
  } catch (error) {
    removeQuietly(partial);
    throw error;
  }
}
