import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { DisputeCasePage } from './pages/dispute-case.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { chinaIsoAgo, rpc } from './pages/rpc';

type Case = { id: string; version: number; caseNo: string };

test('更正登记信息: every problem at once, then the correction with its reason in 操作记录', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  await page.setViewportSize({ width: 1366, height: 768 });
  const shot = (name: string) => screenshot(page, testInfo, `corrections-${name}`);
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
  const d = await rpc<Case>(page, 'disputes:create', {
    source: 'walk-in', receivedAt: chinaIsoAgo(3), estateId: estate!.id, category: 'noise-neighbours', description: '楼上夜间装修噪音扰民。',
    parties: [{ role: 'applicant', kind: 'person', name: '张伟', phone: '13907150001' }, { role: 'respondent', kind: 'person', name: '李强' }],
  });
  await page.goto(`${page.url().split('#')[0]}#/disputes/${d.id}`);
  const casePage = new DisputeCasePage(page);
  await expect(casePage.heading).toHaveText(d.caseNo);
  const dialog = await casePage.act('更正登记信息');
  await expect(dialog.root).toContainText('调解开始后只有主任可以更正');
  await shot('01-dialog');
  // A name emptied, a bad ID number and no reason: all three named by one submit.
  await dialog.root.getByLabel('姓名').first().fill('');
  await dialog.root.getByLabel('身份证号').first().fill('421202198001010010');
  await dialog.root.getByRole('button', { name: '保存' }).click();
  await expect(dialog.root.locator('.field__error')).toHaveCount(3);
  await shot('02-every-problem');
  await dialog.root.getByLabel('姓名').first().fill('张薇');
  await dialog.root.getByLabel('身份证号').first().fill('');
  await dialog.root.getByLabel('更正原因').fill('登记时把申请人姓名写错');
  await dialog.root.getByRole('button', { name: '保存' }).click();
  await dialog.expectClosed();
  await expect(casePage.section('当事人')).toContainText('张薇');
  await page.reload();
  await expect(page.getByText(/更正登记信息：「当事人」（原因：登记时把申请人姓名写错）/)).toBeVisible();
  await shot('03-history');
});
