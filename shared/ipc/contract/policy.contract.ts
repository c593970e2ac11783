import { z } from 'zod';
import type { Role } from '../../domain/auth/roles';
import { procedure } from '../procedure';

/** Reading a pack is a lead's look; putting one in force is the director's call. */
const LEADS: readonly Role[] = ['administrator', 'director'];
const DIRECTOR: readonly Role[] = ['director'];

/** An absolute path on this computer; the core reads it through the user-path guard. */
const path = z.string().trim().min(1, '不能为空').max(1000, '路径过长').refine((p) => /^(\/|[A-Za-z]:[\\/]|\\\\)/.test(p), '请给出完整路径（例如 /media/U盘/政策包.json）');
const sha256 = z.string().regex(/^[0-9a-f]{64}$/, '应为预览时给出的 64 位校验值');

const packSummary = z.object({
  version: z.number(),
  title: z.string(),
  cityCode: z.string(),
  issuedAt: z.string(),
  sections: z.array(z.string()),
  sha256: z.string(),
});
const change = z.object({ section: z.string(), label: z.string(), lines: z.array(z.string()) });
const progress = z.object({
  phase: z.enum(['idle', 'recomputing', 'done']),
  version: z.number().nullable(),
  done: z.number(),
  total: z.number(),
});

export const policyContract = {
  /** The pack in force, the history of applied packs, and the years the calendar does not cover. */
  'policy:status': procedure({
    summary: '查看现行政策包、已应用的历史和节假日安排的覆盖情况',
    input: z.strictObject({}),
    output: z.object({
      inForce: packSummary.extend({ appliedAt: z.string() }).nullable(),
      history: z.array(packSummary.extend({ appliedAt: z.string() })),
      /** Years from today to the notice horizon without an arrangement, and the sentence every screen shows. */
      gapYears: z.array(z.number()),
      calendarNotice: z.string().nullable(),
      /** Years whose arrangement is marked as a sample (示例), not the published one. */
      sampleYears: z.array(z.number()),
      recomputing: z.boolean(),
    }),
    mutates: false,
    access: 'signed-in',
  }),
  /** Checks a pack file (signature, city, version) and shows what it would change; writes nothing. */
  'policy:preview-pack': procedure({
    summary: '预览政策包：核验签名、城市和版本，列出将要变化的内容（不写入）',
    input: z.strictObject({ file: path }),
    output: z.object({ pack: packSummary, inForceVersion: z.number(), changes: z.array(change), sampleYears: z.array(z.number()) }),
    mutates: false,
    access: LEADS,
  }),
  /** Applies the previewed pack (same bytes, by hash) and recomputes every open case's deadlines in batches. */
  'policy:apply-pack': procedure({
    summary: '应用政策包（主任）：再次核验后生效，并分批重算所有未结案件的时限',
    input: z.strictObject({ file: path, sha256 }),
    /** `recomputed`: false when the pack has no section that moves deadlines (nothing was recomputed). */
    output: z.object({ version: z.number(), checked: z.number(), changed: z.number(), recomputed: z.boolean() }),
    mutates: true,
    access: DIRECTOR,
  }),
  /** Progress of the recompute while `policy:apply-pack` is pending (memory only, for the progress bar). */
  'policy:apply-progress': procedure({
    summary: '政策包应用进度（重算时限）',
    input: z.strictObject({}),
    output: progress,
    mutates: false,
    access: 'signed-in',
  }),
};
