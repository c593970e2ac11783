import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { setUpLedger } from './pages/flows';
import { rpc } from './pages/rpc';

const DIRECTOR = { username: 'zhuren', displayName: '周主任', password: 'zhuren-2026' };

test.use({ viewport: { width: 1366, height: 768 } });

test('the director edits the committee rules: a bad value is refused before asking, a good one is saved and reported', async ({ ledger }, testInfo) => {
  const page = ledger.page;
  const shell = await setUpLedger(page);
  await rpc(page, 'auth:create-operator', { username: DIRECTOR.username, displayName: DIRECTOR.displayName, role: 'director', password: DIRECTOR.password });
  await shell.signOut();
  await new AuthPage(page).signIn(DIRECTOR.username, DIRECTOR.password);
  await shell.expectSignedIn(DIRECTOR.displayName, '主任');

  await shell.go('业委会规则');
  await expect(page.getByText('当前为默认规则')).toBeVisible();
  const term = page.getByLabel('任期年限（年）');
  await expect(term).toHaveValue('5');

  // A term of 11 years is refused by the contract's own schema, on the page, before any question.
  await term.fill('11');
  await page.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByRole('alert').filter({ hasText: '不能超过 10 年' })).toBeVisible();
  await expect(term).toHaveAttribute('aria-invalid', 'true');
  await expect(term).toBeFocused();
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await screenshot(page, testInfo, 'committee-rules-invalid');

  // Fixed, the form asks with the change listed, saves and says what changed (Enter submits the form).
  await term.fill('6');
  await expect(page.getByText('不能超过 10 年')).toHaveCount(0);
  await term.press('Enter');
  const confirm = page.getByRole('dialog', { name: '保存业委会规则' });
  await expect(confirm).toContainText('任期年限（年） 5 → 6');
  await confirm.getByRole('button', { name: '保存规则' }).click();
  await expect(page.getByText('已保存业委会规则：任期年限（年） 5 → 6')).toBeVisible();
  await expect(page.getByText('当前为本街道修改过的规则')).toBeVisible();
  await page.getByRole('heading', { level: 1, name: '业委会规则' }).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'committee-rules');

  const saved = await rpc<{ termYears: number; version: number }>(page, 'committees:get-rules', {});
  expect([saved.termYears, saved.version]).toEqual([6, 1]);
  const history = page.getByRole('region', { name: '规则版本记录' });
  await expect(history).toContainText('第 1 版');
  await expect(history).toContainText(DIRECTOR.displayName);

  // Another director saves meanwhile (version 2): this screen's save, made on version 1, is refused,
  // says who saved which version, keeps the unsaved change on screen and reloads on request.
  const { termYears, composition, checklist, departments, scoringSheet, passScore, rectificationDays } = await rpc<Record<string, unknown>>(page, 'committees:get-rules', {});
  await rpc(page, 'committees:update-rules', { termYears, composition, checklist, departments, scoringSheet, passScore, rectificationDays, publicationDays: 9, version: 1 });
  await page.getByLabel('任期年限（年）').fill('4');
  await page.getByRole('button', { name: '保存规则' }).first().click();
  await page.getByRole('dialog', { name: '保存业委会规则' }).getByRole('button', { name: '保存规则' }).click();
  const conflict = page.getByRole('alert').filter({ hasText: '保存为第 2 版' });
  await expect(conflict).toContainText('没有丢失');
  await expect(conflict).toContainText('您未保存的修改：任期年限（年） 6 → 4');
  await page.getByRole('heading', { level: 1, name: '业委会规则' }).scrollIntoViewIfNeeded();
  await screenshot(page, testInfo, 'committee-rules-conflict');
  await conflict.getByRole('button', { name: '重新载入最新规则' }).click();
  await expect(page.getByLabel('公示天数', { exact: true })).toHaveValue('9');
  await expect(page.getByText('当前为第 2 版')).toBeVisible();
  await history.scrollIntoViewIfNeeded();
  await expect(history).toContainText('公示天数');
  await screenshot(page, testInfo, 'committee-rules-history');
});
