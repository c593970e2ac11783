import type { CityService } from '#core/city/city.service';
import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cityFor, fixedLedger, headSeq, type FixedLedger } from './helpers/audit-fixtures';
import { forge, openBundle, type SyncWorld } from './helpers/sync-fixtures';
import { ok } from './helpers/temp-ledger';

// The city is the witness the office cannot rewrite: each bundle's signed
// manifest names the change-log range it covers and the head it reached, so a
// bundle whose head went back from the previous bundle's, or that no longer
// starts from that head, is refused (kept aside as a conflict).

type Manifest = { formatVersion: string; changes: { fromSeq: number; toSeq: number; chainHead: string; prevChainHead?: string } };

let t: FixedLedger;
let world: Awaited<ReturnType<typeof cityFor>>;
let city: CityService;
const exportBundle = () => ok(t.app, t.admin, 'sync:export-bundle', { directory: world.usb });
const addCommunities = async (...names: string[]) => {
  for (const name of names) await ok(t.app, t.admin, 'registry:create-community', { name });
};
const manifestOf = async (file: string) => JSON.parse((await openBundle(asSyncWorld(), file)).get('manifest.json')!.toString('utf8')) as Manifest;
const asSyncWorld = (): SyncWorld => ({ office: t, cityDir: world.dir, usb: world.usb, city: () => world.open(), close: async () => {} });
const sql = (text: string, ...params: unknown[]) => t.app.ledger.raw.prepare(text).run(...params);

beforeEach(async () => {
  t = await fixedLedger();
  world = await cityFor(t);
  await addCommunities('东城社区', '西城社区');
  city = await world.open();
});
afterEach(async () => {
  await city.close();
  await t.close();
  world.cleanup();
});

describe('the city and the office chain head', () => {
  it('each manifest names its range, its head and the head it starts from (format 1.1)', async () => {
    const b1 = await exportBundle();
    await addCommunities('南城社区');
    const b2 = await exportBundle();
    const [m1, m2] = [await manifestOf(b1.file), await manifestOf(b2.file)];
    expect(m1).toMatchObject({ formatVersion: '1.1', changes: { fromSeq: 1, prevChainHead: '0'.repeat(64) } });
    expect(m2.changes).toMatchObject({ fromSeq: m1.changes.toSeq + 1, prevChainHead: m1.changes.chainHead });
    expect(await city.importFiles([b1.file, b2.file])).toEqual([
      expect.objectContaining({ status: 'imported', seq: 1 }),
      expect.objectContaining({ status: 'imported', seq: 2 }),
    ]);
  });

  it('refuses a bundle whose head went back from the previous bundle’s', async () => {
    const b1 = await exportBundle();
    const m1 = await manifestOf(b1.file);
    await addCommunities('南城社区');
    const b2 = await exportBundle();
    // Signed with the office's real key: only the head is wrong.
    const back = await forge(asSyncWorld(), b2.file, (p) => {
      (p.manifest.changes as Manifest['changes']).toSeq = m1.changes.toSeq - 2;
    }, { rehash: true });
    await city.importFiles([b1.file]);
    const [outcome] = await city.importFiles([back]);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'conflict', seq: 2 });
    expect(outcome!.status === 'rejected' && outcome!.reason).toMatch(/删除/);
    expect(outcome!.status === 'rejected' && outcome!.reason).toContain(`第 ${m1.changes.toSeq} 条`);
    expect(city.status().offices[0]).toMatchObject({ lastSeq: 1, conflicts: [expect.objectContaining({ seq: 2 })] });
  });

  it('refuses the next bundle of an office whose log was cut below the last export (bundle list and anchor doctored too)', async () => {
    const b1 = await exportBundle();
    await city.importFiles([b1.file]);
    const cut = (await manifestOf(b1.file)).changes.toSeq - 1;
    // Everything the office could check is made to agree with the cut log.
    sql('DELETE FROM changes WHERE seq > ?', cut);
    sql('UPDATE bundles SET to_change_seq = ?', cut);
    unlinkSync(join(t.dir, 'chain-head.json'));
    await addCommunities('南城社区', '北城社区');
    const b2 = await exportBundle();
    const [outcome] = await city.importFiles([b2.file]);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'conflict', seq: 2 });
    expect(outcome!.status === 'rejected' && outcome!.reason).toMatch(/变更记录/);
    expect(city.status().offices[0]!.lastSeq).toBe(1);
  });

  it('refuses the next bundle of an office whose log was cut and written again past the last export', async () => {
    const b1 = await exportBundle();
    await city.importFiles([b1.file]);
    const exported = (await manifestOf(b1.file)).changes.toSeq;
    sql('DELETE FROM changes WHERE seq > ?', exported - 2);
    unlinkSync(join(t.dir, 'chain-head.json'));
    await addCommunities('南城社区', '北城社区', '中城社区', '新城社区');
    expect(headSeq(t.app.ledger.raw)).toBeGreaterThan(exported + 1);
    const b2 = await exportBundle(); // starts after `exported`, as the bundle list says: only the head hash differs
    expect((await manifestOf(b2.file)).changes.fromSeq).toBe(exported + 1);
    const [outcome] = await city.importFiles([b2.file]);
    expect(outcome).toMatchObject({ status: 'rejected', code: 'conflict', seq: 2 });
    expect(outcome!.status === 'rejected' && outcome!.reason).toMatch(/重新写过/);
    expect(existsSync(join(world.dir, 'conflicts'))).toBe(true);
  });

  it('a held bundle is checked against the head when its gap is filled', async () => {
    const b1 = await exportBundle();
    const m1 = await manifestOf(b1.file);
    await addCommunities('南城社区');
    const b2 = await exportBundle();
    const back = await forge(asSyncWorld(), b2.file, (p) => {
      (p.manifest.changes as Manifest['changes']).prevChainHead = 'f'.repeat(64);
    }, { rehash: true });
    expect(await city.importFiles([back])).toEqual([expect.objectContaining({ status: 'held', seq: 2 })]);
    const outcomes = await city.importFiles([b1.file]);
    expect(outcomes).toEqual([expect.objectContaining({ status: 'imported', seq: 1 }), expect.objectContaining({ status: 'rejected', code: 'conflict', seq: 2 })]);
    expect(m1.changes.chainHead).not.toBe('f'.repeat(64));
  });
});
