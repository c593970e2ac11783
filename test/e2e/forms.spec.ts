import { expect, test } from './fixtures/ledger';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { FormDialog } from './pages/form-dialog';
import { rpc } from './pages/rpc';

test('nothing typed is lost: Esc keeps a draft, even across a reload', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  const estates = await shell.list('小区');
  let dialog = await estates.add('新增小区');
  await dialog.fill({ 小区名称: '楚湘三元城', 地址: '永安大道 9 号' });
  await page.keyboard.press('Escape');
  await dialog.expectClosed();

  await page.reload();
  dialog = await estates.add('新增小区');
  await expect(dialog.root).toContainText('已恢复您上次未保存的填写内容');
  await expect(dialog.field('小区名称')).toHaveValue('楚湘三元城');
  await expect(dialog.field('地址')).toHaveValue('永安大道 9 号');
  await dialog.root.getByRole('button', { name: '清空，改用原内容' }).click();
  await expect(dialog.field('小区名称')).toHaveValue('');
  await dialog.root.getByRole('button', { name: '取消' }).click();
  await dialog.expectClosed();
});

test('a version conflict keeps my change and takes the rest from the latest save', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  const companies = await shell.list('物业服务企业');
  const id = await companies.row('咸宁荣基物业').getAttribute('row-id');

  const dialog = await companies.edit('咸宁荣基物业', '修改物业服务企业');
  await dialog.fill({ 联系电话: '13907150002' });
  // Another operator's save, made beside the UI (which is not told).
  await rpc(page, 'registry:update-company', {
    id,
    version: 1,
    name: '咸宁荣基物业',
    creditCode: '91350100M000100Y43',
    contactName: '周平',
    phone: '0715-8123456',
  });
  await dialog.save();
  await expect(dialog.alert).toContainText('已被其他人修改');
  await dialog.root.getByRole('button', { name: '载入最新内容' }).click();
  await expect(dialog.root).toContainText('您改过的栏目保留了您填写的值');
  await expect(dialog.field('联系人')).toHaveValue('周平');
  await expect(dialog.field('联系电话')).toHaveValue('13907150002');
  await dialog.save();
  await dialog.expectClosed();
  await expect(companies.row('咸宁荣基物业')).toContainText('周平');
  await expect(companies.row('咸宁荣基物业')).toContainText('13907150002');
});

test('删除 asks first, explains a refusal, and removes the row', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);

  const communities = await shell.list('社区');
  await communities.rowAction('温泉社区', '删除');
  let confirm = page.getByRole('dialog', { name: '删除社区' });
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(confirm.getByRole('alert')).toContainText('该社区下还有 1 个小区');
  await confirm.getByRole('button', { name: '取消' }).click();

  const estates = await shell.list('小区');
  await estates.open('锦湖紫竹苑');
  await page.getByRole('button', { name: '删除' }).click();
  confirm = page.getByRole('dialog', { name: '删除小区' });
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(page.getByRole('heading', { level: 1, name: '小区' })).toBeVisible();
  await expect(estates.emptyState).toBeVisible();

  await shell.list('社区');
  await communities.rowAction('温泉社区', '删除');
  confirm = page.getByRole('dialog', { name: '删除社区' });
  await confirm.getByRole('button', { name: '删除' }).click();
  await expect(communities.emptyState).toBeVisible();
  expect(ledger.watch.problems).toEqual([]);
});

test('keyboard: Enter on a row edits it, Delete asks before deleting, Esc cancels', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  const staff = await shell.list('工作人员');
  const dialog = await staff.add('新增工作人员');
  await dialog.fill({ 姓名: '刘洋' });
  await dialog.choose('岗位', '审查员');
  await dialog.submitWithEnter('姓名');
  await dialog.expectClosed();

  await staff.cell('刘洋', 'name').click();
  await page.keyboard.press('Enter');
  const edit = staff.dialog('修改工作人员');
  await expect(edit.field('姓名')).toBeFocused();
  await edit.field('姓名').fill('刘洋洋');
  await page.keyboard.press('Enter');
  await edit.expectClosed();
  await expect(staff.row('刘洋洋')).toBeVisible();

  await staff.cell('刘洋洋', 'name').click();
  await page.keyboard.press('Delete');
  const confirm = page.getByRole('dialog', { name: '删除工作人员' });
  await expect(confirm.getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  await expect(staff.row('刘洋洋')).toBeVisible();
});

test('街道信息: a wrong division code is explained; a new name shows in the header', async ({ ledger }) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await shell.go('街道信息');
  await page.getByRole('button', { name: '编辑' }).click();
  const dialog = new FormDialog(page, '修改街道信息');
  await dialog.fill({ 行政区划代码: '991202001' });
  await dialog.save();
  await dialog.expectErrorUnder('行政区划代码', '前两位不是有效的省级代码');
  await dialog.fill({ 街道名称: '温泉街道办事处', 行政区划代码: '421202001' });
  await dialog.save();
  await dialog.expectClosed();
  await expect(shell.header).toContainText('温泉街道办事处');
  await expect(page.getByRole('region', { name: '街道信息' })).toContainText('温泉街道办事处');
});
