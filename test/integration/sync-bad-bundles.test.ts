import { testPorts } from './helpers/test-ports';
import { openLedgerApp, type LedgerApp } from '#core/app/ledger-app';
import type { CityService } from '#core/city/city.service';
import { ageDecrypt, ageEncrypt, newAgeIdentity } from '#core/sync/age-crypto';
import { cityIdentities } from '#core/city/city-keys';
import type { Session } from '#core/call-context';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intake, seedRegistry } from './helpers/dispute-fixtures';
import { cityState, exportBundle, forge, syncWorld, type Exported, type SyncWorld } from './helpers/sync-fixtures';
import { ADMIN_PASSWORD, ok, tempDir } from './helpers/temp-ledger';

let w: SyncWorld;
let city: CityService;
let b1: Exported;
let b2: Exported;
const others: { app: LedgerApp; cleanup(): void }[] = [];

/** Another office with its own ledger and key, exporting to the same city keys. */
async function otherOffice(code: string): Promise<{ app: LedgerApp; admin: Session; dir: string }> {
  const t = tempDir();
  const app = await openLedgerApp(t.dir, testPorts(), () => {});
  others.push({ app, cleanup: t.cleanup });
  const admin: Session = { principal: null };
  await ok(app, admin, 'auth:bootstrap', { officeName: '浮山街道', divisionCode: code, username: 'admin', displayName: '管理员', password: ADMIN_PASSWORD });
  await ok(app, admin, 'registry:create-community', { name: '浮山社区' });
  await ok(app, admin, 'sync:set-city-keys', { file: join(w.cityDir, 'city-public.json') });
  return { app, admin, dir: t.dir };
}

beforeAll(async () => {
  w = await syncWorld();
  const reg = await seedRegistry(w.office.app, w.office.admin);
  await ok(w.office.app, w.office.admin, 'disputes:create', intake(reg.estateId));
  b1 = await exportBundle(w);
  city = await w.city();
  expect((await city.importFiles([b1.file]))[0]?.status).toBe('imported');
  await ok(w.office.app, w.office.admin, 'registry:create-community', { name: '月亮湾社区' });
  b2 = await exportBundle(w);
});
afterAll(async () => {
  for (const o of others) {
    await o.app.close();
    o.cleanup();
  }
  await w.close();
});

/** Imports `file` and proves it was rejected for `reason` with the city's records and status unchanged. */
async function rejected(file: string, reason: RegExp, code?: string, c: CityService = city) {
  const before = cityState(c);
  const [outcome, ...rest] = await c.importFiles([file]);
  expect(rest).toEqual([]);
  expect(outcome?.status, JSON.stringify(outcome)).toBe('rejected');
  if (outcome?.status !== 'rejected') return;
  expect(outcome.reason).toMatch(reason);
  if (code) expect(outcome.code).toBe(code);
  expect(cityState(c)).toBe(before);
}

const copy = (name: string, bytes: Uint8Array) => {
  const f = join(w.usb, name);
  writeFileSync(f, bytes);
  return f;
};

describe('the city refuses every bad bundle and stays as it was', () => {
  it('a truncated file, cut anywhere', async () => {
    const bytes = readFileSync(b2.file);
    for (const n of [0, 10, 60, 200, Math.floor(bytes.length / 2), bytes.length - 17, bytes.length - 1]) {
      await rejected(copy(`cut-${n}.ledger.age`, bytes.subarray(0, n)), /无法解密/, 'crypto');
    }
  });

  it('a file encrypted to another key', async () => {
    const archive = await ageDecrypt(readFileSync(b2.file), cityIdentities(w.cityDir));
    const stranger = await newAgeIdentity();
    await rejected(copy('other-key.ledger.age', await ageEncrypt(archive, [stranger.recipient])), /不是加密给本市密钥/, 'crypto');
  });

  it('one byte flipped anywhere (header, body, last byte)', async () => {
    const bytes = readFileSync(b2.file);
    const step = Math.max(1, Math.floor(bytes.length / 150));
    const positions = new Set([0, 1, 20, 50, 100, bytes.length - 1]);
    for (let p = 0; p < bytes.length; p += step) positions.add(p);
    for (const p of positions) {
      const bad = Buffer.from(bytes);
      bad[p] = bad[p]! ^ 0x01;
      await rejected(copy(`flip-${p}.ledger.age`, bad), /无法解密/, 'crypto');
    }
  });

  it('a valid bundle from an office that was never registered', async () => {
    const stranger = await otherOffice('421202003');
    const dir = tempDir('ledger-usb-');
    others.push({ app: { close: async () => {} } as LedgerApp, cleanup: dir.cleanup });
    const exported = await ok(stranger.app, stranger.admin, 'sync:export-bundle', { directory: dir.dir });
    await rejected(exported.file, /421202003.*尚未在市级登记/, 'not-found');
  });

  it('a bundle signed by one office but claiming another office’s code', async () => {
    const other = await otherOffice('421202002');
    const reg = join(w.usb, 'reg-b.json');
    await ok(other.app, other.admin, 'sync:write-registration', { file: reg });
    const officeB = (await ok(other.app, other.admin, 'sync:office-identity', {})).officeId;
    await city.register(reg);
    const forged = await forge(w, b1.file, (p) => {
      p.manifest.office = { ...p.manifest.office, code: '421202002', id: officeB };
    }, { rehash: true });
    await rejected(forged, /签名与街道 421202002.*登记的公钥不符/, 'crypto');
  });

  it('the same seq with different content: kept aside as a conflict and reported', async () => {
    const forged = await forge(w, b1.file, (p) => {
      p.data.set('communities', p.data.get('communities')!.replace('温泉社区', '温泉新社区'));
    }, { rehash: true, name: 'conflict-1.ledger.age' });
    await rejected(forged, /冲突：第 1 号同步包已导入，但内容不同.*已另存为/, 'conflict');
    const office = city.status().offices.find((o) => o.code === '421202001')!;
    expect(office.conflicts).toEqual([expect.objectContaining({ seq: 1, file: 'conflict-1.ledger.age' })]);
    expect(existsSync(office.conflicts[0]!.storedAs)).toBe(true);
  });

  it('a manifest whose hashes do not match its files', async () => {
    const forged = await forge(w, b2.file, (p) => {
      p.data.set('communities', p.data.get('communities')!.replace('月亮湾社区', '月亮湾新区'));
    }, { rehash: false });
    await rejected(forged, /communities\.ndjson 的内容与清单中的校验值不符/, 'invalid-input');
    const sums = await forge(w, b2.file, (p) => {
      p.manifest.sha256sums = '0'.repeat(64);
    }, { rehash: false });
    await rejected(sums, /SHA256SUMS 与清单/, 'invalid-input');
  });

  it('an archive entry outside data/ or with ..', async () => {
    for (const path of ['data/../evil.ndjson', '../evil', '/etc/evil', 'other/x.ndjson', 'data/sub/x.ndjson', 'data/x.txt']) {
      const forged = await forge(w, b2.file, (p) => p.extra.push({ path, data: Buffer.from('{}\n') }), { rehash: true });
      await rejected(forged, /不允许的文件名/, 'invalid-input');
    }
  });

  it('an archive, an entry or a record larger than the set limits', async () => {
    const size = readFileSync(b2.file).length;
    await rejected(b2.file, /超过上限/, 'invalid-input', await w.city({ limits: { maxFileBytes: size - 1 } }));
    await rejected(b2.file, /超过上限/, 'invalid-input', await w.city({ limits: { maxEntryBytes: 300 } }));
    await rejected(b2.file, /communities\.ndjson 第 1 行的记录超过上限 100 字节/, 'invalid-input', await w.city({ limits: { maxRecordBytes: 100 } }));
  });

  it('a newer major format version is from-future', async () => {
    const forged = await forge(w, b2.file, (p) => {
      p.manifest.formatVersion = '2.0';
    }, { rehash: true });
    await rejected(forged, /格式版本 2\.0 比本程序认识的 1\.x 新/, 'from-future');
  });

  it('a record that fails its schema, or belongs to another office', async () => {
    const badEnum = await forge(w, b2.file, (p) => {
      p.data.set('communities', p.data.get('communities')!.replace('"version":1', '"version":"一"'));
    }, { rehash: true });
    await rejected(badEnum, /communities\.ndjson 第 1 行不符合「communities」的格式（version/, 'invalid-input');
    const notJson = await forge(w, b2.file, (p) => p.data.set('staff', '{oops\n'), { rehash: true });
    await rejected(notJson, /staff\.ndjson 第 1 行不是有效的 JSON/, 'invalid-input');
    const foreign = await forge(w, b2.file, (p) => {
      const row = JSON.parse(p.data.get('communities')!) as Record<string, unknown>;
      p.data.set('communities', JSON.stringify({ ...row, office_id: '00000000-0000-7000-8000-000000000000' }) + '\n');
    }, { rehash: true });
    await rejected(foreign, /属于别的街道/, 'invalid-input');
    // The city stores each line's bytes as they came: they must be UTF-8 (here a stray 0xFF inside a string).
    const notUtf8 = await forge(w, b2.file, (p) => {
      p.bytes.set('communities', Buffer.concat([Buffer.from(p.data.get('communities')!.slice(0, 40)), Buffer.from([0xff]), Buffer.from(p.data.get('communities')!.slice(40))]));
    }, { rehash: true });
    await rejected(notUtf8, /communities\.ndjson 不是有效的 UTF-8 文本/, 'invalid-input');
  });

  it('after all that, the genuine next bundle still imports', async () => {
    const [outcome] = await city.importFiles([b2.file]);
    expect(outcome).toMatchObject({ status: 'imported', seq: 2, records: 1 });
  });
});
