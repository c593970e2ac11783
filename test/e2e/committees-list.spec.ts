import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { setUpLedger } from './pages/flows';
import { rpc } from './pages/rpc';

test.use({ viewport: { width: 1366, height: 768 } });

test('the 业委会 list pages from the server in pinyin order, sorts by a header click and searches on the server', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  const community = await rpc<{ id: string }>(page, 'registry:create-community', { name: '温泉社区' });
  // Code-point order would be 丽景苑 < 凤凰花园 < 南泰小区.
  for (const [i, name] of ['南泰小区', '丽景苑', '凤凰花园'].entries()) {
    const estate = await rpc<{ id: string }>(page, 'registry:create-estate', { name, address: `温泉路 ${i + 1} 号`, communityId: community.id, companyId: null, households: 500 });
    await rpc(page, 'committees:create', { estateId: estate.id, kind: 'owners-committee', status: 'sitting', termNo: 1, termStart: '2024-06-01', filedOn: '2024-06-20', partyBranch: null });
  }
  await shell.go('业委会');
  const grid = page.getByRole('region', { name: '业委会' });
  const names = () => grid.locator('.ag-center-cols-container [col-id="estateName"]').allTextContents();
  await expect.poll(names).toEqual(['凤凰花园', '丽景苑', '南泰小区']);
  await screenshot(page, testInfo, 'committees-list-pinyin');

  // The header asks the server for the other direction.
  await grid.locator('.ag-header-cell[col-id="estateName"]').click();
  await grid.locator('.ag-header-cell[col-id="estateName"]').click();
  await expect.poll(names).toEqual(['南泰小区', '丽景苑', '凤凰花园']);

  await page.getByRole('searchbox').fill('丽景');
  await expect.poll(names).toEqual(['丽景苑']);
  await expect(page.getByText('符合条件的 1 条')).toBeVisible();
  await page.getByRole('searchbox').fill('没有这个小区');
  await expect(grid).toContainText('没有符合条件的业委会');
  await screenshot(page, testInfo, 'committees-list-no-match');
});
