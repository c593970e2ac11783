import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { EXPORT_PHASES, PRIVACY_LEVELS } from '../../domain/sync/sync.schema';
import { isFileHandle } from '../file-handles';
import { procedure } from '../procedure';

/** Exporting, rewriting and raising the privacy level are the director's calls. */
const LEADS: readonly Role[] = ['administrator', 'director'];

/**
 * An absolute path on this computer (files move by path, never as bytes), or in the
 * Electron window the opaque handle a native dialog issued for it (`shared/ipc/file-handles.ts`).
 */
const path = z
  .string()
  .trim()
  .min(1, '不能为空')
  .max(1000, '路径过长')
  .refine((p) => isFileHandle(p) || /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), '请给出完整路径（例如 /media/U盘 或 E:\\）');

const fingerprint = z.string();
const cityKeysView = z.object({
  recipients: z.array(z.object({ role: z.enum(['primary', 'recovery']), recipient: z.string(), fingerprint })),
  signingKeyFingerprint: fingerprint,
  setAt: z.string(),
  setBy: z.string(),
});
const counts = z.record(z.string(), z.number());

export const syncContract = {
  /** Who this office is to the city: office code, public signing key and its fingerprint, and the city keys in use. */
  'sync:office-identity': procedure({
    summary: '查看本街道的同步身份（街道代码、签名公钥与指纹）和已导入的市级公钥',
    input: z.strictObject({}),
    output: z.object({
      officeId: z.string(),
      officeCode: z.string(),
      officeName: z.string(),
      publicKeyPem: z.string(),
      fingerprint,
      cityKeys: cityKeysView.nullable(),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Imports the city's public keys (`city-public.json`); returns the fingerprints to read out over the phone. */
  'sync:set-city-keys': procedure({
    summary: '导入市级公钥文件（city-public.json），返回指纹供电话核对',
    input: z.strictObject({ file: path }),
    output: cityKeysView,
    mutates: true,
    access: LEADS,
  }),
  /** Writes the office's registration file, which the city registers explicitly. */
  'sync:write-registration': procedure({
    summary: '生成本街道的登记文件，交市级登记',
    input: z.strictObject({ file: path }),
    output: z.object({ file: z.string(), officeCode: z.string(), fingerprint }),
    mutates: false,
    access: LEADS,
  }),
  /**
   * Writes the next bundle into `directory` (atomically). `privacy` above the
   * default needs a written `reason`, kept in the manifest and the change log.
   */
  'sync:export-bundle': procedure({
    summary: '导出本季度同步包到指定文件夹（如U盘）',
    input: z
      .strictObject({
        directory: path,
        privacy: z.enum(PRIVACY_LEVELS).default('pseudonymous'),
        reason: z.string().trim().max(2000, '不能超过 2000 个字').optional(),
      })
      .refine((i) => i.privacy === 'pseudonymous' || (i.reason?.length ?? 0) >= 5, { path: ['reason'], message: '提高隐私级别须写明理由（至少 5 个字）' }),
    output: z.object({ file: z.string(), seq: z.number(), manifestSha256: z.string(), counts, records: z.number(), privacy: z.enum(PRIVACY_LEVELS) }),
    mutates: true,
    access: LEADS,
  }),
  /** How far the running export is, for a progress bar (poll while `sync:export-bundle` runs). */
  'sync:export-progress': procedure({
    summary: '查看同步包导出进度',
    input: z.strictObject({}),
    output: z.object({ running: z.boolean(), phase: z.enum(EXPORT_PHASES), done: z.number(), total: z.number(), percent: z.number() }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Writes an already exported bundle again, byte for byte (a lost or broken USB stick). */
  'sync:rewrite-bundle': procedure({
    summary: '重新写出已导出的同步包（内容逐字节相同）',
    input: z.strictObject({ seq: z.int('应为整数').min(1).max(1_000_000), directory: path }),
    output: z.object({ file: z.string(), seq: z.number(), manifestSha256: z.string() }),
    mutates: true,
    access: LEADS,
  }),
  /** Imports a receipt signed by the city; the bundles it lists become 已确认. */
  'sync:import-receipt': procedure({
    summary: '导入市级回执，标记已确认的同步包',
    input: z.strictObject({ file: path }),
    output: z.object({ confirmed: z.array(z.number()), alreadyConfirmed: z.array(z.number()), unknown: z.array(z.number()), mismatched: z.array(z.number()) }),
    mutates: true,
    access: LEADS,
  }),
  /** Every exported bundle, newest first, and whether the city has confirmed it. */
  'sync:list-bundles': procedure({
    summary: '列出已导出的同步包及市级确认情况',
    input: z.strictObject({}),
    output: z.array(
      z.object({
        seq: z.number(),
        file: z.string(),
        period: z.string(),
        kind: z.enum(['snapshot', 'changes']),
        createdAt: z.string(),
        createdBy: z.string(),
        manifestSha256: z.string(),
        records: z.number(),
        counts,
        privacy: z.enum(PRIVACY_LEVELS),
        privacyReason: z.string().nullable(),
        confirmed: z.boolean(),
        confirmedAt: z.string().nullable(),
      }),
    ),
    mutates: false,
    access: 'signed-in',
  }),
};
