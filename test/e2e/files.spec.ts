import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { setUpLedger } from './pages/flows';
import { ledgerCli } from './pages/ledger-cli';
import { SyncPage } from './pages/sync.page';

// Over the loopback host a folder is chosen in the folder chooser instead of typed: the
// city keys picked as a .json file, the bundle exported into a folder on the "stick".
test('文件夹选择: city keys and the export folder chosen in the folder chooser, the bundle lands there', async ({ ledger }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the Electron window uses the native dialogs, which a test cannot drive');
  test.setTimeout(120_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `files-${name}`);
  const cityDir = await mkdtemp(join(tmpdir(), 'ledger-e2e-city-'));
  const stick = await mkdtemp(join(tmpdir(), 'ledger-e2e-stick-'));
  try {
    await mkdir(join(stick, 'U盘备份'));
    await mkdir(join(stick, '.hidden'));
    const shell = await setUpLedger(page);
    const sync = new SyncPage(page);
    await shell.go('同步');
    const init = await ledgerCli(['city', '--data-dir', cityDir, 'init']);
    expect(init.code, init.stderr).toBe(0);

    await test.step('市级公钥: 浏览… lists the folder’s .json files, one click picks city-public.json', async () => {
      const field = sync.cityKeys.getByLabel('市级公钥文件（city-public.json）', { exact: true });
      await field.fill(cityDir);
      await sync.cityKeys.getByRole('button', { name: '浏览…' }).click();
      const chooser = page.getByRole('dialog', { name: '选择文件' });
      await expect(chooser.getByRole('button', { name: 'city-public.json' })).toBeVisible();
      // The key files beside it are not .json and are not offered.
      await expect(chooser.getByRole('button', { name: /city\.key/ })).toHaveCount(0);
      await chooser.getByRole('button', { name: 'city-public.json' }).click();
      await expect(chooser).toBeHidden();
      await expect(field).toHaveValue(join(cityDir, 'city-public.json'));
      await sync.cityKeys.getByRole('button', { name: '导入市级公钥' }).click();
      await expect(sync.cityKeys.getByRole('status')).toContainText('已导入市级公钥');
    });

    await test.step('a folder the host does not accept, typed by hand: the chooser says why and offers the places', async () => {
      const field = sync.exporter.getByLabel('保存到', { exact: true });
      await field.fill('/etc');
      await sync.exporter.getByRole('button', { name: '浏览…' }).click();
      const chooser = page.getByRole('dialog', { name: '选择文件夹' });
      await expect(chooser.getByRole('alert')).toContainText('不在允许的位置');
      await expect(chooser.getByRole('navigation', { name: '位置' }).getByRole('button', { name: '个人文件夹' })).toBeVisible();
      await expect(chooser.getByRole('button', { name: '选择此文件夹' })).toBeDisabled();
      await shot('01-refused');
      await chooser.getByRole('button', { name: '取消' }).click();
      await expect(chooser).toBeHidden();
    });

    await test.step('导出: the stick’s subfolder chosen in the chooser; the bundle is written there, owner-only', async () => {
      const field = sync.exporter.getByLabel('保存到', { exact: true });
      await field.fill(stick);
      await sync.exporter.getByRole('button', { name: '浏览…' }).click();
      const chooser = page.getByRole('dialog', { name: '选择文件夹' });
      await expect(chooser.getByText(stick, { exact: true })).toBeVisible();
      await expect(chooser.getByRole('button', { name: '.hidden' })).toHaveCount(0);
      await chooser.getByRole('button', { name: 'U盘备份' }).click();
      await expect(chooser.getByText(join(stick, 'U盘备份'), { exact: true })).toBeVisible();
      await expect(chooser.getByRole('button', { name: '↑ 上一级' })).toBeVisible();
      await shot('02-chooser');
      await chooser.getByRole('button', { name: '选择此文件夹' }).click();
      await expect(chooser).toBeHidden();
      await expect(field).toHaveValue(join(stick, 'U盘备份'));
      await sync.exportButton.click();
      const result = sync.result(1);
      await expect(result).toBeVisible();
      const file = await sync.writtenPath(result).inputValue();
      expect(dirname(file)).toBe(join(stick, 'U盘备份'));
      expect(await readdir(join(stick, 'U盘备份'))).toEqual([file.slice(dirname(file).length + 1)]);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      await result.evaluate((e) => e.scrollIntoView({ block: 'end' }));
      await shot('03-exported');
    });
  } finally {
    await rm(cityDir, { recursive: true, force: true });
    await rm(stick, { recursive: true, force: true });
  }
});
