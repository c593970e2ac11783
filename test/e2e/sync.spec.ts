import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join } from 'node:path';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { ADMIN, AuthPage } from './pages/auth.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { grouped, ledgerCli } from './pages/ledger-cli';
import { rpc, rpcEnvelope } from './pages/rpc';
import { SyncPage } from './pages/sync.page';

const CODE = ADMIN.divisionCode;
const NAMED = '实名：含自然人姓名，不含电话和身份证号';
const MEDIATOR = { username: 'zhangmin', displayName: '张敏', password: 'tiaojie-2026' };

type CityKeysJson = { recipients: { role: string; fingerprint: string }[]; signingKey: { fingerprint: string } };

// The whole quarter: the city's keys (made with the real CLI) imported by path, the
// registration file, an export with its progress bar, the city's import and receipt
// (CLI again), the receipt imported through the UI, a raised privacy level, a lost stick.
test('同步: city keys by path, registration, export with progress, the city’s receipt makes it 已确认', async ({ ledger }, testInfo) => {
  test.setTimeout(180_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `sync-${name}`);
  const cityDir = await mkdtemp(join(tmpdir(), 'ledger-e2e-city-'));
  const stick = await mkdtemp(join(tmpdir(), 'ledger-e2e-stick-'));
  const spare = await mkdtemp(join(tmpdir(), 'ledger-e2e-spare-'));
  try {
    const shell = await setUpLedger(page);
    await addSampleRegistry(shell);
    const sync = new SyncPage(page);
    const office = await rpc<{ fingerprint: string }>(page, 'sync:office-identity', {});

    await test.step('before the city keys: 导出 is disabled with the reason, and the core refuses in Chinese', async () => {
      await shell.go('同步');
      await expect(sync.identity).toContainText(CODE);
      await expect(sync.identity).toContainText(grouped(office.fingerprint));
      await expect(sync.cityKeys).toContainText('还没有导入市级公钥');
      await expect(sync.exportButton).toBeDisabled();
      await expect(sync.exporter).toContainText('请先在上方导入市级公钥文件');
      await expect(sync.bundles).toContainText('还没有导出过同步包');
      const refused = await rpcEnvelope(page, 'sync:export-bundle', { directory: stick });
      expect(refused.ok).toBe(false);
      expect(refused.error?.message).toContain('还没有导入市级公钥文件');
      await shot('01-no-city-keys');
    });

    await test.step('city-public.json, made by `ledger city init`, imported by path: its fingerprints are shown to read out', async () => {
      const init = await ledgerCli(['city', '--data-dir', cityDir, 'init']);
      expect(init.code, init.stderr).toBe(0);
      const keys = JSON.parse(init.stdout) as CityKeysJson;
      await sync.importCityKeys(join(cityDir, 'no-such-file.json'));
      await expect(sync.cityKeys.getByRole('alert')).toContainText('无法读取文件');
      await sync.importCityKeys(join(cityDir, 'city-public.json'));
      await expect(sync.cityKeys.getByRole('status')).toContainText('已导入市级公钥');
      for (const r of keys.recipients) await expect(sync.cityKeys).toContainText(grouped(r.fingerprint));
      await expect(sync.cityKeys).toContainText(grouped(keys.signingKey.fingerprint));
      await expect(sync.cityKeys).toContainText('电话');
      await expect(sync.exportButton).toBeEnabled();
      await shot('02-city-keys');
    });

    await test.step('生成登记文件 into the stick; the city registers it and shows the same fingerprint', async () => {
      const file = await sync.writeRegistration(stick);
      expect(file).toBe(join(stick, `${CODE}-registration.json`));
      const registered = await ledgerCli(['city', '--data-dir', cityDir, 'register', file]);
      expect(registered.code, registered.stderr).toBe(0);
      expect(registered.stdout).toContain(grouped(office.fingerprint));
    });

    await test.step('a folder that does not exist: one Chinese sentence, no progress bar, nothing exported', async () => {
      await sync.fillExport(join(stick, '没有这个文件夹'));
      await sync.exportButton.click();
      await expect(sync.exporter.getByRole('alert')).toContainText('找不到文件夹');
      await expect(sync.progress).toHaveCount(0);
      await expect(sync.bundles).toContainText('还没有导出过同步包');
      await shot('03-export-error');
    });

    let bundleFile = '';
    await test.step('导出: the progress bar shows while the call is pending, then the file, seq, manifest hash and counts', async () => {
      // In the browser the export request is held back, so the bar is seen while the call is pending.
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const isExport = (url: URL) => decodeURIComponent(url.pathname) === '/rpc/sync:export-bundle';
      if (testInfo.project.name === 'browser') await page.route(isExport, async (route) => held.then(() => route.continue()));
      await sync.fillExport(stick);
      await sync.exportButton.click();
      await expect(sync.progress.locator('progress')).toBeVisible();
      if (testInfo.project.name === 'browser') {
        await expect(sync.exporter.getByRole('button', { name: '正在导出…' })).toBeDisabled();
        await expect(sync.progress).toContainText('正在准备');
        await shot('04-export-pending');
      }
      release();
      const result = sync.result(1);
      await expect(result).toBeVisible();
      await expect(sync.progress).toContainText('完成（100%）');
      await expect(sync.progress.locator('progress')).toHaveAttribute('value', '100');
      bundleFile = await sync.writtenPath(result).inputValue();
      expect(dirname(bundleFile)).toBe(stick);
      expect(basename(bundleFile)).toMatch(new RegExp(`^${CODE}-\\d{4}Q[1-4]-1\\.ledger\\.age$`));
      const [listed] = await rpc<{ manifestSha256: string; counts: Record<string, number> }[]>(page, 'sync:list-bundles', {});
      await expect(result).toContainText(grouped(listed!.manifestSha256));
      await expect(result.locator('.entity-count').filter({ hasText: /^小区/ })).toContainText(String(listed!.counts.estates));
      await expect(result.locator('.entity-count').filter({ hasText: /^社区/ })).toContainText('1');
      await expect(sync.row(1)).toContainText('未确认');
      await expect(sync.row(1)).toContainText(basename(bundleFile));
      await expect(sync.row(1)).toContainText('去标识');
      await expect(sync.row(1)).toContainText('全部记录');
      await sync.exporter.scrollIntoViewIfNeeded();
      await result.evaluate((e) => e.scrollIntoView({ block: 'end' }));
      await shot('05-exported');
      if (testInfo.project.name === 'browser') await page.unroute(isExport);
    });

    await test.step('a lost stick: 重新写出 writes the identical bytes', async () => {
      const again = await sync.rewrite(1, spare);
      expect(again).toBe(join(spare, basename(bundleFile)));
      expect((await readFile(again)).equals(await readFile(bundleFile))).toBe(true);
    });

    await test.step('the city imports the bundle and writes a receipt; 导入回执 shows 已确认', async () => {
      const imported = await ledgerCli(['city', '--data-dir', cityDir, 'import', bundleFile]);
      expect(imported.code, imported.stdout + imported.stderr).toBe(0);
      expect(imported.stdout).toMatch(/^imported /m);
      const receipt = join(stick, 'receipt.json');
      const written = await ledgerCli(['city', '--data-dir', cityDir, 'receipt', CODE, '--out', receipt]);
      expect(written.code, written.stderr).toBe(0);
      await sync.importReceipt(receipt);
      await expect(sync.bundles).toContainText('已确认第 1 号同步包');
      await expect(sync.row(1)).toContainText('已确认');
      await expect(sync.row(1)).not.toContainText('未确认');
      await sync.bundles.evaluate((e) => e.scrollIntoView({ block: 'end' }));
      await shot('06-confirmed');
    });

    await test.step('raising the privacy level needs a reason and a confirmation that personal data leaves the office', async () => {
      await sync.fillExport(stick, NAMED, '核对');
      await sync.exportButton.click();
      await expect(sync.fieldError(sync.exporter, '提高级别的理由')).toContainText('至少 5 个字');
      await sync.fillExport(stick, undefined, '市信访局函，要求核对重点案件当事人姓名');
      await sync.exportButton.click();
      const confirm = page.getByRole('dialog', { name: '确认提高隐私级别' });
      await expect(confirm).toContainText('个人信息会离开本街道');
      await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
      await shot('07-privacy-confirm');
      await confirm.getByRole('button', { name: '取消' }).click();
      await expect(confirm).toBeHidden();
      await expect(sync.table.locator('tbody tr')).toHaveCount(1);
      await sync.exportButton.click();
      await confirm.getByRole('button', { name: '确认导出' }).click();
      await expect(sync.result(2)).toBeVisible();
      await expect(sync.row(2)).toContainText('实名');
      await expect(sync.row(2)).toContainText('新增变化');
      await expect(sync.row(2)).toContainText('未确认');
      await expect(sync.row(1)).toContainText('已确认');
      // The raise was for that bundle only: the form starts over at the default level.
      await expect(sync.exporter.getByLabel('隐私级别', { exact: true })).toHaveValue('pseudonymous');
      await sync.table.evaluate((e) => e.scrollIntoView({ block: 'center' }));
      await shot('08-second-bundle');
    });

    await test.step('a mediator sees both identities and the list, and nothing to change', async () => {
      await rpc(page, 'auth:create-operator', { ...MEDIATOR, role: 'mediator' });
      await shell.signOut();
      await new AuthPage(page).signIn(MEDIATOR.username, MEDIATOR.password);
      await shell.go('同步');
      await expect(page.getByText('您的账号可以查看同步情况')).toBeVisible();
      await expect(sync.identity).toContainText(grouped(office.fingerprint));
      await expect(sync.cityKeys.locator('.fingerprint')).toHaveCount(3);
      await expect(sync.exporter).toHaveCount(0);
      await expect(sync.identity.getByRole('button')).toHaveCount(0);
      await expect(sync.cityKeys.getByRole('button')).toHaveCount(0);
      await expect(sync.bundles.getByRole('button')).toHaveCount(0);
      await expect(sync.row(1)).toContainText('已确认');
      await expect(sync.row(2)).toContainText('未确认');
      await shot('09-read-only');
    });

    expect(ledger.watch.problems).toEqual([]);
    expect(await ledger.watch.cspViolations(page)).toEqual([]);
  } finally {
    for (const dir of [cityDir, stick, spare]) await rm(dir, { recursive: true, force: true });
  }
});
