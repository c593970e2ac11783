import { createFileHandleRegistry } from '#core/files/file-handles';
import { hostPathPolicy, trustedPathPolicy, type UserPathPolicy } from '#core/files/user-paths';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bootstrappedLedger, changeCount, ok, tempDir, type TestLedger } from './helpers/temp-ledger';
import { TEST_NOW, testPorts } from './helpers/test-ports';

// The Electron window's policy: handles from native dialogs only (the dialog itself is
// Electron's; here the test issues the handle the main process would after a pick).
const handles = createFileHandleRegistry({ now: () => Date.parse(TEST_NOW) });
const electronPolicy: UserPathPolicy = { ...trustedPathPolicy(), handles, typedPaths: false };
const usb = tempDir('ledger-usb-');
let win: TestLedger;
beforeAll(async () => {
  win = await bootstrappedLedger(testPorts(), { paths: electronPolicy });
});
afterAll(async () => {
  await win.close();
  usb.cleanup();
});

describe('the Electron window names files only by handle', () => {
  it('writes the registration through a save-dialog handle, and shows the picked name, not the handle', async () => {
    const target = join(usb.dir, 'reg.json');
    const h = handles.issue('write-file', target, 'reg.json');
    const r = await ok(win.app, win.admin, 'sync:write-registration', { file: h });
    expect(r.file).toBe(target);
    expect(statSync(target).mode & 0o777).toBe(0o600);
    const again = await win.app.dispatch('sync:write-registration', { file: h }, win.admin);
    expect(again.ok ? null : again.error.message).toMatch(/^「reg\.json」已经存在，不会覆盖/);
  });

  it('refuses a typed path, writing nothing', async () => {
    const before = changeCount(win.app);
    const r = await win.app.dispatch('sync:write-registration', { file: join(usb.dir, 'typed.json') }, win.admin);
    expect(r.ok ? null : r.error).toMatchObject({ code: 'invalid-input', issues: [{ path: ['file'] }] });
    expect(r.ok ? '' : r.error.message).toMatch(/请用「选择…」按钮/);
    expect(existsSync(join(usb.dir, 'typed.json'))).toBe(false);
    expect(changeCount(win.app)).toBe(before);
  });

  it('refuses a folder handle where a file to read is asked, and an unknown handle', async () => {
    const dirHandle = handles.issue('write-dir', usb.dir, 'usb');
    const wrong = await win.app.dispatch('sync:set-city-keys', { file: dirHandle }, win.admin);
    expect(wrong.ok ? '' : wrong.error.message).toMatch(/所选的不是要读取的文件/);
    const unknown = await win.app.dispatch('sync:write-registration', { file: `fh_${'x'.repeat(22)}` }, win.admin);
    expect(unknown.ok ? '' : unknown.error.message).toMatch(/已过期/);
  });

  it('reads through a file handle with the same checks as a typed path (a FIFO is refused, not read)', async () => {
    const fifo = join(usb.dir, 'keys.fifo');
    execFileSync('mkfifo', [fifo]);
    const r = await win.app.dispatch('sync:set-city-keys', { file: handles.issue('read-file', fifo, 'keys.fifo') }, win.admin);
    expect(r.ok ? '' : r.error.message).toMatch(/^「keys\.fifo」不是普通文件/);
  });

  it('refuses to list folders to the renderer', async () => {
    const r = await win.app.dispatch('files:list-directory', { path: usb.dir }, win.admin);
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });
});

describe('the host folder chooser', () => {
  const home = tempDir('ledger-home-');
  const outside = tempDir('ledger-outside-');
  let host: TestLedger;
  beforeAll(async () => {
    for (const d of ['Desktop', '下载', 'U盘/备份', '.hidden']) mkdirSync(join(home.dir, d), { recursive: true });
    writeFileSync(join(home.dir, 'city-public.json'), '{}');
    writeFileSync(join(home.dir, '身份证.jpg'), 'x');
    execFileSync('ln', ['-s', outside.dir, join(home.dir, 'out-link')]);
    execFileSync('ln', ['-s', join(home.dir, 'U盘'), join(home.dir, 'in-link')]);
    execFileSync('mkfifo', [join(home.dir, 'pipe.json')]);
    host = await bootstrappedLedger(testPorts(), { paths: hostPathPolicy({ platform: 'linux', home: home.dir, user: 'nobody-here' }) });
  });
  afterAll(async () => {
    await host.close();
    home.cleanup();
    outside.cleanup();
  });

  it('starts at the places the host can see: home, Desktop and Downloads (by its Chinese folder name)', async () => {
    const r = await ok(host.app, host.admin, 'files:list-directory', {});
    // Removable drives are this machine's own (/mnt/*), so only the user's folders are compared.
    expect(r.places.filter((p) => p.kind !== 'removable').map((p) => [p.kind, p.label])).toEqual([
      ['home', '个人文件夹'],
      ['desktop', '桌面'],
      ['downloads', '下载'],
    ]);
    expect(r.places[2]!.path).toBe(join(home.dir, '下载'));
  });

  it('lists only visible folders, a link only if it stays inside, and no file unless asked for .json', async () => {
    const folders = await ok(host.app, host.admin, 'files:list-directory', { path: home.dir });
    expect(folders.entries.map((e) => e.name)).toEqual(['下载', 'Desktop', 'in-link', 'U盘']);
    expect(folders.parent).toBeNull();
    const json = await ok(host.app, host.admin, 'files:list-directory', { path: home.dir, show: 'json' });
    expect(json.entries.filter((e) => e.kind === 'file').map((e) => e.name)).toEqual(['city-public.json']);
    const inner = await ok(host.app, host.admin, 'files:list-directory', { path: join(home.dir, 'U盘') });
    expect(inner.parent).toBe(home.dir);
  });

  it('refuses a folder outside the roots, a link out of them and a Windows path, as the path channels do', async () => {
    for (const [path, why] of [
      [outside.dir, /不在允许的位置/],
      [join(home.dir, 'out-link'), /不在允许的位置/],
      ['E:\\备份', /Windows 的路径写法/],
      ['/etc', /不在允许的位置/],
    ] as const) {
      const r = await host.app.dispatch('files:list-directory', { path }, host.admin);
      expect(r.ok ? '' : r.error.message).toMatch(why);
    }
    expect(readdirSync(outside.dir)).toEqual([]);
  });

  it('offers and accepts a drive mounted after the host started', async () => {
    const mounts = tempDir('ledger-mounts-');
    const late = join(mounts.dir, 'KINGSTON');
    const t2 = await bootstrappedLedger(testPorts(), { paths: hostPathPolicy({ platform: 'linux', home: home.dir, user: 'nobody-here', extraRoots: [late] }) });
    try {
      const before = await ok(t2.app, t2.admin, 'files:list-directory', {});
      expect(before.places.map((p) => p.path)).not.toContain(late);
      mkdirSync(late);
      const after = await ok(t2.app, t2.admin, 'files:list-directory', {});
      expect(after.places.map((p) => p.path)).toContain(late);
      const written = await ok(t2.app, t2.admin, 'sync:write-registration', { file: join(late, 'registration.json') });
      expect(written.file).toBe(join(late, 'registration.json'));
    } finally {
      await t2.close();
      mounts.cleanup();
    }
  });

  it('is for the people who choose folders: a mediator is refused', async () => {
    const r = await host.app.dispatch('files:list-directory', {}, { principal: { actor: 'tiaojie1', role: 'mediator', operatorId: null } });
    expect(r.ok ? null : r.error.code).toBe('forbidden');
  });
});
