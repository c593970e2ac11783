import type { ErrorCode } from '#shared/ipc/envelope';
import { ageDecrypt } from '../sync/age-crypto';
import { BUNDLE_FORMAT, DATA_FILE, FORMAT_MAJOR, isBundlePath, majorOf, MANIFEST, manifestSchema, OFFICE_KEY, parseSums, SIGNATURE, SUMS, type Manifest } from '../sync/bundle-format';
import { exportableByEntity } from '../sync/exportable-tables';
import { fingerprintOf, sha256, verifyEd25519 } from '../sync/signing-keys';
import { TarRefused, unpackTar, type TarEntry } from '../sync/tar-archive';
import type { CityOffice, IncomingRecord } from './city.repository';

export type ImportLimits = { maxFileBytes: number; maxEntries: number; maxEntryBytes: number; maxRecordBytes: number };
export const DEFAULT_LIMITS: ImportLimits = { maxFileBytes: 1 << 30, maxEntries: 64, maxEntryBytes: 1 << 30, maxRecordBytes: 1 << 20 };

/** Why a bundle is refused: an envelope code and a zh-CN reason for the import line. */
export class Rejection extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export type ReadBundle = { manifest: Manifest; manifestSha256: string; office: CityOffice; records: IncomingRecord[] };
export type ReaderDeps = { identities: readonly string[]; limits: ImportLimits; findOffice(code: string): CityOffice | undefined };

/**
 * Opens and checks one bundle without touching the city's database: decrypt,
 * unpack (names and sizes limited), the format version, the registered office
 * and its key, the signature, every hash, and every record against its schema.
 * Sequence and apply are the caller's (city-import.service.ts).
 */
export async function readBundle(file: Uint8Array, deps: ReaderDeps): Promise<ReadBundle> {
  const { limits } = deps;
  if (file.length > limits.maxFileBytes) throw new Rejection('invalid-input', `文件有 ${file.length} 字节，超过上限 ${limits.maxFileBytes} 字节`);
  let archive: Uint8Array;
  try {
    archive = await ageDecrypt(file, deps.identities);
  } catch (error) {
    const noMatch = /no identity matched/i.test((error as Error).message);
    throw new Rejection('crypto', noMatch ? '无法解密：这个文件不是加密给本市密钥的' : '无法解密：文件已损坏、被改动或不完整（被截断）');
  }
  let entries: TarEntry[];
  try {
    entries = unpackTar(archive, limits, isBundlePath);
  } catch (error) {
    if (error instanceof TarRefused) throw new Rejection('invalid-input', error.message);
    throw error;
  }
  const byPath = new Map<string, Uint8Array>();
  for (const e of entries) {
    if (byPath.has(e.path)) throw new Rejection('invalid-input', `压缩包内「${e.path}」出现了两次`);
    byPath.set(e.path, e.data);
  }
  const need = (path: string) => {
    const data = byPath.get(path);
    if (!data) throw new Rejection('invalid-input', `压缩包内缺少 ${path}`);
    return data;
  };
  const manifestBytes = need(MANIFEST);
  const manifest = parseManifest(manifestBytes);

  const office = deps.findOffice(manifest.office.code);
  if (!office) throw new Rejection('not-found', `街道 ${manifest.office.code}（${manifest.office.name}）尚未在市级登记，请先用 register 登记它的登记文件`);
  // Verified with the key registered for the code the manifest claims: a bundle
  // signed by one office but naming another's code fails here.
  if (!verifyEd25519(office.public_key_pem, manifestBytes, need(SIGNATURE))) {
    throw new Rejection('crypto', `签名与街道 ${office.code}（${office.name}）登记的公钥不符：文件被改动过，或是别的街道冒用了这个街道代码`);
  }
  if (fingerprintOf(Buffer.from(need(OFFICE_KEY)).toString('utf8')) !== office.fingerprint || manifest.office.keyFingerprint !== office.fingerprint || manifest.office.id !== office.office_id) {
    throw new Rejection('crypto', `包内的街道公钥或街道标识与登记的不一致（街道 ${office.code}）`);
  }
  const records = checkFiles(manifest, byPath, need(SUMS), office, limits);
  return { manifest, manifestSha256: sha256(manifestBytes), office, records };
}

function parseManifest(bytes: Uint8Array): Manifest {
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(bytes).toString('utf8'));
  } catch {
    throw new Rejection('invalid-input', 'manifest.json 不是有效的 JSON');
  }
  const head = json as { format?: unknown; formatVersion?: unknown };
  if (head?.format !== BUNDLE_FORMAT) throw new Rejection('invalid-input', '不是台账同步包（manifest.json 的 format 不对）');
  const major = majorOf(head.formatVersion);
  if (major > FORMAT_MAJOR) throw new Rejection('from-future', `同步包格式版本 ${String(head.formatVersion)} 比本程序认识的 ${FORMAT_MAJOR}.x 新，请先升级市级程序`);
  const parsed = manifestSchema.safeParse(json);
  if (!parsed.success || major !== FORMAT_MAJOR) {
    const issue = parsed.error?.issues[0];
    throw new Rejection('invalid-input', `manifest.json 格式不对${issue ? `（${issue.path.join('.')}：${issue.message}）` : ''}`);
  }
  return parsed.data;
}

function checkFiles(manifest: Manifest, byPath: Map<string, Uint8Array>, sumsBytes: Uint8Array, office: CityOffice, limits: ImportLimits): IncomingRecord[] {
  if (sha256(sumsBytes) !== manifest.sha256sums) throw new Rejection('invalid-input', 'SHA256SUMS 与清单中记录的校验值不符');
  const sums = parseSums(Buffer.from(sumsBytes).toString('utf8'));
  if (!sums) throw new Rejection('invalid-input', 'SHA256SUMS 的格式不对');
  const dataPaths = [...byPath.keys()].filter((p) => DATA_FILE.test(p)).sort();
  const listed = manifest.files.map((f) => f.path).sort();
  if (JSON.stringify(dataPaths) !== JSON.stringify(listed) || JSON.stringify([...sums.keys()].sort()) !== JSON.stringify(listed)) {
    throw new Rejection('invalid-input', '清单、SHA256SUMS 与包内的数据文件对不上（多了或少了文件）');
  }
  const records: IncomingRecord[] = [];
  for (const f of manifest.files) {
    const data = byPath.get(f.path)!;
    const hash = sha256(data);
    if (hash !== f.sha256 || hash !== sums.get(f.path) || data.length !== f.bytes) throw new Rejection('invalid-input', `${f.path} 的内容与清单中的校验值不符`);
    const entity = DATA_FILE.exec(f.path)![1]!;
    if (entity !== f.entity) throw new Rejection('invalid-input', `${f.path} 在清单中的数据类型不对`);
    const table = exportableByEntity.get(entity);
    if (!table) {
      if (f.records === 0) continue; // a newer minor version's table, empty: nothing to refuse
      throw new Rejection('invalid-input', `包内有本程序不认识的数据类型「${entity}」，请先升级市级程序`);
    }
    const text = Buffer.from(data).toString('utf8');
    const lines = text === '' ? [] : text.split('\n');
    if (lines.length > 0 && lines.pop() !== '') throw new Rejection('invalid-input', `${f.path} 的最后一行没有换行符`);
    if (lines.length !== f.records) throw new Rejection('invalid-input', `${f.path} 有 ${lines.length} 条记录，清单中写的是 ${f.records} 条`);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const where = `${f.path} 第 ${i + 1} 行`;
      if (Buffer.byteLength(line) > limits.maxRecordBytes) throw new Rejection('invalid-input', `${where}的记录超过上限 ${limits.maxRecordBytes} 字节`);
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Rejection('invalid-input', `${where}不是有效的 JSON`);
      }
      const parsed = table.schema.safeParse(value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        throw new Rejection('invalid-input', `${where}不符合「${entity}」的格式（${issue.path.join('.') || '记录'}：${issue.message}）`);
      }
      const r = parsed.data as { id: string; office_id?: string; version: number; updated_at: string; deleted_at: string | null };
      const owner = entity === 'offices' ? r.id : r.office_id;
      if (owner !== office.office_id) throw new Rejection('invalid-input', `${where}属于别的街道（office_id 不符）`);
      records.push({ entity, id: r.id, version: r.version, updated_at: r.updated_at, deleted_at: r.deleted_at, body: line });
    }
  }
  return records;
}
