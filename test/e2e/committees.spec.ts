import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { ElectionPage } from './pages/election.page';
import { FormDialog } from './pages/form-dialog';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { rpc } from './pages/rpc';

const DIRECTOR = { username: 'zhuren', displayName: '周主任', password: 'zhuren-2026' };
const ITEMS = ['owner', 'no-dishonesty', 'fees-paid', 'no-relative-at-company', 'not-under-investigation', 'no-criminal-record', 'no-party-discipline', 'public-spirited', 'knows-property-law', 'pledges-signed'];
const DEPARTMENTS = ['公安', '司法', '市场监管', '住建', '民政', '信用/发改'];

/** The date in China `daysAgo` days before now (the e2e app runs on the real clock). */
const chinaDay = (daysAgo: number) => new Date(Date.now() + 8 * 3_600_000 - daysAgo * 86_400_000).toISOString().slice(0, 10);

/** Valid resident IDs (GB 11643-1999 check digit). */
function idNumber(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'.charAt(sum % 11);
}

test.use({ viewport: { width: 1366, height: 768 } });

type Election = { id: string; candidates: { id: string; name: string }[] };

test('the director vets a candidate list end to end: an unmet item fails one, an objection is overridden, the list is published and the result seats the committee', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await addSampleRegistry(shell);
  await rpc(page, 'auth:create-operator', { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director', password: DIRECTOR.password });
  await shell.signOut();
  await new AuthPage(page).signIn(DIRECTOR.username, DIRECTOR.password);
  await shell.expectSignedIn(DIRECTOR.displayName, '主任');

  await test.step('业委会: the empty list says how to start', async () => {
    await shell.go('业委会');
    await expect(page.locator('.empty-state')).toContainText('还没有登记业委会');
    await screenshot(page, testInfo, 'committees-empty');
  });

  const election = new ElectionPage(page);
  await test.step('业委会选举: open a first election and register three candidates', async () => {
    await shell.go('业委会选举');
    await expect(page.locator('.empty-state')).toContainText('还没有选举');
    await page.getByRole('button', { name: '发起选举' }).click();
    const open = page.getByRole('dialog', { name: '发起选举' });
    await open.getByLabel('小区', { exact: true }).selectOption({ label: '锦湖紫竹苑（温泉社区）' });
    await open.getByRole('button', { name: '保存' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '锦湖紫竹苑 首次选举' })).toBeVisible();
    for (const [name, party, n] of [['王建国', '是', '1'], ['赵强', '否', '2'], ['刘芳', '否', '3']] as const) {
      const dialog = await election.open('登记候选人', '登记候选人');
      await dialog.fill({ 姓名: name, 身份证号: idNumber(`4212021965010100${n}`) });
      await dialog.choose('提名方式', '业主推荐');
      await dialog.choose('党员', party);
      await dialog.submitWithEnter('姓名');
      await dialog.expectClosed();
      await expect(election.row(name)).toBeVisible();
    }
    // Nominating the same person twice is refused under the ID number.
    const twice = await election.open('登记候选人', '登记候选人');
    await twice.fill({ 姓名: '王建国', 身份证号: idNumber('42120219650101001') });
    await twice.choose('提名方式', '自荐');
    await twice.choose('党员', '是');
    await twice.save();
    await twice.expectErrorUnder('身份证号', '不能重复提名');
    await twice.root.getByRole('button', { name: '取消' }).click();
  });

  const [listed] = await rpc<{ id: string }[]>(page, 'committees:list-elections', {});
  const e = await rpc<Election>(page, 'committees:get-election', { id: listed!.id });
  const idOf = (name: string) => e.candidates.find((c) => c.name === name)!.id;

  await test.step('赵强 fails on an unmet item: 通过 is refused naming it, 不通过 with a reason is recorded', async () => {
    const check = await election.openCheck('赵强', '按时缴纳物业费、专项维修资金');
    await check.choose('审查结果', '不符合');
    await check.fill({ 核查日期: chinaDay(3), '核查依据（备注或材料名称）': '物业公司出具的欠费清单' });
    await check.submitWithEnter('核查依据（备注或材料名称）');
    await check.expectClosed();
    await expect(election.row('赵强')).toContainText('「按时缴纳物业费、专项维修资金」不符合');
    await election.row('赵强').getByRole('button', { name: '作出结论' }).click();
    const decide = new FormDialog(page, '「赵强」资格审查结论');
    await decide.choose('结论', '通过');
    await decide.save();
    await expect(decide.alert).toContainText('「按时缴纳物业费、专项维修资金」不符合，不能通过资格审查');
    await decide.choose('结论', '不通过');
    await decide.fill({ '理由（不通过时必填）': '拖欠物业费两年' });
    await decide.save();
    await decide.expectClosed();
    await expect(election.row('赵强')).toContainText('不通过');
  });

  await test.step('王建国 and 刘芳: the checklist is met; 公安 objects to 王建国 in the joint review', async () => {
    // The remaining items are set up beside the UI; the matrix then shows them met.
    for (const name of ['王建国', '刘芳']) {
      for (const itemKey of ITEMS.slice(0, name === '王建国' ? -1 : undefined)) {
        await rpc(page, 'committees:record-check', { electionId: e.id, candidateId: idOf(name), itemKey, finding: 'met', checkedOn: chinaDay(3) });
      }
    }
    const last = await election.openCheck('王建国', '签署参选、履职、辞职承诺书');
    await last.fill({ 核查日期: chinaDay(3), '核查依据（备注或材料名称）': '承诺书三份' });
    await last.save();
    await last.expectClosed();
    await expect(election.review).toContainText('尚有 12 项意见未反馈');
    await election.review.getByRole('button', { name: '录入公安意见' }).click();
    const police = new FormDialog(page, '公安的联审意见');
    await police.fill({ 意见日期: chinaDay(2), '王建国：说明': '2019 年有一次治安处罚记录' });
    await police.choose('王建国：意见', '有异议');
    await police.save();
    await police.expectClosed();
    for (const department of DEPARTMENTS.slice(1)) {
      await rpc(page, 'committees:record-opinions', { electionId: e.id, department, givenOn: chinaDay(2), opinions: ['王建国', '刘芳'].map((n) => ({ candidateId: idOf(n), opinion: 'no-objection' })) });
    }
    await page.reload();
    await expect(election.review).toContainText('各部门意见已全部反馈');
    await expect(election.review.getByRole('row').filter({ hasText: '王建国' })).toContainText('有异议');
    await screenshot(page, testInfo, 'election-vetting');
  });

  await test.step('王建国 passes only with the director’s written override; 刘芳 passes', async () => {
    await election.row('王建国').getByRole('button', { name: '作出结论' }).click();
    const decide = new FormDialog(page, '「王建国」资格审查结论');
    await decide.save();
    await decide.expectErrorUnder('主任书面意见（有部门异议时必填）', '公安有异议，须由主任书面同意后才能通过');
    await decide.fill({ '主任书面意见（有部门异议时必填）': '处罚已满五年且已整改，同意通过' });
    await decide.save();
    await decide.expectClosed();
    await expect(election.row('王建国')).toContainText('主任意见：处罚已满五年且已整改，同意通过');
    await election.row('刘芳').getByRole('button', { name: '作出结论' }).click();
    const pass = new FormDialog(page, '「刘芳」资格审查结论');
    await pass.save();
    await pass.expectClosed();
  });

  await test.step('公示: the list is posted; the countdown, an objection and its resolution', async () => {
    const publish = await election.open('公示名单', '公示候选人名单');
    await publish.fill({ 公示开始日期: chinaDay(10), 公示地点: '小区东门公告栏' });
    await publish.save();
    await publish.expectClosed();
    await expect(page.getByRole('region', { name: '公示' })).toContainText('公示期已满');
    const objection = await election.open('登记异议', '登记公示期异议');
    await objection.choose('涉及候选人', '刘芳');
    await objection.fill({ 收到日期: chinaDay(8), 异议内容: '有业主反映刘芳不是本小区业主' });
    await objection.save();
    await objection.expectClosed();
    await expect(page.getByRole('button', { name: '录入选举结果' })).toHaveCount(0);
    const resolve = await election.open('处理', '处理异议');
    await resolve.fill({ 处理结果: '经核实刘芳为 3 栋业主，异议不成立' });
    await resolve.save();
    await resolve.expectClosed();
    // The notice is a generated document like a dispute paper: 打开/打印 by the id its export issued.
    const documents = page.getByRole('region', { name: '文书' });
    await documents.getByRole('button', { name: '生成候选人公示' }).click();
    await expect(documents.locator('.saved-file')).toContainText('锦湖紫竹苑-候选人公示.docx');
    await expect(documents.getByRole('button', { name: '打开', exact: true })).toBeVisible();
    await expect(documents.getByRole('button', { name: '打印', exact: true })).toBeVisible();
    await documents.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'committee-notice-generated');
  });

  await test.step('选举结果: a vote count above the households is refused; the elected become the new term', async () => {
    const result = await election.open('录入选举结果', '录入选举结果');
    await result.fill({ 业主大会日期: chinaDay(2), 新一届任期开始日期: chinaDay(1), '王建国 得票': '1300', '刘芳 得票': '860' });
    await result.choose('王建国 职务', '主任');
    await result.save();
    await expect(result.alert).toContainText('不能超过本小区户数（1200 户）');
    await result.fill({ '王建国 得票': '980' });
    await result.save();
    await result.expectClosed();
    await screenshot(page, testInfo, 'election-result');
    await page.getByRole('button', { name: '生成选举结果公示' }).click();
    await expect(page.getByRole('region', { name: '文书' }).getByRole('status')).toContainText('锦湖紫竹苑-选举结果公示.docx');
    await page.getByRole('link', { name: '查看新一届业委会' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '锦湖紫竹苑 第 1 届业主委员会' })).toBeVisible();
    const share = page.getByRole('region', { name: '党员占比' });
    await expect(share).toContainText('在任 2 人，党员 1 人，占 50%');
    await expect(share).toContainText('距 60% 的目标还差 1 名党员');
    await expect(page.getByRole('region', { name: '成员' })).toContainText('王建国');
    await screenshot(page, testInfo, 'committee-page');
  });

  await test.step('确认就任, then the secretary’s 履职评议: a score above an item’s maximum is refused', async () => {
    await page.getByRole('button', { name: '确认就任' }).click();
    const seat = new FormDialog(page, '确认就任（备案）');
    await seat.fill({ 备案日期: chinaDay(0) });
    await seat.submitWithEnter('备案日期');
    await seat.expectClosed();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('锦湖紫竹苑 第 1 届业主委员会');
    await expect(page.locator('.page__subtitle')).toContainText('在任');
    await page.getByRole('button', { name: '录入履职评议' }).click();
    const form = new FormDialog(page, '录入履职评议');
    await form.fill({ 评议日期: chinaDay(0), 评议组成员: '街道 周主任\n社区党委 李书记\n业主代表 陈秀英' });
    const labels = await form.root.locator('label').allTextContents();
    for (const label of labels.filter((l) => /（\d+ 分）/.test(l))) {
      const max = Number(/（(\d+) 分）/.exec(label)![1]);
      await form.field(label).fill(String(max - 2));
    }
    await form.field('信息公开（10 分）').fill('12');
    await form.save();
    await expect(form.alert).toContainText('「信息公开」不能超过 10 分');
    await form.field('信息公开（10 分）').fill('9');
    await form.save();
    await form.expectClosed();
    const evaluations = page.getByRole('region', { name: '履职评议' });
    await expect(evaluations).toContainText('77');
    await expect(evaluations).toContainText('合格');
    await screenshot(page, testInfo, 'committee-evaluated');
  });

  await test.step('业委会培训: a session with one of two members gives 50% coverage this quarter', async () => {
    await shell.go('业委会培训');
    await expect(page.getByRole('region', { name: '本季度培训覆盖率' })).toContainText('本季度无人参训');
    await page.getByRole('button', { name: '登记培训' }).click();
    const form = new FormDialog(page, '登记培训');
    await form.fill({ 培训日期: chinaDay(0), 培训主题: '《民法典》物业服务合同', 授课人: '市司法局 刘律师', 地点: '街道会议室' });
    await form.choose('选择业委会，勾选参训成员', '锦湖紫竹苑 第 1 届');
    await form.root.getByRole('checkbox', { name: '王建国' }).check();
    await form.save();
    await form.expectClosed();
    await expect(page.getByRole('region', { name: '本季度培训覆盖率' })).toContainText('参训 1 人，覆盖率 50%');
    await expect(page.getByRole('region', { name: '培训记录' })).toContainText('法律讲堂');
    await screenshot(page, testInfo, 'training');
  });

  await test.step('the list and the estate page show the committee and its party share', async () => {
    await shell.go('业委会');
    await expect(page.getByRole('region', { name: '业委会' })).toContainText('50%');
    await screenshot(page, testInfo, 'committees-list');
    await shell.go('小区');
    await page.getByRole('link', { name: '锦湖紫竹苑' }).click();
    await expect(page.getByRole('region', { name: '业主委员会' })).toContainText('第 1 届业主委员会（在任）');
    await screenshot(page, testInfo, 'estate-committee-card');
  });

  await test.step('劝退程序: proposed, talk held, the assembly agrees; the member leaves as 劝退', async () => {
    await page.getByRole('link', { name: /查看业委会/ }).click();
    await page.getByRole('button', { name: '对刘芳提出劝退' }).click();
    const propose = new FormDialog(page, '对「刘芳」提出劝退');
    await propose.fill({ 提出日期: chinaDay(0), 劝退事由: '多次无故缺席会议，不履行委员职责' });
    await propose.save();
    await propose.expectClosed();
    const procedures = page.getByRole('region', { name: '劝退程序' });
    await procedures.getByRole('button', { name: '记录谈话' }).click();
    const talk = new FormDialog(page, '与「刘芳」谈话');
    await talk.fill({ 谈话日期: chinaDay(0), 说明: '社区党委书记谈话，本人无异议' });
    await talk.save();
    await talk.expectClosed();
    await procedures.getByRole('button', { name: '记录业主大会决定' }).click();
    const assembly = new FormDialog(page, '业主大会对劝退「刘芳」的决定');
    await assembly.fill({ 业主大会日期: chinaDay(0) });
    await assembly.choose('业主大会决定', '同意劝退');
    await assembly.save();
    await assembly.expectClosed();
    await expect(procedures).toContainText('业主大会同意劝退');
    await expect(page.getByRole('region', { name: '成员' }).getByRole('row').filter({ hasText: '刘芳' })).toContainText('劝退');
    await screenshot(page, testInfo, 'committee-withdrawal');
  });
});
