import { expect, test } from './fixtures/ledger';
import { ADMIN, AuthPage } from './pages/auth.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { ShellPage } from './pages/shell.page';

const MEDIATOR = { username: 'zhangmin', displayName: '张敏', password: 'tiaojie-2026' };

test('the administrator opens an account; a mediator can read the registry but not change it', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);

  await test.step('操作员: create a mediator account (passwords must match)', async () => {
    const operators = await shell.list('操作员');
    const dialog = await operators.add('新增操作员');
    await dialog.fill({ 用户名: MEDIATOR.username, 姓名: MEDIATOR.displayName, 初始密码: MEDIATOR.password, 确认密码: 'different-1' });
    await dialog.choose('角色', '调解员');
    await dialog.save();
    await dialog.expectErrorUnder('确认密码', '两次输入的密码不一致');
    await dialog.fill({ 确认密码: MEDIATOR.password });
    await dialog.save();
    await dialog.expectClosed();
    await expect(operators.row(MEDIATOR.username)).toContainText('调解员');
  });

  const auth = new AuthPage(page);
  await test.step('the mediator sees no edit buttons and no 操作员 screen', async () => {
    await shell.signOut();
    await auth.signIn(MEDIATOR.username, MEDIATOR.password);
    await shell.expectSignedIn(MEDIATOR.displayName, '调解员');
    await expect(shell.nav.getByRole('link', { name: '操作员' })).toHaveCount(0);
    for (const item of ['社区', '物业服务企业', '小区', '工作人员'] as const) {
      const list = await shell.list(item);
      await expect(list.addButton).toHaveCount(0);
      await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
    }
    const estates = await shell.list('小区');
    await estates.open('锦湖紫竹苑');
    await expect(page.getByRole('heading', { level: 1, name: '锦湖紫竹苑' })).toBeVisible();
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
    await shell.go('街道信息');
    await expect(page.getByRole('button', { name: '编辑' })).toHaveCount(0);
    await page.goto(page.url().replace(/#.*$/, '#/operators'));
    await expect(page.getByRole('alert')).toContainText('只有管理员可以管理操作员账号');
  });

  await test.step('the administrator disables the account; it can no longer sign in', async () => {
    await shell.signOut();
    await auth.signIn(ADMIN.username, ADMIN.password);
    const operators = await new ShellPage(page).list('操作员');
    await operators.rowAction(MEDIATOR.username, '停用');
    const confirm = page.getByRole('dialog', { name: '停用' });
    await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
    await confirm.getByRole('button', { name: '停用' }).click();
    await expect(confirm).toBeHidden();
    await expect(operators.row(MEDIATOR.username)).toHaveCount(0);
    await shell.signOut();
    await auth.signIn(MEDIATOR.username, MEDIATOR.password);
    await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  });
  expect(ledger.watch.problems).toEqual([]);
});
