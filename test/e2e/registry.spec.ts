import { expect, test } from './fixtures/ledger';
import { ADMIN, AuthPage } from './pages/auth.page';
import { EstatePage } from './pages/estate.page';
import { ShellPage } from './pages/shell.page';

test('first start, sign-in, and a registry that survives a restart', async ({ ledger }) => {
  const page = ledger.page;
  const auth = new AuthPage(page);

  await test.step('首次使用向导: mismatched passwords are caught, then the administrator is created', async () => {
    await auth.expectSetup();
    await expect(auth.field('街道名称')).toBeFocused();
    await auth.fillSetup(ADMIN, 'something-else');
    await auth.submitSetup();
    await expect(auth.fieldError('确认密码')).toHaveText(/两次输入的密码不一致/);
    await auth.field('确认密码').fill(ADMIN.password);
    await auth.field('行政区划代码').fill('4212');
    await auth.submitSetup();
    await expect(auth.fieldError('行政区划代码')).toHaveText(/应为 9 位或 12 位数字/);
    await expect(auth.fieldError('确认密码')).toHaveCount(0);
    await auth.field('行政区划代码').fill(ADMIN.divisionCode);
    await auth.submitSetup();
    await new ShellPage(page).expectSignedIn(ADMIN.displayName, '管理员', ADMIN.officeName);
  });

  const shell = new ShellPage(page);
  await test.step('sign out, a wrong password is refused, then sign in again', async () => {
    await shell.signOut();
    await expect(page.getByText(ADMIN.officeName)).toBeVisible();
    await auth.signIn(ADMIN.username, 'not-the-password');
    await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
    await auth.signIn(ADMIN.username, ADMIN.password);
    await shell.expectSignedIn(ADMIN.displayName, '管理员', ADMIN.officeName);
  });

  await test.step('社区: empty state, then 新增 with the keyboard', async () => {
    const communities = await shell.list('社区');
    await expect(communities.emptyState).toContainText('还没有登记社区');
    const dialog = await communities.add('新增社区');
    await expect(dialog.field('社区名称')).toBeFocused();
    await dialog.field('社区名称').fill('温泉社区');
    await dialog.submitWithEnter('社区名称');
    await dialog.expectClosed();
    await expect(communities.row('温泉社区')).toBeVisible();
  });

  await test.step('物业服务企业: a wrong credit code shows a Chinese error under its field; fixed, it saves', async () => {
    const companies = await shell.list('物业服务企业');
    await expect(companies.emptyState).toContainText('还没有登记物业服务企业，点击「新增」开始');
    const dialog = await companies.add('新增物业服务企业');
    await dialog.fill({ 企业名称: '咸宁荣基物业', 统一社会信用代码: '91350100M000100Y42', 联系人: '李强', 联系电话: '13907150001' });
    await dialog.save();
    await dialog.expectErrorUnder('统一社会信用代码', '校验位（最后一位）不正确');
    await expect(dialog.alert).toContainText('统一社会信用代码');
    await expect(dialog.field('企业名称')).toHaveValue('咸宁荣基物业');
    await dialog.field('统一社会信用代码').fill('91350100M000100Y43');
    await dialog.save();
    await dialog.expectClosed();
    await expect(companies.row('咸宁荣基物业')).toContainText('91350100M000100Y43');
  });

  await test.step('小区: a non-number 户数 is refused under its field; then the estate is saved', async () => {
    const estates = await shell.list('小区');
    const dialog = await estates.add('新增小区');
    await dialog.fill({ 小区名称: '锦湖紫竹苑', 地址: '温泉路 18 号', 户数: '一千二' });
    await dialog.choose('所属社区', '温泉社区');
    await dialog.choose('物业服务企业', '咸宁荣基物业');
    await dialog.save();
    await dialog.expectErrorUnder('户数', /整数/);
    await dialog.fill({ 户数: '1200' });
    await dialog.save();
    await dialog.expectClosed();
    await expect(estates.row('锦湖紫竹苑')).toContainText('温泉社区');
    await expect(estates.row('锦湖紫竹苑')).toContainText('咸宁荣基物业');
  });

  await test.step('restart the host on the same data dir: sign in again and find the estate', async () => {
    await ledger.restart();
    const again = new AuthPage(ledger.page);
    await again.signIn(ADMIN.username, ADMIN.password);
    const reopened = new ShellPage(ledger.page);
    await reopened.expectSignedIn(ADMIN.displayName, '管理员', ADMIN.officeName);
    const estates = await reopened.list('小区');
    await estates.search('紫竹');
    await expect(estates.row('锦湖紫竹苑')).toBeVisible();
    await estates.open('锦湖紫竹苑');
    const estate = new EstatePage(ledger.page);
    await estate.expectEstate('锦湖紫竹苑', ['温泉社区', '咸宁荣基物业', '1,200 户', '温泉路 18 号']);
    await expect(estate.section('物业纠纷')).toContainText('该小区还没有登记纠纷');
    await expect(estate.section('业主委员会')).toContainText('该小区还没有登记业委会');
    await expect(estate.section('未按期召开的会议')).toContainText('今年没有未按期召开的会议');
    expect(ledger.page.url()).toMatch(/#\/estates\/[0-9a-f-]{36}$/);
  });
});
