import type { ErrorCode } from '#shared/ipc/envelope';
import { isUtf8 } from 'node:buffer';
import { createPublicKey, type KeyObject } from 'node:crypto';
import { BUNDLE_FORMAT, DATA_FILE, FORMAT_MAJOR, isBundlePath, majorOf, MANIFEST, manifestSchema, OFFICE_KEY, parseSums, SIGNATURE, SUMS, type Manifest } from '../sync/bundle-format';
import { exportableByEntity } from '../sync/exportable-tables';
import { fingerprintOf, verifyEd25519 } from '../sync/signing-keys';
import { sha256Hex } from '../changes/change-hash';
import { TarRefused, unpackTar, type TarEntry } from '../sync/tar-archive';
import type { Exportable } from '../sync/exportable';
import { z } from 'zod';
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
/** `decrypt`: an age decrypter for the city's identities (made once per import, see age-crypto.ts). */
export type ReaderDeps = { decrypt(file: Uint8Array): Promise<Uint8Array>; limits: ImportLimits; findOffice(code: string): CityOffice | undefined };

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
    archive = await deps.decrypt(file);
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
  if (!verifyEd25519(registeredKey(office.public_key_pem), manifestBytes, need(SIGNATURE))) {
    throw new Rejection('crypto', `签名与街道 ${office.code}（${office.name}）登记的公钥不符：文件被改动过，或是别的街道冒用了这个街道代码`);
  }
  // The registered PEM's fingerprint was checked at registration: the same text needs no DER round trip.
  const officeKeyPem = Buffer.from(need(OFFICE_KEY)).toString('utf8');
  const officeKeyFingerprint = officeKeyPem === office.public_key_pem ? office.fingerprint : fingerprintOf(officeKeyPem);
  if (officeKeyFingerprint !== office.fingerprint || manifest.office.keyFingerprint !== office.fingerprint || manifest.office.id !== office.office_id) {
    throw new Rejection('crypto', `包内的街道公钥或街道标识与登记的不一致（街道 ${office.code}）`);
  }
  const records = checkFiles(manifest, byPath, need(SUMS), office, limits);
  return { manifest, manifestSha256: sha256Hex(manifestBytes), office, records };
}

/** Registered offices' public keys, parsed once (a city has a few hundred offices at most). */
const registeredKeys = new Map<string, KeyObject>();
function registeredKey(pem: string): KeyObject {
  let key = registeredKeys.get(pem);
  if (!key) registeredKeys.set(pem, (key = createPublicKey(pem)));
  return key;
}

/** Where each line of an NDJSON file ends (its `\n`), or null when the last line has none. */
function lineEnds(data: Buffer): number[] | null {
  const ends: number[] = [];
  for (let at = data.indexOf(0x0a); at >= 0; at = data.indexOf(0x0a, at + 1)) ends.push(at);
  return data.length === 0 || ends.at(-1) === data.length - 1 ? ends : null;
}

/**
 * Each table's record schema, compiled once with zod 4's `z.compile` (a generated
 * validator, ~4× faster than the interpreted parser on a 40-column record, with
 * the same results and issues). The schemas only check (no transforms), so a
 * record that validates is used as parsed.
 */
const compiledSchemas = new Map<string, Exportable['schema']>();
function recordSchemaOf(table: Exportable): Exportable['schema'] {
  let schema = compiledSchemas.get(table.entity);
  if (!schema) compiledSchemas.set(table.entity, (schema = z.compile(table.schema)));
  return schema;
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
  if (sha256Hex(sumsBytes) !== manifest.sha256sums) throw new Rejection('invalid-input', 'SHA256SUMS 与清单中记录的校验值不符');
  const sums = parseSums(Buffer.from(sumsBytes).toString('utf8'));
  if (!sums) throw new Rejection('invalid-input', 'SHA256SUMS 的格式不对');
  const dataPaths = [...byPath.keys()].filter((p) => DATA_FILE.test(p)).sort();
  const listed = manifest.files.map((f) => f.path).sort();
  if (JSON.stringify(dataPaths) !== JSON.stringify(listed) || JSON.stringify([...sums.keys()].sort()) !== JSON.stringify(listed)) {
    throw new Rejection('invalid-input', '清单、SHA256SUMS 与包内的数据文件对不上（多了或少了文件）');
  }
  const records: IncomingRecord[] = [];
  for (const f of manifest.files) {
    const bytes = byPath.get(f.path)!;
    const data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
    const hash = sha256Hex(data);
    if (hash !== f.sha256 || hash !== sums.get(f.path) || data.length !== f.bytes) throw new Rejection('invalid-input', `${f.path} 的内容与清单中的校验值不符`);
    const entity = DATA_FILE.exec(f.path)![1]!;
    if (entity !== f.entity) throw new Rejection('invalid-input', `${f.path} 在清单中的数据类型不对`);
    const table = exportableByEntity.get(entity);
    if (!table) {
      if (f.records === 0) continue; // a newer minor version's table, empty: nothing to refuse
      throw new Rejection('invalid-input', `包内有本程序不认识的数据类型「${entity}」，请先升级市级程序`);
    }
    if (!isUtf8(data)) throw new Rejection('invalid-input', `${f.path} 不是有效的 UTF-8 文本`);
    const ends = lineEnds(data);
    if (ends === null) throw new Rejection('invalid-input', `${f.path} 的最后一行没有换行符`);
    if (ends.length !== f.records) throw new Rejection('invalid-input', `${f.path} 有 ${ends.length} 条记录，清单中写的是 ${f.records} 条`);
    const schema = recordSchemaOf(table);
    const where = (i: number) => `${f.path} 第 ${i + 1} 行`; // built only for a refusal
    for (let i = 0, start = 0; i < ends.length; start = ends[i]! + 1, i++) {
      const end = ends[i]!;
      if (end - start > limits.maxRecordBytes) throw new Rejection('invalid-input', `${where(i)}的记录超过上限 ${limits.maxRecordBytes} 字节`);
      let value: unknown;
      try {
        // Decoded line by line: twice as fast as decoding the whole file and splitting it.
        value = JSON.parse(data.toString('utf8', start, end));
      } catch {
        throw new Rejection('invalid-input', `${where(i)}不是有效的 JSON`);
      }
      // validate() answers without building a copy of the record; a refused one is parsed for its issue.
      if (!schema.validate(value)) {
        const parsed = schema.safeParse(value);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new Rejection('invalid-input', `${where(i)}不符合「${entity}」的格式（${issue.path.join('.') || '记录'}：${issue.message}）`);
        }
      }
      const r = value as { id: string; office_id?: string; version: number; updated_at: string; deleted_at: string | null };
      const owner = entity === 'offices' ? r.id : r.office_id;
      if (owner !== office.office_id) throw new Rejection('invalid-input', `${where(i)}属于别的街道（office_id 不符）`);
      records.push({ entity, id: r.id, version: r.version, updated_at: r.updated_at, deleted_at: r.deleted_at, body: data.subarray(start, end) });
    }
  }
  return records;
}
