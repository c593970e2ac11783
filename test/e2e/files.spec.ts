import { mkdir, mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { DisputeCasePage } from './pages/dispute-case.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { ledgerCli } from './pages/ledger-cli';
import { chinaIsoAgo, rpc } from './pages/rpc';
import { SyncPage } from './pages/sync.page';

// The screens this spec shows are checked at the smallest laptop size clerks use.
test.use({ viewport: { width: 1366, height: 768 } });

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

type Case = { id: string; version: number; caseNo: string };

// 已生成文书: two referral sheets, one downloaded (打开); 删除已打印 deletes only that one, 删除 the other.
test('已生成文书: the director lists the generated documents, 删除已打印 and 删除 ask first and delete', async ({ ledger }, testInfo) => {
  test.skip(testInfo.project.name === 'electron', 'the download (打开) is the browser’s; the window opens the file with Word instead');
  test.setTimeout(120_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `files-${name}`);
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
  const mediator = await rpc<{ id: string }>(page, 'registry:create-staff', { name: '张敏', role: 'mediator' });
  const office = await rpc<{ version: number; name: string; divisionCode: string }>(page, 'registry:get-office', {});
  await rpc(page, 'registry:update-office', { version: office.version, name: office.name, divisionCode: office.divisionCode, contactName: '陈志刚', contactPhone: '0715-8123000' });
  const failedCase = async (name: string) => {
    let d = await rpc<Case>(page, 'disputes:create', {
      source: 'walk-in', receivedAt: chinaIsoAgo(30), estateId: estate!.id, category: 'property-fee', description: '业主以服务质量差为由拒缴物业费。',
      parties: [{ role: 'applicant', kind: 'person', name, phone: '13907150001' }, { role: 'respondent', kind: 'company', name: '咸宁荣基物业' }],
    });
    d = await rpc<Case>(page, 'disputes:assign', { id: d.id, version: d.version, mediatorId: mediator.id });
    d = await rpc<Case>(page, 'disputes:record-session', { id: d.id, version: d.version, heldAt: chinaIsoAgo(20), place: '温泉社区调解室', attendees: '双方', notes: '分歧较大。' });
    return rpc<Case>(page, 'disputes:record-outcome', { id: d.id, version: d.version, outcome: 'failed', failureReason: '双方分歧无法调和' });
  };
  const first = await failedCase('周敏');
  const second = await failedCase('李强');
  for (const d of [first, second]) await rpc(page, 'disputes:export-document', { id: d.id, kind: 'court-referral' });

  await test.step('打开 on the first case downloads it: the list then shows it as opened', async () => {
    await page.goto(`${page.url().split('#')[0]}#/disputes/${first.id}`);
    await page.getByRole('button', { name: '生成移送单' }).click();
    const download = page.waitForEvent('download');
    await new DisputeCasePage(page).section('文书').getByRole('button', { name: '打开', exact: true }).click();
    await download;
    await shell.go('已生成文书');
    const table = page.getByRole('table', { name: '已生成文书' });
    const row = (d: Case) => table.locator('tbody tr').filter({ hasText: d.caseNo });
    await expect(row(first)).toContainText('诉调对接移送单');
    await expect(row(first).locator('td').nth(6)).toHaveText('是');
    await expect(row(second).locator('td').nth(6)).toHaveText('否');
    await expect(row(second)).toContainText('在本机');
    await shot('04-documents');
  });

  await test.step('删除已打印 asks first, then deletes only the opened one', async () => {
    await page.getByRole('button', { name: '删除已打印' }).click();
    const dialog = page.getByRole('dialog', { name: '删除已打印的文书' });
    await expect(dialog).toContainText('确定删除 1 份');
    await shot('05-confirm-printed');
    await dialog.getByRole('button', { name: '删除已打印' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status')).toContainText('已删除 1 份文书');
    const table = page.getByRole('table', { name: '已生成文书' });
    await expect(table.locator('tbody tr')).toHaveCount(1);
    await expect(table).toContainText(second.caseNo);
    await expect(page.getByRole('button', { name: '删除已打印' })).toBeDisabled();
  });

  await test.step('删除 on a row asks first, then the list is empty and both deletions are in the change log', async () => {
    await page.getByRole('button', { name: `删除「${second.caseNo}-诉调对接移送单.docx」` }).click();
    const dialog = page.getByRole('dialog', { name: '删除文书' });
    await dialog.getByRole('button', { name: '删除', exact: true }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByText('没有已生成的文书。')).toBeVisible();
    const listed = await rpc<unknown[]>(page, 'documents:list-generated', {});
    expect(listed).toEqual([]);
  });
  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});
