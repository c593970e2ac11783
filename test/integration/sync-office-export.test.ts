import { TEST_NOW } from './helpers/test-ports';
import { quarterOf } from '#core/sync/bundle-format';
import type { Session } from '#core/call-context';
import { chmodSync, existsSync, mkdirSync, readdirSync, symlinkSync, writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { bootstrappedLedger, changeCount, ok, tempDir, type TestLedger } from './helpers/temp-ledger';

let w: SyncWorld;
let bare: TestLedger;
beforeAll(async () => {
  w = await syncWorld();
  await ok(w.office.app, w.office.admin, 'registry:create-community', { name: '温泉社区' });
  bare = await bootstrappedLedger();
});
afterAll(async () => {
  await w.close();
  await bare.close();
});

const expectedName = () => `421202001-${quarterOf(new Date(TEST_NOW))}-1.ledger.age`;

/** Exports into `directory` expecting one-line `code` failure, the ledger unchanged and no file with the final name. */
async function refused(t: TestLedger, directory: string, code: string, message: RegExp) {
  const before = changeCount(t.app);
  const result = await t.app.dispatch('sync:export-bundle', { directory }, t.admin);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe(code);
  expect(result.error.message).toMatch(message);
  expect(result.error.message).not.toContain('\n');
  expect(changeCount(t.app)).toBe(before);
  expect(await ok(t.app, t.admin, 'sync:list-bundles', {})).toEqual([]);
  expect(existsSync(join(directory, expectedName()))).toBe(false);
  expect(existsSync(join(t.dir, 'bundles', expectedName()))).toBe(false);
}

describe('exporting at the office: failures leave the ledger unchanged and no final file', () => {
  it('without city keys', async () => {
    const dir = tempDir('ledger-usb-');
    await refused(bare, dir.dir, 'conflict', /还没有导入市级公钥文件/);
    expect(readdirSync(dir.dir)).toEqual([]);
    dir.cleanup();
  });

  it('to a missing folder', async () => {
    await refused(w.office, join(w.usb, 'no-such-stick'), 'target-unwritable', /找不到文件夹/);
  });

  it('to a read-only folder', async () => {
    // root ignores permission bits, so as root use a folder the kernel itself refuses files in.
    const isRoot = process.getuid?.() === 0;
    const dir = isRoot ? '/sys/kernel' : join(w.usb, 'readonly');
    if (!isRoot) {
      mkdirSync(dir);
      chmodSync(dir, 0o555);
    }
    await refused(w.office, dir, 'target-unwritable', /不能写入（只读或没有权限）/);
  });

  it('to a full disk', async () => {
    const dir = join(w.usb, 'full');
    mkdirSync(dir);
    // The partial file is a link to /dev/full: every write fails with ENOSPC, as on a full stick.
    symlinkSync('/dev/full', join(dir, `${expectedName()}.partial`));
    await refused(w.office, dir, 'target-unwritable', /磁盘空间不足/);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('only a director or administrator may export or rewrite', async () => {
    const mediator: Session = { principal: { actor: 'tiaojie1', role: 'mediator', operatorId: null } };
    for (const [channel, input] of [['sync:export-bundle', { directory: w.usb }], ['sync:rewrite-bundle', { seq: 1, directory: w.usb }], ['sync:set-city-keys', { file: '/tmp/x.json' }]] as const) {
      expect(await w.office.app.dispatch(channel, input, mediator)).toMatchObject({ ok: false, error: { code: 'forbidden' } });
    }
    const director: Session = { principal: { actor: 'zhuren', role: 'director', operatorId: null } };
    expect((await w.office.app.dispatch('sync:list-bundles', {}, director)).ok).toBe(true);
  });

  it('refuses bad input on the sync channels with invalid-input naming the field, and writes nothing', async () => {
    const cases: [string, Record<string, unknown>, string][] = [
      ['sync:export-bundle', {}, 'directory'],
      ['sync:export-bundle', { directory: 'relative/dir' }, 'directory'],
      ['sync:export-bundle', { directory: w.usb, privacy: 'everything' }, 'privacy'],
      ['sync:export-bundle', { directory: w.usb, privacy: 'full', reason: '要' }, 'reason'],
      ['sync:rewrite-bundle', { seq: 1.5, directory: w.usb }, 'seq'],
      ['sync:set-city-keys', { file: 42 }, 'file'],
      ['sync:import-receipt', { file: '' }, 'file'],
      ['sync:write-registration', { file: 'x'.repeat(2000) }, 'file'],
    ];
    for (const [channel, input, field] of cases) {
      const before = changeCount(w.office.app);
      const result = await w.office.app.dispatch(channel, input, w.office.admin);
      expect(result, `${channel} ${JSON.stringify(input).slice(0, 60)}`).toMatchObject({ ok: false, error: { code: 'invalid-input', issues: expect.arrayContaining([expect.objectContaining({ path: [field] })]) } });
      expect(changeCount(w.office.app)).toBe(before);
    }
    const junk = await w.office.app.dispatch('sync:export-bundle', { directory: w.usb, isAdmin: true }, w.office.admin);
    expect(junk).toMatchObject({ ok: false, error: { code: 'invalid-input' } });
  });

  it('refuses a city key file that was altered', async () => {
    const keys = JSON.parse(readFileSync(join(w.cityDir, 'city-public.json'), 'utf8')) as { recipients: { recipient: string }[] };
    keys.recipients[0]!.recipient = keys.recipients[1]!.recipient;
    const file = join(w.usb, 'city-public-altered.json');
    writeFileSync(file, JSON.stringify(keys));
    const result = await w.office.app.dispatch('sync:set-city-keys', { file }, w.office.admin);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', message: expect.stringMatching(/指纹与公钥不符/) } });
  });

  it('reports progress to a listener and to the progress channel, then succeeds', async () => {
    const seen: string[] = [];
    const result = await w.office.app.services.sync.bundleExport.exportBundle({ directory: w.usb, privacy: 'pseudonymous' }, 'admin', (p) => seen.push(`${p.phase}:${p.percent}`));
    expect(result.seq).toBe(1);
    expect(seen[0]).toBe('reading:0');
    expect(seen.at(-1)).toBe('done:100');
    expect(seen.map((s) => s.split(':')[0])).toEqual(expect.arrayContaining(['reading', 'packing', 'encrypting', 'writing', 'done']));
    const percents = seen.map((s) => Number(s.split(':')[1]));
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(await ok(w.office.app, w.office.admin, 'sync:export-progress', {})).toEqual({ running: false, phase: 'done', done: 1, total: 1, percent: 100 });
    expect(existsSync(join(w.usb, expectedName()))).toBe(true);
    expect(readdirSync(w.usb).filter((f) => f.endsWith('.partial'))).toEqual([]);
    expect((await exportBundle(w)).seq).toBe(2);
  });
});
