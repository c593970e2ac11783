import { PRIVACY_LEVELS } from '#shared/domain/sync/sync.schema';
import { shanghaiDate } from '#shared/domain/disputes/work-calendar';
import { z } from 'zod';

/** The bundle format (docs/bundle-format.md). A reader refuses a higher major version. */
export const BUNDLE_FORMAT = 'street-ledger-bundle';
// 1.1: `changes.prevChainHead` (the head the bundle starts from), so the city can refuse a cut or rewritten log.
export const BUNDLE_FORMAT_VERSION = '1.1';
export const FORMAT_MAJOR = 1;

export const MANIFEST = 'manifest.json';
export const SIGNATURE = 'manifest.sig';
export const OFFICE_KEY = 'office.pub.pem';
export const SUMS = 'SHA256SUMS';
export const DATA_FILE = /^data\/([a-z][a-z0-9_]{0,62})\.ndjson$/;
export const dataPath = (entity: string) => `data/${entity}.ndjson`;

/** The only names an archive may hold: no `..`, no absolute path, nothing outside data/. */
export const isBundlePath = (path: string): boolean => [MANIFEST, SIGNATURE, OFFICE_KEY, SUMS].includes(path) || DATA_FILE.test(path);

const hex64 = z.string().regex(/^[0-9a-f]{64}$/);

const manifestShape = {
  format: z.literal(BUNDLE_FORMAT),
  formatVersion: z.string().regex(/^\d+\.\d+$/),
  appVersion: z.string().max(40),
  schemaVersion: z.int().min(1),
  office: z.looseObject({ id: z.string().max(64), code: z.string().regex(/^\d{9}(\d{3})?$/), name: z.string().max(200), keyFingerprint: hex64 }),
  period: z.string().regex(/^\d{4}Q[1-4]$/),
  createdAt: z.string().max(40),
  seq: z.int().min(1),
  prevManifestSha256: hex64.nullable(),
  kind: z.enum(['snapshot', 'changes']),
  // prevChainHead: the hash of entry fromSeq − 1 (the genesis hash for a snapshot); absent before 1.1.
  changes: z.looseObject({ fromSeq: z.int().min(1), toSeq: z.int().min(0), chainHead: hex64, prevChainHead: hex64.optional() }),
  privacy: z.looseObject({ level: z.enum(PRIVACY_LEVELS), reason: z.string().max(2000).nullable() }),
  sha256sums: hex64,
  files: z.array(z.looseObject({ path: z.string().regex(DATA_FILE), entity: z.string(), records: z.int().min(0), bytes: z.int().min(0), sha256: hex64 })).max(200),
};
/** manifest.json. Readers of the same major version ignore fields they do not know. */
export const manifestSchema = z.looseObject(manifestShape);
export type Manifest = z.infer<z.ZodObject<typeof manifestShape>>;

/** The major part of a format version string ("1.0" → 1), or NaN. */
export const majorOf = (version: unknown): number => (typeof version === 'string' && /^\d+\.\d+$/.test(version) ? Number(version.split('.')[0]) : NaN);

/** The quarter of an instant in China (2026-11-21 → "2026Q4"). */
export function quarterOf(instant: Date): string {
  const [year, month] = shanghaiDate(instant).split('-').map(Number) as [number, number];
  return `${year}Q${Math.ceil(month / 3)}`;
}

/** `<office code>-<yyyy>Q<q>-<seq>.ledger.age` */
export const bundleFileName = (officeCode: string, period: string, seq: number) => `${officeCode}-${period}-${seq}.ledger.age`;

/** sha256sum's text format: `<hex>  <path>` per line. */
export const sumsText = (files: readonly { path: string; sha256: string }[]) => files.map((f) => `${f.sha256}  ${f.path}\n`).join('');

/** Parses SHA256SUMS; null when a line is not in sha256sum's format. */
export function parseSums(text: string): Map<string, string> | null {
  const sums = new Map<string, string>();
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const m = /^([0-9a-f]{64}) [ *](\S+)$/.exec(line);
    if (!m || sums.has(m[2]!)) return null;
    sums.set(m[2]!, m[1]!);
  }
  return sums;
}
