import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { DisputesListPage } from './pages/disputes-list.page';
import { setUpLedger } from './pages/flows';
import { chinaIsoAgo, chinaLocalAgo, rpc } from './pages/rpc';

test.use({ viewport: { width: 1366, height: 768 } });

test('登记纠纷 warns of the same 12345 order and of the applicant’s open case, each a link that opens the case', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  const community = await rpc<{ id: string }>(page, 'registry:create-community', { name: '温泉社区' });
  const estate = await rpc<{ id: string }>(page, 'registry:create-estate', { name: '锦湖紫竹苑', address: '温泉路 18 号', communityId: community.id, companyId: null, households: 1200 });
  const earlier = await rpc<{ id: string; caseNo: string }>(page, 'disputes:create', {
    source: 'hotline-12345', hotlineOrderNo: 'GD-20261121-0088', hotlineReceivedAt: chinaIsoAgo(30), receivedAt: chinaIsoAgo(29), estateId: estate.id, category: 'noise-neighbours',
    description: '楼上住户夜间装修噪音扰民', parties: [{ role: 'applicant', kind: 'person', name: '王芳' }],
  });
  const open = await rpc<{ id: string; caseNo: string }>(page, 'disputes:create', {
    source: 'walk-in', receivedAt: chinaIsoAgo(20), estateId: estate.id, category: 'noise-neighbours',
    description: '楼下商铺夜间噪音', parties: [{ role: 'applicant', kind: 'person', name: '李华', phone: '13812345678' }],
  });

  await shell.go('纠纷台账');
  const intake = await new DisputesListPage(page).register();
  await intake.choose('来源', '12345热线');
  await intake.fill({ '12345 工单号': 'GD-20261121-0088', 热线受理时间: chinaLocalAgo(2) });
  await intake.choose('小区', '锦湖紫竹苑（温泉社区）');
  await intake.choose('纠纷类别', '噪音与邻里');
  await intake.party(1).field('姓名或名称').fill('李华');
  await intake.party(1).field('电话').fill('138 1234 5678');

  const warnings = intake.root.getByRole('status', { name: '登记提示' });
  await expect(warnings).toContainText(`工单号 GD-20261121-0088 已用于案件 ${earlier.caseNo}`);
  // The phone typed with spaces is the same number (compared by its keyed hash).
  await expect(warnings).toContainText(`已有同类未办结案件 ${open.caseNo}`);
  // The reason is asked for at once, before any refused save.
  await expect(intake.root.getByLabel('重复工单的原因')).toBeVisible();
  await warnings.scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'intake-warnings');

  await expect(warnings.getByRole('link', { name: `案件 ${earlier.caseNo}` })).toBeVisible();
  await warnings.getByRole('link', { name: `案件 ${open.caseNo}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: open.caseNo })).toBeVisible();
});
