import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { ADMIN } from './pages/auth.page';
import { rpc } from './pages/rpc';

const SECRETARY = { username: 'jilu', displayName: '周敏', password: 'jilu-2026-pw' };
/** Yesterday in China (the e2e app runs on the real clock; a held meeting must be in the past). */
const yesterday = () => new Date(Date.now() + 8 * 3_600_000 - 86_400_000).toISOString().slice(0, 10);
const INVITED = ['张建国 业主委员会 锦湖紫竹苑业主委员会', '王强 物业服务企业 咸宁荣基物业', '刘志明 党员代表', '陈芳 居民代表', '赵丽 居民代表'];

test.use({ viewport: { width: 1366, height: 768 } });

/** Runs a save on the meeting page and waits until the page shows the saved version (its cards start afresh from it). */
async function saved(page: import('@playwright/test').Page, save: () => Promise<void>): Promise<void> {
  const root = page.locator('.meeting-page');
  const before = await root.getAttribute('data-version');
  await save();
  await expect(root).not.toHaveAttribute('data-version', before ?? '');
}

test('a secretary records a 四方联席会议 from the sign-in sheet to submitted minutes; the administrator approves and locks them', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  await rpc(page, 'auth:create-operator', { username: SECRETARY.username, displayName: SECRETARY.displayName, role: 'secretary', password: SECRETARY.password });
  await shell.signOut();
  await new AuthPage(page).signIn(SECRETARY.username, SECRETARY.password);
  await shell.expectSignedIn(SECRETARY.displayName, '记录员');

  await test.step('登记会议 with five invited, then print the sign-in sheet', async () => {
    await shell.go('会议');
    await expect(page.locator('.empty-state')).toContainText('还没有登记会议');
    await page.getByRole('button', { name: '登记会议' }).click();
    const dialog = new FormDialog(page, '登记会议');
    await dialog.choose('会议类型', '四方联席会议');
    await dialog.choose('小区', '锦湖紫竹苑');
    await dialog.choose('状态', '已召开');
    await dialog.fill({ 会议主题: '锦湖紫竹苑车库照明改造四方联席会议', 日期: yesterday(), 开始时间: '09:00', 结束时间: '10:30', 地点: '物业用房二楼会议室', 主持人: '陈秀英', 记录人: '周敏' });
    await dialog.fill({ '受邀参会人员（每行：姓名 参会方 单位）': INVITED.join('\n') });
    await dialog.save();
    await expect(page.getByRole('heading', { level: 1, name: '锦湖紫竹苑车库照明改造四方联席会议' })).toBeVisible();
    await page.getByRole('button', { name: '生成签到表' }).click();
    const saved = page.locator('.saved-file');
    await expect(saved).toContainText('签到表.docx');
    // Printable before the meeting: 打开 and 打印 by the id the export issued, as a dispute paper is.
    await expect(saved.getByRole('button', { name: '打开', exact: true })).toBeVisible();
    await expect(saved.getByRole('button', { name: '打印', exact: true })).toBeVisible();
    const file = await page.getByLabel('文件位置').inputValue();
    expect(file).toMatch(/锦湖紫竹苑车库照明改造四方联席会议-签到表\.docx$/);
    if (testInfo.project.name === 'browser') {
      const download = page.waitForEvent('download');
      await saved.getByRole('button', { name: '打印', exact: true }).click();
      const sheet = await download;
      expect(sheet.suggestedFilename()).toBe(file.split(/[\\/]/).pop());
      expect(readFileSync(await sheet.path()).equals(readFileSync(file))).toBe(true);
      await expect(saved).toContainText('浏览器不能直接打印 Word 文件');
    }
    await saved.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'meeting-sign-in-sheet');
  });

  await test.step('submitting before attendance is refused, naming who has not been called', async () => {
    await expect(page.locator('.minutes-gaps')).toContainText('未点名签到（张建国、王强、刘志明、陈芳、赵丽）');
    await expect(page.getByRole('button', { name: '提交审定' })).toHaveCount(0);
  });

  await test.step('attendance, one agenda item and one resolution voted 4–0–0', async () => {
    const attendance = page.getByRole('region', { name: '参会人员与签到' });
    for (const name of ['张建国', '王强', '刘志明', '陈芳']) await attendance.getByLabel(`${name}出席情况`).selectOption({ label: '出席' });
    await attendance.getByLabel('赵丽出席情况').selectOption({ label: '请假' });
    await saved(page, () => attendance.getByRole('button', { name: '保存签到' }).click());
    await expect(page.getByRole('region', { name: '参会人员与签到' })).toContainText('受邀 5 人，出席 4 人');

    const agenda = page.getByRole('region', { name: '议程' });
    await agenda.getByRole('button', { name: '增加议程' }).click();
    await agenda.getByLabel('议程事项 1').fill('地下车库照明改造方案及费用');
    await saved(page, () => agenda.getByRole('button', { name: '保存议程' }).click());
    await expect(page.getByRole('region', { name: '议程' }).getByLabel('议程事项 1')).toHaveValue('地下车库照明改造方案及费用');

    // The facts and the discussion notes can be corrected while the minutes are a draft.
    await page.getByRole('button', { name: '修改会议信息' }).click();
    const facts = new FormDialog(page, '修改会议信息');
    await facts.fill({ 地点: '物业用房三楼会议室', 讨论记录: '物业公司介绍改造方案；业委会要求公开报价，居民代表关注施工期间的停车安排。' });
    await saved(page, () => facts.save());
    await facts.expectClosed();
    const factsCard = page.getByRole('region', { name: '会议信息' });
    await expect(factsCard).toContainText('物业用房三楼会议室');
    await expect(factsCard).toContainText('居民代表关注施工期间的停车安排');

    const resolutions = page.getByRole('region', { name: '决议与表决' });
    await resolutions.getByRole('button', { name: '增加决议' }).click();
    await resolutions.getByLabel('决议内容', { exact: true }).fill('同意使用公共收益 3.2 万元改造地下车库照明，物业公司 30 日内完成');
    // More votes than present is refused with the field named, nothing saved.
    await resolutions.getByLabel('同意', { exact: true }).fill('5');
    await resolutions.getByRole('button', { name: '保存决议' }).click();
    await expect(resolutions.locator('.banner--error')).toContainText('「表决」同意、反对、弃权合计 5 票，多于出席人数 4 人');
    await resolutions.getByLabel('同意', { exact: true }).fill('4');
    await saved(page, () => resolutions.getByRole('button', { name: '保存决议' }).click());
    await expect(page.locator('.minutes-gaps')).toHaveCount(0);
  });

  await test.step('submit', async () => {
    await page.getByRole('button', { name: '提交审定' }).click();
    await saved(page, () => page.getByRole('dialog', { name: '提交审定' }).getByRole('button', { name: '提交审定' }).click());
    await expect(page.getByRole('region', { name: '纪要' })).toContainText('已提交');
    // The secretary is neither host nor director: no 审定 offered.
    await expect(page.getByRole('button', { name: '审定', exact: true })).toHaveCount(0);
  });

  await test.step('the administrator approves and locks; the SHA-256 shows and only an addendum remains', async () => {
    const url = page.url();
    await shell.signOut();
    await new AuthPage(page).signIn(ADMIN.username, ADMIN.password);
    await page.goto(url);
    await page.getByRole('button', { name: '审定', exact: true }).click();
    await saved(page, () => page.getByRole('dialog', { name: '审定' }).getByRole('button', { name: '审定' }).click());
    await page.getByRole('button', { name: '锁定' }).click();
    const lock = page.getByRole('dialog', { name: '锁定' });
    await expect(lock).toContainText('锁定后纪要不能再修改');
    await saved(page, () => lock.getByRole('button', { name: '锁定' }).click());
    const minutes = page.getByRole('region', { name: '纪要' });
    await expect(minutes).toContainText('已锁定');
    await expect(minutes.locator('.minutes-hash')).toHaveText(/^[0-9a-f]{64}$/);
    await expect(page.getByRole('button', { name: '保存决议' })).toHaveCount(0);
    await expect(minutes.getByRole('button', { name: '追加补充说明' })).toBeVisible();
    await expect(page.getByRole('region', { name: '决议与表决' })).toContainText('同意 4 / 反对 0 / 弃权 0');
    await expect(page.getByRole('region', { name: '决议与表决' })).toContainText('通过');
    await page.getByRole('button', { name: '生成会议纪要' }).click();
    await expect(page.locator('.saved-file')).toContainText('会议纪要.docx');
    await screenshot(page, testInfo, 'meeting-locked');
  });

  await test.step('已生成文书 lists the sign-in sheet and the minutes with their titles and the meeting, the sheet as printed', async () => {
    await shell.go('已生成文书');
    const rows = page.getByRole('table', { name: '已生成文书' }).locator('tbody tr');
    const sheet = rows.filter({ hasText: '会议签到表' });
    await expect(sheet).toContainText(`${yesterday()} 锦湖紫竹苑车库照明改造四方联席会议`);
    await expect(sheet).toContainText('周敏（jilu）');
    await expect(sheet).toContainText('在本机');
    if (testInfo.project.name === 'browser') await expect(sheet.locator('td').nth(6)).toHaveText('是');
    await expect(rows.filter({ hasText: '会议纪要' })).toContainText(`${ADMIN.displayName}（${ADMIN.username}）`);
    // The nav link sits low in the list: clicking it scrolled the window; the table is at the top.
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, testInfo, 'meeting-generated-documents');
  });

  await test.step('the list shows the meeting with its locked minutes; the periods view counts it held', async () => {
    await shell.go('会议');
    await expect(page.getByRole('grid')).toContainText('已锁定');
    await screenshot(page, testInfo, 'meetings-list');
    await shell.go('会议周期');
    await expect(page.getByRole('region', { name: '四方联席会议' })).toContainText('已开');
    await screenshot(page, testInfo, 'meeting-periods');
  });

  await test.step('议题征集 takes a topic; 会议类型 shows the defaults and refuses a duplicate name before asking to save', async () => {
    await shell.go('议题征集');
    await page.getByRole('button', { name: '征集议题' }).click();
    const dialog = new FormDialog(page, '征集议题');
    await dialog.fill({ 议题: '小区东门电动车充电桩增设', 收到时间: `${yesterday()}T10:00`, 提出人: '陈芳' });
    await dialog.choose('事项类别', '公共设施设备改造');
    await dialog.save();
    await dialog.expectClosed();
    await expect(page.getByRole('region', { name: '已征集' })).toContainText('小区东门电动车充电桩增设');
    await screenshot(page, testInfo, 'meeting-topics');
    await shell.go('会议类型');
    const names = page.getByLabel('名称', { exact: true });
    await expect(names.first()).toHaveValue('四方联席会议');
    await names.nth(1).fill('四方联席会议');
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.locator('.banner--error').last()).toContainText('第 2 种会议类型「名称」与前面的会议类型重名（四方联席会议）');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await screenshot(page, testInfo, 'meeting-kinds');
  });
});
