import { lastCompleteMonth, shanghaiMonth } from '#shared/domain/disputes/report-months';
import { existsSync, readFileSync } from 'node:fs';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { ADMIN, AuthPage } from './pages/auth.page';
import { DisputeCasePage } from './pages/dispute-case.page';
import { DisputesListPage } from './pages/disputes-list.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { chinaIsoAgo, chinaLocalAgo, rpc } from './pages/rpc';
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

test('工作台: 待分派, 今日到期, 已逾期 by what matters, 我的案件; the list remembers columns; 每月研判, 时限规则 and the estate and company pages', async ({ ledger }, testInfo) => {
  test.setTimeout(180_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `disputes-${name}`);
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);

  const [estate] = await rpc<{ id: string; companyId: string }[]>(page, 'registry:list-estates', {});
  const applicant = [{ role: 'applicant', kind: 'person', name: '周敏', phone: '13907150001' }];
  const create = (hoursAgo: number, category: string, description: string) =>
    rpc<{ id: string; caseNo: string }>(page, 'disputes:create', { source: 'walk-in', receivedAt: chinaIsoAgo(hoursAgo), estateId: estate?.id, category, description, parties: applicant });
  const list = new DisputesListPage(page);
  const mediator = await rpc<{ id: string }>(page, 'registry:create-staff', { name: '周亮', role: 'mediator', certificateNo: 'TJY-2025-0031' });
  // Settled ten days ago; its return visit was due two days ago (the kind of case that used to fill 已逾期).
  const visit = await create(240, 'noise-neighbours', '楼道堆放杂物引发邻里争吵，已调解成功。');
  let v = await rpc<{ id: string; version: number }>(page, 'disputes:assign', { id: visit.id, version: 1, mediatorId: mediator.id });
  v = await rpc(page, 'disputes:record-session', { id: v.id, version: v.version, heldAt: chinaIsoAgo(239), place: '温泉社区调解室', attendees: '双方当事人', notes: '双方同意清理杂物。' });
  await rpc(page, 'disputes:record-outcome', {
    id: v.id, version: v.version, outcome: 'settled', agreedTerms: '三日内清理楼道杂物', performance: '社区监督', performanceDue: chinaIsoAgo(100), returnVisitDueAt: chinaIsoAgo(48),
  });
  const late = await create(72, 'noise-neighbours', '邻居深夜噪音，已超过调解时限。');
  const soon = await create(20, 'greening', '小区绿化带被占用种菜。');
  const fresh = await create(1, 'parking', '地下车库停车位被长期占用，物业不处理。');

  await test.step('工作台: 待分派, 今日到期, and 已逾期 with no first session before a late return visit; counts open the filtered list', async () => {
    await shell.go('工作台');
    const unassigned = page.getByRole('region', { name: '待分派' });
    for (const c of [late, soon, fresh]) await expect(unassigned).toContainText(c.caseNo);
    await expect(unassigned).not.toContainText(visit.caseNo);
    // 20 hours into a 24-hour deadline is due before the office next opens, whatever the hour.
    const dueToday = page.getByRole('region', { name: '今日到期' });
    await expect(dueToday).toContainText(soon.caseNo);
    await expect(dueToday).not.toContainText(late.caseNo);
    const overdue = page.getByRole('region', { name: '已逾期' });
    await expect(overdue.locator('tbody tr')).toHaveCount(2);
    await expect(overdue.locator('tbody tr').first()).toContainText(late.caseNo);
    await expect(overdue.locator('tbody tr').first()).toContainText('首次调解');
    await expect(overdue.locator('tbody tr').nth(1)).toContainText(visit.caseNo);
    await expect(overdue.locator('tbody tr').nth(1)).toContainText('记录回访');
    const tiles = page.getByRole('navigation', { name: '案件数量' });
    await expect(tiles.getByRole('link', { name: /待分派/ })).toContainText('3');
    await expect(tiles.getByRole('link', { name: /已逾期/ })).toContainText('2');
    await shot('09-dashboard');
    await page.locator('#main').evaluate((main) => main.scrollTo(0, main.scrollHeight));
    await shot('09c-dashboard-overdue');

    await overdue.getByRole('navigation', { name: '按未办事项' }).getByRole('link', { name: /未回访/ }).click();
    await expect(list.heading).toBeVisible();
    await expect(list.filters.getByLabel('办理时限')).toHaveValue('return-visit');
    await expect(list.count).toHaveText('共 1 件');
    await expect(list.row(visit.caseNo)).toBeVisible();
    await shot('09b-list-late-return-visits');

    await shell.go('工作台');
    await tiles.getByRole('link', { name: /今日到期/ }).click();
    await expect(list.filters.getByLabel('办理时限')).toHaveValue('today');
    await expect(list.row(soon.caseNo)).toBeVisible();
    await expect(list.row(soon.caseNo)).toContainText('今日到期');
    await expect(list.row(late.caseNo)).toHaveCount(0);

    await shell.go('工作台');
    await page.getByRole('link', { name: late.caseNo }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: late.caseNo })).toBeVisible();
    await expect(page.getByRole('region', { name: '办理时限' })).toContainText('已逾期');
  });

  await test.step('纠纷台账: overdue rows stand out; filters; hidden columns are remembered after a reload', async () => {
    await shell.go('纠纷台账');
    await expect(list.row(late.caseNo)).toHaveClass(/row--overdue/);
    await expect(list.row(soon.caseNo)).toHaveClass(/row--due-soon/);
    await list.filters.getByLabel('办理时限').selectOption({ label: '已逾期（全部）' });
    await expect(list.count).toHaveText('共 2 件');
    await list.filters.getByRole('button', { name: '清除筛选' }).click();
    await expect(list.count).toHaveText('共 4 件');
    await list.filters.getByLabel('类别', { exact: true }).selectOption({ label: '停车' });
    await expect(list.count).toHaveText('共 1 件');
    await expect(list.row(fresh.caseNo)).toBeVisible();
    const file = await list.exportExcel();
    await expect(page.getByRole('status').filter({ hasText: '已导出 1 件案件' })).toBeVisible();
    expect(file.startsWith(ledger.dataDir)).toBe(true);
    expect(existsSync(file)).toBe(true);
    await page.getByRole('button', { name: '关闭' }).click();
    await expect(page.getByLabel('文件位置')).toHaveCount(0);
    await list.filters.getByRole('button', { name: '清除筛选' }).click();
    await expect(list.header('物业服务企业')).toBeVisible();
    await list.toggleColumn('物业服务企业');
    await expect(list.header('物业服务企业')).toHaveCount(0);
    await shot('10-list-rows');
    await page.waitForTimeout(1200); // the column state is saved 0.8 s after the last change
    await page.reload();
    await expect(list.row(late.caseNo)).toBeVisible();
    await expect(list.header('摘要')).toBeVisible();
    await expect(list.header('物业服务企业')).toHaveCount(0);
    await list.toggleColumn('物业服务企业');
    await expect(list.header('物业服务企业')).toBeVisible();
    await list.row(fresh.caseNo).locator('[col-id="summary"]').click();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: fresh.caseNo })).toBeVisible();
  });

  await test.step('another operator saved the case meanwhile: conflict, reload, and what was typed is kept', async () => {
    const dialog = await new DisputeCasePage(page).act('登记证据');
    await dialog.fill({ 材料名称: '车位被占用照片 3 张', 提供人: '周敏' });
    await rpc(page, 'disputes:add-evidence', { id: fresh.id, version: 1, name: '物业巡查记录', receivedAt: chinaIsoAgo(0) });
    await dialog.save();
    await expect(dialog.alert).toContainText('已被其他人修改');
    await dialog.root.getByRole('button', { name: '重新加载' }).click();
    await expect(dialog.root).toContainText('已载入案件的最新状态');
    await expect(dialog.field('材料名称')).toHaveValue('车位被占用照片 3 张');
    await dialog.save();
    await dialog.expectClosed();
    const evidence = page.getByRole('region', { name: '证据材料' });
    await expect(evidence).toContainText('物业巡查记录');
    await expect(evidence).toContainText('车位被占用照片 3 张');
  });

  await test.step('登记纠纷 keeps a draft through Esc and a reload', async () => {
    await shell.go('纠纷台账');
    let intake = await list.register();
    await intake.fill({ 纠纷简要情况: '电梯长期故障无人维修。' });
    await intake.party(1).field('姓名或名称').fill('吴刚');
    await page.keyboard.press('Escape');
    await intake.expectClosed();
    await page.reload();
    intake = await list.register();
    await expect(intake.root).toContainText('已恢复您上次未保存的填写内容');
    await expect(intake.field('纠纷简要情况')).toHaveValue('电梯长期故障无人维修。');
    await expect(intake.party(1).field('姓名或名称')).toHaveValue('吴刚');
    await page.keyboard.press('Escape');
  });

  await test.step('每月研判: opens on the last complete month; the month of the new cases as charts, 不予受理 apart', async () => {
    // The greening case is refused: it still counts as registered, not as accepted.
    const refused = await rpc<{ version: number }>(page, 'disputes:get', { id: soon.id });
    await rpc(page, 'disputes:transition', { id: soon.id, version: refused.version, to: 'rejected', reason: '不属于物业纠纷调解范围' });
    await page.setViewportSize({ width: 1366, height: 768 });
    await shell.go('每月研判');
    const picker = page.getByLabel('月份', { exact: true });
    await expect(picker).toHaveValue(lastCompleteMonth(new Date()));
    await expect(page.getByRole('figure', { name: '近 12 个月走势' }).locator('svg')).toBeVisible();
    await shot('11-analysis-default');
    // Cases received 1 to 72 hours ago: near the start of a month some fall in the previous one.
    const month = shanghaiMonth(chinaIsoAgo(1));
    await picker.fill(month);
    const refusedHere = shanghaiMonth(chinaIsoAgo(20)) === month ? 1 : 0;
    await expect(page.locator('.tile').first()).toContainText(`不予受理 ${refusedHere}`);
    const trend = page.getByRole('figure', { name: '近 12 个月走势' });
    await expect(trend).toContainText('调解成功');
    await expect(page.getByRole('region', { name: '按类别' })).toContainText('停车');
    await expect(page.getByRole('region', { name: '按社区' })).toContainText('温泉社区');
    await expect(page.getByRole('region', { name: '按小区' })).toContainText('锦湖紫竹苑');
    await expect(page.getByRole('region', { name: '按等级' }).locator('svg')).toBeVisible();
    // A tooltip is drawn on hover; it must not need an inline style (the CSP would block it).
    const chart = await trend.getByRole('img', { name: /近 12 个月走势（图表/ }).boundingBox();
    if (chart) await page.mouse.move(chart.x + chart.width - 40, chart.y + chart.height / 2);
    await trend.getByText('查看数据表').click();
    await expect(trend.getByRole('table')).toContainText(`${month.slice(0, 4)}年${Number(month.slice(5))}月`);
    await expect(page.getByRole('button', { name: '打印' })).toBeEnabled();
    await page.getByRole('button', { name: '导出 Excel' }).click();
    await expect(page.getByLabel('文件位置')).toHaveValue(/exports.*每月研判-\d{4}-\d{2}\.xlsx$/, { timeout: 30_000 });
    expect(existsSync(await page.getByLabel('文件位置').inputValue())).toBe(true);
    await shot('11-analysis');
    expect(await ledger.watch.cspViolations(page)).toEqual([]);
    await page.setViewportSize({ width: 1366, height: 820 });
  });

  await test.step('时限规则: a bad value is named on its row; a good one is saved after confirming', async () => {
    await shell.go('时限规则');
    const amount = page.getByLabel('第 1 条 数值');
    await expect(amount).toHaveValue('24');
    await amount.fill('0');
    await page.getByRole('button', { name: '保存规则' }).click();
    // Checked before the question: nothing to confirm about a value that cannot be saved.
    await expect(page.getByRole('dialog', { name: '保存时限规则' })).toHaveCount(0);
    await expect(page.locator('.rule__errors')).toContainText('「数值」至少为 1');
    await expect(page.getByRole('alert').first()).toContainText('第 1 条规则的「数值」至少为 1');
    await shot('12-rules-error');
    await amount.fill('48');
    await page.getByRole('button', { name: '保存规则' }).click();
    await page.getByRole('dialog', { name: '保存时限规则' }).getByRole('button', { name: '保存规则' }).click();
    await expect(page.getByText(/规则已保存，(\d+ 件案件的办理时限随之改变|没有案件的办理时限因此改变)/)).toBeVisible();
    await expect(page.getByText('当前使用的是本街道修改过的规则')).toBeVisible();
    await shot('13-rules-saved');
  });

  await test.step('the estate lists its disputes; the company counts them by category', async () => {
    await page.goto(page.url().replace(/#.*$/, `#/estates/${estate?.id}`));
    const section = page.getByRole('region', { name: '物业纠纷' });
    await expect(section).toContainText(late.caseNo);
    await expect(section).toContainText('共 4 件');
    await shot('14-estate-disputes');
    await section.getByRole('button', { name: '登记纠纷' }).click();
    const intake = page.getByRole('dialog', { name: '登记纠纷' });
    await expect(intake.getByLabel('小区', { exact: true }).locator('option:checked')).toHaveText('锦湖紫竹苑（温泉社区）');
    await page.keyboard.press('Escape');
    await page.goto(page.url().replace(/#.*$/, `#/companies/${estate?.companyId}`));
    const summary = page.getByRole('region', { name: '涉及的纠纷' });
    await expect(summary).toContainText('共 4 件');
    await expect(summary).toContainText('停车');
    await shot('15-company-disputes');
  });

  await test.step('我的案件: an account standing for 周亮 sees 周亮’s cases, and not the office’s lists', async () => {
    const operators = await shell.list('操作员');
    const dialog = await operators.add('新增操作员');
    await dialog.fill({ 用户名: 'zhouliang', 姓名: '周亮', 初始密码: 'tiaojie-2026', 确认密码: 'tiaojie-2026' });
    await dialog.choose('角色', '调解员');
    await dialog.choose('对应工作人员', '周亮（调解员）');
    await shot('16-operator-staff');
    await dialog.save();
    await dialog.expectClosed();
    await expect(operators.row('zhouliang')).toContainText('周亮');

    await shell.signOut();
    await new AuthPage(page).signIn('zhouliang', 'tiaojie-2026');
    const mine = page.getByRole('region', { name: '我的案件' });
    await expect(mine).toContainText('我的案件（周亮）');
    await expect(mine.locator('tbody tr')).toHaveCount(1);
    await expect(mine).toContainText(visit.caseNo);
    await expect(page.getByRole('region', { name: '待分派' })).toHaveCount(0);
    await shot('17-dashboard-mine');
    await mine.getByRole('link', { name: /已逾期/ }).click();
    await expect(list.count).toHaveText('共 1 件');
    await expect(list.filters.getByLabel('调解员')).toHaveValue(mediator.id);
    await expect(list.row(visit.caseNo)).toBeVisible();
  });

  await test.step('signing in again lands on 工作台, whatever screen was open', async () => {
    await shell.signOut();
    await new AuthPage(page).signIn(ADMIN.username, ADMIN.password);
    await expect(page.getByRole('heading', { level: 1, name: '工作台' })).toBeVisible();
  });

  expect(await ledger.watch.cspViolations(page)).toEqual([]);
  expect(ledger.watch.problems).toEqual([]);
});
