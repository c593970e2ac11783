import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { ADMIN, AuthPage } from './pages/auth.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { rpc, rpcEnvelope } from './pages/rpc';

const DIRECTOR = { username: 'zhuren', displayName: '周主任', password: 'zhuren-2026' };

/** The date in China `days` days from now (the e2e app runs on the real clock). */
const chinaDay = (days: number) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

test.use({ viewport: { width: 1366, height: 768 } });

test('an action item is recorded, completed by one operator, refused verification by the same one and verified by a second', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  await rpc(page, 'auth:create-operator', { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director', password: DIRECTOR.password });
  const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
  // An older item, already overdue, so the list shows overdue first.
  await rpc(page, 'actions:create', {
    problem: '小区东门道闸损坏，车辆随意进出', sourceKind: 'other', sourceNote: '居民来电反映', estateId: estate!.id,
    responsibleKind: 'company', responsibleName: '咸宁荣基物业', rectification: '修复道闸并恢复门岗登记', dueOn: chinaDay(-3),
  });

  await test.step('整改清单: 登记整改事项 refuses a missing responsible party and due date under the fields, then saves', async () => {
    await shell.go('整改清单');
    await page.getByRole('button', { name: '登记整改事项' }).click();
    const form = new FormDialog(page, '登记整改事项');
    await form.fill({ 存在问题: '3 号楼消防通道堆放杂物，消防栓被遮挡', 来源说明: '11 月消防安全联合检查', 整改要求: '清理杂物，恢复消防栓标识' });
    await form.choose('小区', '锦湖紫竹苑');
    await form.save();
    await form.expectErrorUnder('责任主体类型', '请选择责任主体类型');
    await form.choose('责任主体类型', '物业服务企业');
    await form.choose('从登记信息中选择', '咸宁荣基物业');
    await form.save();
    await form.expectErrorUnder('整改期限', '不能为空');
    await form.fill({ 整改期限: chinaDay(10) });
    await form.save();
    await form.expectClosed();
    await expect(page.getByRole('heading', { level: 1, name: '3 号楼消防通道堆放杂物，消防栓被遮挡' })).toBeVisible();
    await expect(page.locator('.badge')).toHaveText('待整改');
  });

  const itemUrl = page.url();
  await test.step('the administrator records the completion; verification is not offered to them and the core refuses it', async () => {
    await page.getByRole('button', { name: '登记整改完成' }).click();
    const done = new FormDialog(page, '登记整改完成');
    await done.fill({ 完成情况及佐证: '杂物已清理，消防栓标识已恢复，现场照片 3 张存档' });
    await done.save();
    await done.expectClosed();
    await expect(page.locator('.badge')).toHaveText('已完成待核验');
    await expect(page.getByRole('button', { name: '退回整改' })).toBeVisible();
    await expect(page.getByRole('button', { name: '核验销号' })).toHaveCount(0);
    const id = itemUrl.split('/').pop()!;
    const item = await rpc<{ version: number }>(page, 'actions:get', { id });
    const refused = await rpcEnvelope(page, 'actions:verify', { id, version: item.version, verifiedOn: chinaDay(0) });
    expect(refused.error).toMatchObject({ code: 'invalid-input', message: `「核验人」不能由登记完成的同一人（${ADMIN.username}）核验，请另一名工作人员核验` });
  });

  await test.step('整改清单 lists the overdue item first, with its days overdue', async () => {
    await shell.go('整改清单');
    const rows = page.locator('.ag-center-cols-container .ag-row');
    await expect(rows).toHaveCount(1);
    await expect(rows.first()).toContainText('逾期 3 天');
    await page.getByLabel('整改状态', { exact: true }).selectOption({ label: '全部' });
    await expect(rows).toHaveCount(2);
    await expect(page.locator('.ag-center-cols-container .ag-row[row-index="0"]')).toContainText('小区东门道闸损坏');
    await expect(page.locator('.ag-center-cols-container .ag-row[row-index="1"]')).toContainText('已完成待核验');
    await screenshot(page, testInfo, 'actions-list');
  });

  await test.step('the director, a second person, verifies it', async () => {
    await shell.signOut();
    await new AuthPage(page).signIn(DIRECTOR.username, DIRECTOR.password);
    await shell.expectSignedIn(DIRECTOR.displayName, '主任');
    await page.goto(itemUrl);
    await page.getByRole('button', { name: '核验销号' }).click();
    const verify = new FormDialog(page, '核验销号');
    await expect(verify.root).toContainText('另一名工作人员');
    await verify.fill({ 核验意见: '现场复查合格' });
    await verify.save();
    await verify.expectClosed();
    await expect(page.locator('.badge')).toHaveText('已核验销号');
    await expect(page.locator('.card').filter({ hasText: '整改进展' })).toContainText('zhuren 核验');
    await screenshot(page, testInfo, 'action-verified');
  });
});

type Meeting = { id: string; version: number; attendees: { id: string; name: string; side: string; organisation: string | null; invited: boolean }[] };

test('a resolved topic is published from the estate page, and its countdown shows there and on the 工作台', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
  // A held 四方联席会议 two days ago that settled one resident request (recorded beside the UI: not what this test is about).
  const at = (hoursAgo: number) => new Date(Date.now() - hoursAgo * 3_600_000).toISOString();
  const topic = await rpc<{ id: string }>(page, 'meetings:create-topic', {
    topicTitle: '地下车库照明改造', topicDetail: null, source: 'resident-request', caseId: null, matterKind: 'facility-renovation', receivedAt: at(24 * 10), requester: '陈芳', estateId: estate!.id, communityId: null,
  });
  const person = (name: string, side: string) => ({ name, side, organisation: null, committeeMemberId: null, staffId: null, invited: true, attendance: null, uninvitedReason: null });
  let m = await rpc<Meeting>(page, 'meetings:create', {
    kind: 'four-party', scope: 'estate', estateId: estate!.id, communityId: null, title: '锦湖紫竹苑四方联席会议', status: 'held', startsAt: at(50), endsAt: at(48),
    place: '物业用房会议室', hostName: '王丽', hostStaffId: null, recorderName: '周敏', recorderStaffId: null,
    attendees: [person('张建国', 'owners-committee'), person('王强', 'company'), person('刘志明', 'party-members'), person('陈芳', 'residents')],
  });
  m = await rpc<Meeting>(page, 'meetings:set-attendees', { id: m.id, version: m.version, attendees: m.attendees.map((a) => ({ ...a, committeeMemberId: null, staffId: null, attendance: 'present', uninvitedReason: null })) });
  m = await rpc<Meeting>(page, 'meetings:set-agenda', { id: m.id, version: m.version, agenda: [{ itemTitle: '车库照明改造方案', topicId: topic.id, discussion: null }] });
  await rpc(page, 'meetings:set-resolutions', { id: m.id, version: m.version, resolutions: [{ resolutionText: '同意使用公共收益改造车库照明，12 月底前完工', topicId: topic.id, vote: { votesFor: 4, votesAgainst: 0, votesAbstain: 0 } }] });

  await test.step('小区 page: 协商议题 shows the resolution; 结果公示 refuses an end before the start, then publishes for seven days', async () => {
    await page.goto(`${page.url().split('#')[0]}#/estates/${estate!.id}`);
    const card = page.getByRole('region', { name: '协商议题' });
    await expect(card).toContainText('同意使用公共收益改造车库照明');
    await card.getByRole('button', { name: '结果公示' }).click();
    const form = new FormDialog(page, '结果公示');
    await form.fill({ 公示地点: '小区东门公示栏', 公示截止日期: chinaDay(-1) });
    await form.save();
    await form.expectErrorUnder('公示截止日期', '不能早于公示开始日期');
    await form.fill({ 公示截止日期: '' });
    await form.save();
    await form.expectClosed();
    await expect(card).toContainText('公示中，还剩 7 天（共 7 天）');
    await expect(card).toContainText(`${chinaDay(0)} 至 ${chinaDay(6)}`);
    await card.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'estate-consultations');
  });

  await test.step('工作台: the countdown', async () => {
    await shell.go('工作台');
    const countdowns = page.getByRole('region', { name: '结果公示倒计时' });
    await expect(countdowns).toContainText('公示中，还剩 7 天（共 7 天）');
    await expect(countdowns).toContainText('地下车库照明改造');
    await countdowns.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'publication-countdown');
  });

  await test.step('诉求响应台账: the resident request from receipt, with the 办结率 of the period', async () => {
    await shell.go('诉求响应台账');
    await page.getByLabel('受理日期自', { exact: true }).fill(chinaDay(-30));
    await expect(page.locator('.requests__rate')).toHaveText('期间受理居民诉求 1 件，已办结 0 件，办结率 0%');
    await expect(page.locator('table.table')).toContainText('地下车库照明改造');
    await expect(page.locator('table.table')).toContainText(chinaDay(0));
    await screenshot(page, testInfo, 'request-ledger');
  });
});
