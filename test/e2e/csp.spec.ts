import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage, ADMIN } from './pages/auth.page';
import { EstatePage } from './pages/estate.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';

// Every screen and dialog, under the strict Content-Security-Policy (no inline script or
// style): nothing may be blocked, and nothing may reach the console as an error.
test('every screen renders without CSP violations or console errors', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, name);

  await new AuthPage(page).expectSetup();
  await shot('01-setup');
  const shell = await setUpLedger(page);

  for (const [item, name] of [
    ['社区', '02-communities-empty'],
    ['物业服务企业', '03-companies-empty'],
    ['小区', '04-estates-empty'],
  ] as const) {
    const list = await shell.list(item);
    await expect(list.emptyState).toBeVisible();
    await shot(name);
  }

  await addSampleRegistry(shell);

  await shell.go('街道信息');
  await expect(page.getByText('421202001')).toBeVisible();
  await shot('05-office');
  await page.getByRole('button', { name: '编辑' }).click();
  await expect(new FormDialog(page, '修改街道信息').root).toBeVisible();
  await shot('06-office-form');
  await page.keyboard.press('Escape');

  const communities = await shell.list('社区');
  await expect(communities.row('温泉社区')).toBeVisible();
  await shot('07-communities');

  const companies = await shell.list('物业服务企业');
  const wrong = await companies.add('新增物业服务企业');
  await wrong.fill({ 企业名称: '咸宁馨福物业', 统一社会信用代码: '91350100M000100Y42', 联系电话: '12345' });
  await wrong.save();
  await expect(wrong.fieldError('统一社会信用代码')).toBeVisible();
  await shot('08-company-form-errors');
  await page.keyboard.press('Escape');
  await wrong.expectClosed();
  await expect(companies.row('咸宁荣基物业')).toBeVisible();
  await shot('09-companies');
  await companies.open('咸宁荣基物业');
  await expect(page.getByRole('region', { name: '服务的小区' })).toContainText('锦湖紫竹苑');
  await shot('10-company-page');

  const estates = await shell.list('小区');
  await expect(estates.row('锦湖紫竹苑')).toBeVisible();
  await shot('11-estates');
  await estates.edit('锦湖紫竹苑', '修改小区');
  await shot('12-estate-form');
  await page.keyboard.press('Escape');
  await estates.rowAction('锦湖紫竹苑', '删除');
  await expect(page.getByRole('dialog', { name: '删除小区' })).toBeVisible();
  await shot('13-delete-confirm');
  await page.keyboard.press('Escape');
  await estates.open('锦湖紫竹苑');
  await new EstatePage(page).expectEstate('锦湖紫竹苑', ['温泉社区']);
  await shot('14-estate-page');

  const staff = await shell.list('工作人员');
  const member = await staff.add('新增工作人员');
  await member.fill({ 姓名: '张敏', 调解员证书编号: 'TJY-2024-0117' });
  await member.choose('岗位', '调解员');
  await shot('15-staff-form');
  await member.save();
  await member.expectClosed();
  await expect(staff.row('张敏')).toContainText('调解员');
  await shot('16-staff');

  const operators = await shell.list('操作员');
  await expect(operators.row(ADMIN.username)).toContainText('（当前登录）');
  await shot('17-operators');
  await operators.add('新增操作员');
  await shot('18-operator-form');
  await page.keyboard.press('Escape');

  await shell.signOut();
  await shot('19-sign-in');

  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});

test('the quick search and column filters narrow a list', async ({ ledger }) => {
  const shell = await setUpLedger(ledger.page);
  await addSampleRegistry(shell);
  const communities = await shell.list('社区');
  const second = await communities.add('新增社区');
  await second.fill({ 社区名称: '浮山社区' });
  await second.save();
  await second.expectClosed();
  await communities.search('浮山');
  await expect(communities.row('浮山社区')).toBeVisible();
  await expect(communities.row('温泉社区')).toHaveCount(0);
  await communities.search('没有这个社区');
  await expect(communities.grid).toContainText('没有符合筛选条件的记录');
  await communities.search('');
  await communities.filterColumn('name', '温泉');
  await expect(communities.row('温泉社区')).toBeVisible();
  await expect(communities.row('浮山社区')).toHaveCount(0);
  expect(ledger.watch.problems).toEqual([]);
});

