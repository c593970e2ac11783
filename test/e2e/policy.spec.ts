import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/ledger';
import { REPO_ROOT } from './fixtures/host-process';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { calendarGapNotice } from '#shared/domain/policy/pack-calendar';
import { DisputeCasePage } from './pages/dispute-case.page';
import { DisputesListPage } from './pages/disputes-list.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';
import { ledgerCli } from './pages/ledger-cli';
import { chinaIsoAgo, rpc } from './pages/rpc';

type Deadline = { kind: string; calendarGap?: number[] };
type Case = { id: string; caseNo: string; deadlines: Deadline[] };

const DIRECTOR = { username: 'zhuren', displayName: '周主任', password: 'zhuren-2026' };
const SAMPLE_2027 = join(REPO_ROOT, 'test', 'fixtures', 'policy', 'holidays-2027-sample.json');

test.use({ viewport: { width: 1366, height: 768 } });

// The city signs the SAMPLE 2027 pack with the real CLI; the director previews it on the
// 政策包 screen, confirms, watches the recompute's bar and finds it in the history.
test('政策包: the director previews the sample 2027 pack, confirms and applies it', async ({ ledger }, testInfo) => {
  test.setTimeout(120_000);
  const page = ledger.page;
  const cityDir = await mkdtemp(join(tmpdir(), 'ledger-e2e-city-'));
  const stick = await mkdtemp(join(tmpdir(), 'ledger-e2e-stick-'));
  try {
    const shell = await setUpLedger(page);
    await addSampleRegistry(shell);
    // A 30-working-day rule for 中事, so a case received now runs six weeks ahead: on this
    // build's calendar data (to 2026) the count says which coming year it took by weekends alone.
    await rpc(page, 'disputes:update-rules', { rules: [{ kind: 'resolve', when: { tier: 'medium' }, amount: 30, unit: 'working-days', metBy: 'outcome' }] });
    const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
    const d = await rpc<Case>(page, 'disputes:create', {
      source: 'walk-in', receivedAt: chinaIsoAgo(1), estateId: estate!.id, category: 'property-fee', description: '物业费收费标准争议。',
      parties: [{ role: 'applicant', kind: 'person', name: '张伟', phone: '13907150001' }, { role: 'respondent', kind: 'person', name: '李强' }],
    });
    const gapBefore = d.deadlines.find((x) => x.kind === 'resolve')?.calendarGap ?? [];
    if (gapBefore.length > 0) {
      await page.goto(`${page.url().split('#')[0]}#/disputes/${d.id}`);
      const casePage = new DisputeCasePage(page);
      await expect(casePage.heading).toHaveText(d.caseNo);
      await expect(casePage.section('办理时限')).toContainText(calendarGapNotice(gapBefore));
      await screenshot(page, testInfo, 'policy-00-case-gap');
      await shell.go('纠纷台账');
      await expect(page.locator('.due-cell__gap').first()).toHaveText('按周末');
      await screenshot(page, testInfo, 'policy-00-list-gap');
    }
    // The dashboard says it whenever the coming month runs into a year without an arrangement.
    const status = await rpc<{ calendarNotice: string | null }>(page, 'policy:status', {});
    await shell.go('工作台');
    if (status.calendarNotice) await expect(page.getByRole('status').filter({ hasText: status.calendarNotice })).toBeVisible();
    expect((await ledgerCli(['city', '--data-dir', cityDir, 'init'])).code).toBe(0);
    const made = await ledgerCli(['city', '--data-dir', cityDir, 'policy-pack', '--city', '4212', '--holidays', SAMPLE_2027, '--title', '2027 年节假日安排（示例）', '--out', join(stick, 'pack.json')]);
    expect(made.code, made.stderr).toBe(0);
    expect(made.stderr).toContain('示例');
    await rpc(page, 'sync:set-city-keys', { file: join(cityDir, 'city-public.json') });
    await rpc(page, 'auth:create-operator', { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director', password: DIRECTOR.password });
    await shell.signOut();
    await new AuthPage(page).signIn(DIRECTOR.username, DIRECTOR.password);
    await shell.expectSignedIn(DIRECTOR.displayName, '主任');

    await shell.go('政策包');
    await expect(page.getByText('尚未应用任何政策包')).toBeVisible();
    const file = page.getByLabel('政策包文件');
    await file.fill(join(stick, 'no-such-pack.json'));
    await page.getByRole('button', { name: '预览' }).click();
    await expect(page.getByRole('alert').filter({ hasText: '无法读取文件' })).toBeVisible();

    await file.fill(join(stick, 'pack.json'));
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.getByRole('region', { name: '将要应用：第 1 版「2027 年节假日安排（示例）」' });
    await expect(preview).toContainText('2027 年：新增节假日安排（示例，非正式公布的安排），放假 28 天、调休上班 5 天');
    await expect(preview).toContainText('2027 年的节假日安排是示例');
    await screenshot(page, testInfo, 'policy-01-preview');

    await preview.getByRole('button', { name: '应用政策包' }).click();
    const confirm = page.getByRole('dialog', { name: '确认应用政策包' });
    await expect(confirm).toContainText('确定应用第 1 版政策包吗？');
    await confirm.getByRole('button', { name: '确定应用' }).click();
    await expect(preview.getByRole('status').filter({ hasText: '第 1 版政策包已生效' })).toBeVisible();
    await expect(preview.getByText(/已完成：重算 \d+ 件案件/)).toBeVisible();
    const history = page.getByRole('region', { name: '已应用的政策包' });
    await expect(history).toContainText('2027 年节假日安排（示例）');
    await expect(page.getByRole('region', { name: '现行政策包' })).toContainText('第 1 版');
    await screenshot(page, testInfo, 'policy-02-applied');

    // The case's deadline is counted again on the pack's 2027 calendar.
    const after = await rpc<Case>(page, 'disputes:get', { id: d.id });
    const gapAfter = after.deadlines.find((x) => x.kind === 'resolve')?.calendarGap ?? [];
    expect(gapAfter).not.toContain(2027);
    expect(gapAfter).toEqual(gapBefore.filter((y) => y !== 2027));
  } finally {
    await rm(cityDir, { recursive: true, force: true });
    await rm(stick, { recursive: true, force: true });
  }
});

const SAMPLE_CATEGORIES = join(REPO_ROOT, 'test', 'fixtures', 'policy', 'categories-sample.csv');

// The city's categories section: the preview names each rename, retirement and tier change;
// once applied the list shows the new names, the filter still offers the retired category
// (marked), and 登记纠纷 no longer offers it and suggests the city's tier.
test('政策包: a dispute-categories pack renames and retires categories across the screens', async ({ ledger }, testInfo) => {
  test.setTimeout(120_000);
  const page = ledger.page;
  const cityDir = await mkdtemp(join(tmpdir(), 'ledger-e2e-city-'));
  const stick = await mkdtemp(join(tmpdir(), 'ledger-e2e-stick-'));
  try {
    const shell = await setUpLedger(page);
    await addSampleRegistry(shell);
    const [estate] = await rpc<{ id: string }[]>(page, 'registry:list-estates', {});
    const parties = [{ role: 'applicant', kind: 'person', name: '张伟', phone: '13907150001' }, { role: 'respondent', kind: 'person', name: '李强' }];
    await rpc<Case>(page, 'disputes:create', { source: 'walk-in', receivedAt: chinaIsoAgo(2), estateId: estate!.id, category: 'parking', description: '地面车位分配争议。', parties });
    const old = await rpc<Case>(page, 'disputes:create', { source: 'walk-in', receivedAt: chinaIsoAgo(1), estateId: estate!.id, category: 'street-occupation', description: '小区门口占道经营。', parties });

    expect((await ledgerCli(['city', '--data-dir', cityDir, 'init'])).code).toBe(0);
    const made = await ledgerCli(['city', '--data-dir', cityDir, 'policy-pack', '--city', '4212', '--categories', SAMPLE_CATEGORIES, '--title', '纠纷类别调整（示例）', '--out', join(stick, 'categories.json')]);
    expect(made.code, made.stderr).toBe(0);
    await rpc(page, 'sync:set-city-keys', { file: join(cityDir, 'city-public.json') });
    await rpc(page, 'auth:create-operator', { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director', password: DIRECTOR.password });
    await shell.signOut();
    await new AuthPage(page).signIn(DIRECTOR.username, DIRECTOR.password);
    await shell.expectSignedIn(DIRECTOR.displayName, '主任');

    await shell.go('政策包');
    await page.getByLabel('政策包文件').fill(join(stick, 'categories.json'));
    await page.getByRole('button', { name: '预览' }).click();
    const preview = page.getByRole('region', { name: '将要应用：第 1 版「纠纷类别调整（示例）」' });
    for (const line of ['「停车」改名为「停车管理」', '「噪音与邻里关系」默认处理等级：小事 → 中事（新登记的案件按此建议，已登记的案件等级不变）', '「占道经营」停止受理新案件（已登记的旧案件和筛选中仍保留）']) {
      await expect(preview).toContainText(line);
    }
    await screenshot(page, testInfo, 'policy-categories-01-preview');
    await preview.getByRole('button', { name: '应用政策包' }).click();
    const confirm = page.getByRole('dialog', { name: '确认应用政策包' });
    await expect(confirm).toContainText('本政策包不涉及节假日和时限规则，案件时限不变');
    await confirm.getByRole('button', { name: '确定应用' }).click();
    await expect(preview.getByRole('status').filter({ hasText: '第 1 版政策包已生效；它不涉及节假日和时限规则' })).toBeVisible();
    await expect(preview.getByText(/已完成：重算/)).toHaveCount(0);

    const list = new DisputesListPage(page);
    await shell.go('纠纷台账');
    await expect(list.row('地面车位分配争议')).toContainText('停车管理');
    await expect(list.filters.getByLabel('类别', { exact: true }).locator('option', { hasText: '占道经营（已停用）' })).toHaveCount(1);
    await screenshot(page, testInfo, 'policy-categories-03-list');
    const intake = await list.register();
    const category = intake.field('纠纷类别');
    await expect(category.locator('option', { hasText: '停车管理' })).toHaveCount(1);
    await expect(category.locator('option', { hasText: '占道经营' })).toHaveCount(0);
    await intake.choose('纠纷类别', '噪音与邻里关系');
    await expect(intake.field('处理等级').locator('option:checked')).toHaveText('按规则建议：中事');
    await screenshot(page, testInfo, 'policy-categories-02-intake');
    await intake.root.getByRole('button', { name: '取消' }).click();

    // The old case keeps its category, marked as retired.
    await page.goto(`${page.url().split('#')[0]}#/disputes/${old.id}`);
    const casePage = new DisputeCasePage(page);
    await expect(casePage.heading).toHaveText(old.caseNo);
    await expect(page.getByText('占道经营（已停用）')).toBeVisible();
    await screenshot(page, testInfo, 'policy-categories-04-old-case');
  } finally {
    await rm(cityDir, { recursive: true, force: true });
    await rm(stick, { recursive: true, force: true });
  }
});
