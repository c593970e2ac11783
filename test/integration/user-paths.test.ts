import { hostPathPolicy, trustedPathPolicy, userDirectory } from '#core/files/user-paths';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportBundle, syncWorld, type SyncWorld } from './helpers/sync-fixtures';
import { bootstrappedLedger, tempDir, type TestLedger } from './helpers/temp-ledger';
import { testPorts } from './helpers/test-ports';

// The loopback host's policy, with a temp folder standing in for the user's home.
const home = tempDir('ledger-home-');
const outside = tempDir('ledger-outside-');
let host: TestLedger;
let w: SyncWorld;
beforeAll(async () => {
  mkdirSync(join(home.dir, 'U盘'));
  host = await bootstrappedLedger(testPorts(), { paths: hostPathPolicy({ platform: 'linux', home: home.dir, user: 'nobody-here' }) });
  w = await syncWorld();
});
afterAll(async () => {
  await host.close();
  await w.close();
  home.cleanup();
  outside.cleanup();
});

async function refusal(t: TestLedger, channel: 'sync:export-bundle' | 'sync:write-registration' | 'sync:set-city-keys' | 'sync:import-receipt', input: object) {
  const r = await t.app.dispatch(channel, input, t.admin);
  expect(r.ok).toBe(false);
  return r.ok ? null : r.error;
}

describe('over the host, paths only under home and removable media', () => {
  it('refuses to export into /etc or a temp folder outside home, and names where is allowed', async () => {
    for (const directory of ['/etc', outside.dir]) {
      const e = await refusal(host, 'sync:write-registration', { file: join(directory, 'registration.json') });
      expect(e?.message).toMatch(/不在允许的位置.*个人文件夹或U盘/);
      expect(existsSync(join(outside.dir, 'registration.json'))).toBe(false);
    }
  });

  it('refuses a symlink under home that points outside it', async () => {
    execFileSync('ln', ['-s', outside.dir, join(home.dir, 'link')]);
    const e = await refusal(host, 'sync:write-registration', { file: join(home.dir, 'link', 'registration.json') });
    expect(e?.message).toMatch(/不在允许的位置/);
    expect(existsSync(join(outside.dir, 'registration.json'))).toBe(false);
  });

  it('writes under home', async () => {
    const r = await host.app.dispatch('sync:write-registration', { file: join(home.dir, 'U盘', 'registration.json') }, host.admin);
    expect(r.ok).toBe(true);
  });
});

describe('every transport', () => {
  it('refuses a Windows-style path on POSIX instead of writing it into the working directory', async () => {
    const e = await refusal(w.office, 'sync:write-registration', { file: '\\\\evil\\share\\x' });
    expect(e?.message).toMatch(/Windows 的路径写法/);
    expect(existsSync(join(process.cwd(), '\\\\evil\\share\\x'))).toBe(false);
    const e2 = await refusal(w.office, 'sync:export-bundle', { directory: 'E:\\' });
    expect(e2?.message).toMatch(/Windows 的路径写法/);
  });

  it('refuses a POSIX path on Windows', () => {
    expect(() => userDirectory(trustedPathPolicy('win32'), '/etc')).toThrow(/不是本机磁盘上的路径/);
    expect(() => userDirectory(trustedPathPolicy('win32'), '\\\\server\\share')).toThrow(/不是本机磁盘上的路径/);
  });

  it('never overwrites a file it did not create', async () => {
    const victim = join(w.usb, 'notes.txt');
    writeFileSync(victim, '别人的文件');
    const e = await refusal(w.office, 'sync:write-registration', { file: victim });
    expect(e?.code).toBe('conflict');
    expect(e?.message).toMatch(/已经存在，不会覆盖/);
    expect(readFileSync(victim, 'utf8')).toBe('别人的文件');
  });

  it('refuses /dev/zero, a folder and a FIFO without reading them (a FIFO does not hang)', async () => {
    const fifo = join(w.usb, 'city-public.fifo');
    execFileSync('mkfifo', [fifo]);
    for (const file of ['/dev/zero', w.usb, fifo]) {
      const e = await refusal(w.office, 'sync:set-city-keys', { file });
      expect(e?.message).toMatch(/不是普通文件/);
    }
    const e = await refusal(w.office, 'sync:import-receipt', { file: fifo });
    expect(e?.message).toMatch(/不是普通文件/);
  });

  it('refuses a city key file over its size limit before reading it', async () => {
    const big = join(w.usb, 'big.json');
    writeFileSync(big, Buffer.alloc((1 << 20) + 1, 0x20));
    const e = await refusal(w.office, 'sync:set-city-keys', { file: big });
    expect(e?.message).toMatch(/太大/);
  });
});

describe('city import', () => {
  it('reports a folder, a FIFO and /dev/zero among its files and goes on with the rest', async () => {
    const { file } = await exportBundle(w);
    const fifo = join(w.usb, 'bundle.fifo');
    execFileSync('mkfifo', [fifo]);
    const city = await w.city();
    const out = await city.importFiles([w.usb, fifo, '/dev/zero', file]);
    expect(out.map((o) => o.status)).toEqual(['rejected', 'rejected', 'rejected', 'imported']);
    expect(out[0]).toMatchObject({ file: w.usb, reason: expect.stringMatching(/不是普通文件/) });
  });
});
