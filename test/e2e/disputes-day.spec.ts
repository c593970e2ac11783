import { lastCompleteMonth, shanghaiMonth } from '#shared/domain/disputes/report-months';
import { existsSync } from 'node:fs';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { ADMIN, AuthPage } from './pages/auth.page';
import { DisputeCasePage } from './pages/dispute-case.page';
import { DisputesListPage } from './pages/disputes-list.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { chinaIsoAgo, rpc } from './pages/rpc';

// The director's and mediator's day over a ledger filled through the contract; the
// intake-to-closure walk through the forms is in disputes.spec.ts.

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
