import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { DisputeCasePage } from './pages/dispute-case.page';
import { DisputesListPage } from './pages/disputes-list.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { FormDialog } from './pages/form-dialog';
import { chinaIsoAgo, rpc } from './pages/rpc';

type Case = { id: string; version: number; caseNo: string };

// The screens this spec shows are checked at the smallest laptop size clerks use.
test.use({ viewport: { width: 1366, height: 768 } });

test('诉调对接移送单: the office’s contact is asked for first, then printed on the sheet; 打开 downloads it', async ({ ledger }, testInfo) => {
  test.setTimeout(120_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `documents-${name}`);
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);

  // A case that mediation could not settle, set up beside the UI.
  const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
  const mediator = await rpc<{ id: string }>(page, 'registry:create-staff', { name: '张敏', role: 'mediator' });
  let d = await rpc<Case>(page, 'disputes:create', {
    source: 'walk-in', receivedAt: chinaIsoAgo(30), estateId: estate!.id, category: 'property-fee', description: '业主以服务质量差为由拒缴物业费两年。',
    parties: [{ role: 'applicant', kind: 'person', name: '周敏', phone: '13907150001' }, { role: 'respondent', kind: 'company', name: '咸宁荣基物业' }],
  });
  d = await rpc<Case>(page, 'disputes:assign', { id: d.id, version: d.version, mediatorId: mediator.id });
  d = await rpc<Case>(page, 'disputes:record-session', { id: d.id, version: d.version, heldAt: chinaIsoAgo(20), place: '温泉社区调解室', attendees: '周敏、物业经理、张敏', notes: '双方对欠费金额分歧较大。' });
  d = await rpc<Case>(page, 'disputes:record-outcome', { id: d.id, version: d.version, outcome: 'failed', failureReason: '双方对欠费金额的分歧无法调和' });

  await test.step('the case says what the sheet needs and links to 街道信息', async () => {
    await page.goto(`${page.url().split('#')[0]}#/disputes/${d.id}`);
    const casePage = new DisputeCasePage(page);
    await expect(casePage.heading).toHaveText(d.caseNo);
    const documents = casePage.section('文书');
    await expect(documents).toContainText('移送函须写明人民调解委员会的联系人及电话');
    await expect(page.getByRole('button', { name: '生成移送单' })).toBeDisabled();
    await shot('01-referral-needs');
    await documents.getByRole('link', { name: '去填写街道信息' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '街道信息' })).toBeVisible();
  });

  await test.step('街道信息: address, contact person, the office’s phone and the committee’s name', async () => {
    await page.getByRole('button', { name: '编辑' }).click();
    const dialog = new FormDialog(page, '修改街道信息');
    await expect(dialog.root).toContainText('留空即「温泉街道人民调解委员会」');
    await dialog.fill({ 地址: '咸宁市咸安区温泉路 86 号', 联系人: '陈志刚', 联系电话: '8123000' });
    await dialog.save();
    await dialog.expectErrorUnder('联系电话', '座机请写区号');
    await dialog.fill({ 联系电话: '0715-8123000', 人民调解委员会名称: '咸安区温泉街道人民调解委员会' });
    await shot('02-office-form');
    await dialog.save();
    await dialog.expectClosed();
    const office = page.getByRole('region', { name: '街道信息' });
    await expect(office).toContainText('0715-8123000');
    await expect(office).toContainText('咸安区温泉街道人民调解委员会');
    await shot('03-office');
  });

  await test.step('生成移送单, then 打开 downloads the very file, named in Chinese', async () => {
    await page.goto(`${page.url().split('#')[0]}#/disputes/${d.id}`);
    const documents = new DisputeCasePage(page).section('文书');
    await expect(documents).not.toContainText('移送函须写明');
    await page.getByRole('button', { name: '生成移送单' }).click();
    const file = await page.getByLabel('文件位置').inputValue();
    expect(file).toMatch(/诉调对接移送单\.docx$/);
    await expect(documents).toContainText('在浏览器中，「打开」和「打印」都会下载文件');
    if (testInfo.project.name === 'browser') {
      const download = page.waitForEvent('download');
      await documents.getByRole('button', { name: '打开', exact: true }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(`${d.caseNo}-诉调对接移送单.docx`);
      expect(readFileSync(await saved.path()).equals(readFileSync(file))).toBe(true);
    }
    await shot('04-referral-generated');
  });

  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});

test('party details: typed at intake, shown on the case, what the agreement lacks listed before the click', async ({ ledger }, testInfo) => {
  test.setTimeout(120_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `documents-${name}`);
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  const mediator = await rpc<{ id: string }>(page, 'registry:create-staff', { name: '张敏', role: 'mediator' });

  await test.step('登记纠纷: the details are optional; gender and birth date may be left to the ID number', async () => {
    await shell.go('纠纷台账');
    const intake = await new DisputesListPage(page).register();
    await intake.choose('来源', '来访');
    await intake.choose('小区', '锦湖紫竹苑（温泉社区）');
    await intake.choose('纠纷类别', '设施设备维修');
    await intake.fill({ 纠纷简要情况: '地下室持续漏水三个月，多次报修未修复。' });
    const applicant = intake.party(1);
    await applicant.field('姓名或名称').fill('张晓燕');
    await applicant.field('身份证号').fill('11010519491231002X');
    await expect(applicant.root).toContainText('留空时按身份证号推算');
    await applicant.field('民族').fill('汉族');
    await applicant.field('住所').fill('锦湖紫竹苑3栋2单元501');
    const respondent = await intake.addParty();
    await respondent.field('角色').selectOption({ label: '被申请人' });
    await respondent.field('类型').selectOption({ label: '物业服务企业' });
    await respondent.field('姓名或名称').fill('咸宁荣基物业');
    await respondent.field('法定代表人').fill('王国强');
    await applicant.root.scrollIntoViewIfNeeded();
    await shot('05-intake-details');
    await intake.save();
    await intake.expectClosed();
  });

  const casePage = new DisputeCasePage(page);
  await test.step('the case page: details, what comes from the ID number, what the agreement lacks', async () => {
    await expect(casePage.heading).toHaveText(/^\d{4}-\d{4}$/);
    const id = page.url().split('/disputes/')[1]!;
    let d = await rpc<Case>(page, 'disputes:get', { id });
    d = await rpc<Case>(page, 'disputes:assign', { id, version: d.version, mediatorId: mediator.id });
    d = await rpc<Case>(page, 'disputes:record-session', { id, version: d.version, heldAt: chinaIsoAgo(0), place: '温泉社区调解室', attendees: '张晓燕、物业经理、张敏', notes: '物业同意维修。' });
    await rpc<Case>(page, 'disputes:record-outcome', { id, version: d.version, outcome: 'settled', agreedTerms: '一、物业公司于月底前修复漏水\n二、张晓燕补缴物业费', performance: '物业公司组织施工', performanceDue: chinaIsoAgo(-240) });
    await page.reload();
    const parties = casePage.section('当事人');
    await expect(parties).toContainText('女（按身份证号） · 出生日期按身份证号 · 汉族 · 住所：锦湖紫竹苑3栋2单元501');
    await expect(parties).toContainText('还缺：职业或职务');
    await expect(parties).toContainText('法定代表人：王国强');
    await expect(casePage.section('文书')).toContainText('申请人张晓燕：职业或职务');
    await expect(casePage.section('文书')).toContainText('被申请人咸宁荣基物业：住所');
    await parties.scrollIntoViewIfNeeded();
    await shot('06-case-parties');
    await parties.getByRole('button', { name: '补全信息：张晓燕' }).click();
    const dialog = new FormDialog(page, '当事人信息：申请人张晓燕');
    await expect(dialog.field('民族')).toHaveValue('汉族');
    await dialog.fill({ 职业或职务: '退休教师' });
    await shot('07-party-dialog');
    await dialog.save();
    await dialog.expectClosed();
    await expect(casePage.section('文书')).not.toContainText('申请人张晓燕');
  });

  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});
