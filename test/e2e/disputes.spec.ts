import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { DisputeCasePage } from './pages/dispute-case.page';
import { DisputesListPage } from './pages/disputes-list.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { chinaLocalAgo } from './pages/rpc';
import type { ShellPage } from './pages/shell.page';

const DESCRIPTION = '楼上住户夜间装修噪音扰民，多次协商未果，申请人要求物业出面协调并限定施工时间。';

async function addMediator(shell: ShellPage, name: string) {
  const staff = await shell.list('工作人员');
  const dialog = await staff.add('新增工作人员');
  await dialog.fill({ 姓名: name, 调解员证书编号: 'TJY-2024-0117' });
  await dialog.choose('岗位', '调解员');
  await dialog.save();
  await dialog.expectClosed();
}

test('a 12345 case from intake to closure: field errors, search, mediation, agreement, feedback', async ({ ledger }, testInfo) => {
  test.setTimeout(150_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `disputes-${name}`);
  const shell = await setUpLedger(page);

  await test.step('工作台 is the home screen after sign-in; each list says in words that it is empty', async () => {
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
    await expect(page.getByRole('region', { name: '待分派' })).toContainText('没有待分派的案件');
    await expect(page.getByRole('region', { name: '今日到期' })).toContainText('今天没有要到期的案件');
    await expect(page.getByRole('region', { name: '已逾期' })).toContainText('没有逾期的案件');
    // The administrator's account stands for no member of staff: no 我的案件.
    await expect(page.getByRole('region', { name: '我的案件' })).toHaveCount(0);
    await shot('01-dashboard-empty');
  });

  await addSampleRegistry(shell);
  await addMediator(shell, '张敏');

  const list = new DisputesListPage(page);
  let caseNo = '';
  await test.step('登记纠纷: a bad ID number is refused under that party’s field; fixed, the case is saved', async () => {
    await shell.go('纠纷台账');
    await expect(list.grid).toContainText('还没有登记纠纷');
    await shot('02-list-empty');
    const intake = await list.register();
    await expect(intake.field('来源')).toBeFocused();
    await intake.choose('来源', '12345热线');
    await intake.fill({ '12345 工单号': 'GD-20261121-0088', 热线受理时间: chinaLocalAgo(3) });
    await intake.choose('小区', '锦湖紫竹苑（温泉社区）');
    await intake.choose('纠纷类别', '噪音与邻里');
    await expect(intake.field('处理等级').locator('option:checked')).toHaveText('按规则建议：小事');
    await intake.choose('处理等级', '中事');
    await intake.fill({ 调整理由: '涉及物业管理责任，需街道协调', 纠纷简要情况: DESCRIPTION });
    await expect(intake.root).toContainText(`${DESCRIPTION.length} / 2000 字`);
    const applicant = intake.party(1);
    await applicant.field('姓名或名称').fill('李华');
    await applicant.field('电话').fill('13812345678');
    await applicant.field('身份证号').fill('11010519491231002A');
    const respondent = await intake.addParty();
    await respondent.field('角色').selectOption({ label: '被申请人' });
    await respondent.field('类型').selectOption({ label: '物业服务企业' });
    await respondent.field('姓名或名称').fill('咸宁荣基物业');
    await respondent.field('关联企业').selectOption({ label: '咸宁荣基物业' });
    await intake.field('来源').scrollIntoViewIfNeeded();
    await shot('03a-intake');
    await intake.save();
    await applicant.expectErrorUnder('身份证号', '最后一位是数字或 X');
    await expect(applicant.field('身份证号')).toBeFocused();
    await expect(intake.alert).toContainText('身份证号');
    await shot('03-intake-errors');
    await applicant.field('身份证号').fill('11010519491231002X');
    await applicant.field('身份证号').press('Enter');
    await intake.expectClosed();
    const casePage = new DisputeCasePage(page);
    await expect(casePage.heading).toHaveText(/^\d{4}-\d{4}$/);
    caseNo = (await casePage.heading.textContent()) ?? '';
    await casePage.expectStatus('已登记');
    await expect(casePage.facts).toContainText('热线转派超过 1 小时');
    await expect(casePage.facts).toContainText('GD-20261121-0088');
    await expect(casePage.section('当事人')).toContainText('138****5678');
    await expect(casePage.section('当事人')).not.toContainText('13812345678');
  });

  await test.step('纠纷台账: the case shows with its number and is found by a two-character term', async () => {
    await shell.go('纠纷台账');
    await expect(list.row(caseNo)).toContainText('锦湖紫竹苑');
    await expect(list.row(caseNo)).toContainText('李华');
    await list.search('装修');
    await expect(list.row(caseNo)).toBeVisible();
    await expect(list.count).toHaveText('共 1 件');
    await list.search('噪音 停车');
    await expect(list.grid).toContainText('没有符合筛选条件的纠纷');
    await list.search('噪音 物业');
    await expect(list.row(caseNo)).toBeVisible();
    await shot('04-list-search');
    await list.row(caseNo).dblclick();
  });

  const casePage = new DisputeCasePage(page);
  await test.step('the case: reveal a masked phone (the viewing is logged)', async () => {
    await expect(casePage.heading).toHaveText(caseNo);
    await casePage.section('当事人').getByRole('button', { name: '显示李华的电话' }).click();
    await expect(casePage.section('当事人')).toContainText('13812345678');
    await expect(casePage.section('当事人')).toContainText('已记入变更记录');
  });

  await test.step('分派调解员, 记录调解过程, 记录调解结果 (成功)', async () => {
    let dialog = await casePage.act('分派调解员');
    await dialog.choose('调解员', '张敏（TJY-2024-0117）');
    await dialog.save();
    await dialog.expectClosed();
    await casePage.expectStatus('已分派');
    await expect(casePage.facts).toContainText('张敏');

    dialog = await casePage.act('记录调解过程');
    await dialog.fill({ 地点: '温泉社区调解室', 参加人: '李华、物业经理王强、调解员张敏', 调解笔录: '双方同意物业限定装修时间为每日 8 点至 18 点。' });
    await shot('05-session-form');
    await dialog.save();
    await dialog.expectClosed();
    await casePage.expectStatus('调解中');
    await expect(casePage.section('调解过程')).toContainText('温泉社区调解室');

    dialog = await casePage.act('记录调解结果');
    await dialog.fill({ 协议内容: '物业公司督促施工方每日 18 点后停止施工\n施工方向申请人书面致歉', 履行方式: '物业公司书面通知施工方并张贴公告', 履行期限: '2026-12-31' });
    await expect(dialog.field('回访日期')).not.toHaveValue('');
    await dialog.save();
    await dialog.expectClosed();
    await casePage.expectStatus('调解成功');
    await expect(casePage.section('办理结果')).toContainText('施工方向申请人书面致歉');
  });

  await test.step('生成调解协议书: what the agreement still needs is listed before the click; 补全信息 fills it in', async () => {
    const documents = casePage.section('文书');
    // 李华's gender and birth date come from the ID number; the rest must be filled in.
    await expect(documents).toContainText('申请人李华：民族、职业或职务、住所');
    await expect(documents).toContainText('被申请人咸宁荣基物业：住所、法定代表人');
    await expect(page.getByRole('button', { name: '生成调解协议书' })).toBeDisabled();
    await expect(casePage.section('当事人')).toContainText('女（按身份证号）');
    await expect(casePage.section('当事人')).toContainText('出生日期按身份证号');
    await shot('06a-agreement-needs');

    await casePage.section('当事人').getByRole('button', { name: '补全信息：李华' }).click();
    let dialog = new FormDialog(page, '当事人信息：申请人李华');
    await expect(dialog.field('性别')).toBeFocused();
    await expect(dialog.root).toContainText('留空时按身份证号推算');
    await dialog.fill({ 出生日期: '1950-01-01' });
    await dialog.save();
    await dialog.expectErrorUnder('出生日期', '与身份证号第 7–14 位的出生日期不一致');
    await dialog.fill({ 出生日期: '', 民族: '汉族', 职业或职务: '退休教师', 住所: '锦湖紫竹苑3栋2单元501' });
    await shot('06b-party-details');
    await dialog.save();
    await dialog.expectClosed();

    await casePage.section('当事人').getByRole('button', { name: '补全信息：咸宁荣基物业' }).click();
    dialog = new FormDialog(page, '当事人信息：被申请人咸宁荣基物业');
    await dialog.fill({ '住所（单位地址）': '咸宁市咸安区温泉路 18 号', 法定代表人: '王国强' });
    await dialog.save();
    await dialog.expectClosed();
    await expect(documents).not.toContainText('请先在「当事人」中补全');
    await expect(casePage.section('当事人')).toContainText('住所：咸宁市咸安区温泉路 18 号 · 法定代表人：王国强');
  });

  await test.step('生成调解协议书: the file is written; 打开 downloads it, 打印 says how to print', async () => {
    await page.getByRole('button', { name: '生成调解协议书' }).click();
    const path = page.getByLabel('文件位置');
    await expect(path).toHaveValue(/documents.*人民调解协议书\.docx$/);
    const file = await path.inputValue();
    expect(file.startsWith(ledger.dataDir)).toBe(true);
    expect(existsSync(file)).toBe(true);
    if (testInfo.project.name === 'browser') {
      const download = page.waitForEvent('download');
      await page.getByRole('button', { name: '打开', exact: true }).click();
      const saved = await download;
      expect(saved.suggestedFilename()).toBe(`${caseNo}-人民调解协议书.docx`);
      expect(readFileSync(await saved.path()).equals(readFileSync(file))).toBe(true);
      await expect(casePage.section('文书')).toContainText(`已下载「${caseNo}-人民调解协议书.docx」`);
      const again = page.waitForEvent('download');
      await page.getByRole('button', { name: '打印', exact: true }).click();
      await again;
      await expect(casePage.section('文书')).toContainText('浏览器不能直接打印 Word 文件');
    }
    await shot('06-case-settled');
  });

  await test.step('结案 without feedback is refused in Chinese; after 记录反馈 it closes', async () => {
    let dialog = await casePage.act('结案');
    await dialog.root.getByRole('button', { name: '结案' }).click();
    await expect(dialog.alert).toContainText('结案前请先记录回访反馈');
    await shot('07-close-refused');
    await dialog.root.getByRole('button', { name: '取消' }).click();
    await dialog.expectClosed();

    dialog = await casePage.act('记录反馈');
    await dialog.choose('满意度', '满意');
    await dialog.save();
    await dialog.expectClosed();
    await expect(casePage.section('办理结果')).toContainText('满意');

    dialog = await casePage.act('结案');
    await dialog.root.getByRole('button', { name: '结案' }).click();
    await dialog.expectClosed();
    await casePage.expectStatus('已结案');
    await shot('08-case-closed');
    await page.locator('#main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await shot('08b-case-closed-lower');
  });

  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});
