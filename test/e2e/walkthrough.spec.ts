import type { Locator, Page } from '@playwright/test';
import { expect, test } from './fixtures/ledger';
import { DEMO_PASSWORD, fillDemoLedger } from './fixtures/demo-ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { ShellPage } from './pages/shell.page';

test.use({ viewport: { width: 1366, height: 768 } });

/**
 * What a clerk must never read on a screen: a stored code (four-party, in-progress), an
 * ISO instant or ISO week, or a JavaScript placeholder. Form fields are left out (a path
 * the clerk typed is theirs), and so is the header (the office name is the office's).
 */
const RAW = [/\b[a-z]+(?:-[a-z]+)+\b/, /\d{4}-\d{2}-\d{2}T\d{2}:/, /\d{4}-W\d{2}/, /\d{4}-Q[1-4]/, /\bundefined\b/, /\bnull\b/, /\bNaN\b/, /Invalid Date/];

async function expectPlainChinese(page: Page): Promise<void> {
  const text = await page.locator('main').evaluate((main) => {
    const copy = main.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('input, textarea, select, .saved-file').forEach((el) => el.remove());
    return copy.innerText;
  });
  for (const pattern of RAW) expect(text, `main shows ${pattern}`).not.toMatch(pattern);
}

/** Every button and form control in main has a name a screen reader can read. */
async function expectLabelled(scope: Locator): Promise<void> {
  const unnamed = await scope.evaluate((root) =>
    [...root.querySelectorAll('button, input:not([type=hidden]), select, textarea')]
      .filter((el) => {
        const e = el as HTMLInputElement;
        if (e.closest('.ag-root-wrapper')) return false; // ag-grid labels its own controls
        const labelled = e.getAttribute('aria-label') || e.getAttribute('aria-labelledby') || e.labels?.length || e.getAttribute('title');
        return !labelled && !(el.tagName === 'BUTTON' && el.textContent?.trim());
      })
      .map((el) => el.outerHTML.slice(0, 120)),
  );
  expect(unnamed).toEqual([]);
}

/** How far an element's content (inside its padding) starts from its card's left edge. */
async function insetIn(card: Locator, inner: Locator): Promise<number> {
  const cardX = (await card.boundingBox())?.x ?? 0;
  const contentX = await inner.evaluate((el) => el.getBoundingClientRect().x + parseFloat(getComputedStyle(el).paddingLeft));
  return contentX - cardX;
}

/** The nav scrolls on its own: the header and the page's title stay in the window whichever link was clicked. */
async function expectShellInPlace(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.scrollingElement?.scrollTop ?? 0)).toBe(0);
  await expect(page.locator('header.header')).toBeInViewport();
  await expect(page.getByRole('heading', { level: 1 })).toBeInViewport();
}

test('walkthrough: a secretary and a director go through the daily screens of the demo ledger', async ({ ledger }, testInfo) => {
  test.setTimeout(300_000);
  await fillDemoLedger(ledger.dataDir);
  const page = await ledger.restart();
  await new AuthPage(page).signIn('admin', DEMO_PASSWORD);
  const shell = new ShellPage(page);
  const nav = page.getByRole('navigation', { name: '主导航' });

  await test.step('工作台: the four counts and the day’s lists', async () => {
    await shell.go('工作台');
    for (const label of ['在办案件', '待分派', '今日到期', '已逾期']) await expect(page.locator('main')).toContainText(label);
    await expect(page.getByRole('button', { name: '登记纠纷' })).toBeVisible();
    await expectPlainChinese(page);
    await screenshot(page, testInfo, 'walk-01-dashboard');
  });

  let meetingUrl = '';
  await test.step('会议 list: filters side by side, titles readable', async () => {
    await shell.go('会议');
    await expect(page.locator('.page__count')).toHaveText(/^共 \d+ 条$/);
    const filters = page.locator('.meetings-filters');
    for (const name of ['会议类型', '范围', '状态', '纪要']) await expect(filters.getByLabel(name, { exact: true })).toBeVisible();
    // The filters sit together: each starts within 24 px of where the one before it ends.
    const boxes = await filters.locator('> select, > label').evaluateAll((els) => els.map((el) => el.getBoundingClientRect()).map((r) => ({ x: r.x, right: r.right, y: r.y })));
    for (let i = 1; i < boxes.length; i++) if (boxes[i]!.y === boxes[i - 1]!.y) expect(boxes[i]!.x - boxes[i - 1]!.right).toBeLessThanOrEqual(24);
    const title = page.locator('.ag-center-cols-container .ag-row a').first();
    // A title is shown whole (the demo's longest list title fits the widened column).
    expect(await title.evaluate((a) => (a.closest('.ag-cell') as HTMLElement).scrollWidth <= (a.closest('.ag-cell') as HTMLElement).clientWidth)).toBe(true);
    // A title cut short in its cell shows whole on hover.
    const cut = page.locator('.ag-center-cols-container .ag-row').filter({ hasText: '有事好商量协商会' }).first().locator('.ag-cell[col-id="title"]');
    const whole = (await cut.textContent()) ?? '';
    await cut.hover();
    await expect(page.locator('.ag-tooltip')).toHaveText(whole);
    await page.mouse.move(0, 0);
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-02-meetings');
    // 登记会议 without a date: the refusal asks for 日期 in Chinese, not for an ISO instant.
    await page.getByRole('button', { name: '登记会议' }).click();
    const form = page.getByRole('dialog', { name: '登记会议' });
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form.locator('.banner--error')).toContainText('请填写「日期」');
    await expect(form).not.toContainText('+08:00');
    await form.getByRole('button', { name: '取消' }).click();
    await expect(form).toHaveCount(0);
    await title.click();
    meetingUrl = page.url();
  });

  await test.step('a meeting page: facts, attendance, agenda and resolutions, minutes status, 签到表', async () => {
    const facts = page.getByRole('region', { name: '会议信息' });
    await expect(facts).toContainText('状态');
    // 登记为已召开 and 修改会议信息 in one row under the facts, not stacked against them.
    const held = facts.getByRole('button', { name: '登记为已召开' });
    const edit = facts.getByRole('button', { name: '修改会议信息' });
    const [hb, eb] = [await held.boundingBox(), await edit.boundingBox()];
    expect(hb && eb && Math.abs(hb.y - eb.y) < 2).toBe(true);
    const attendance = page.getByRole('region', { name: '参会人员与签到' });
    await expect(attendance).toContainText(/受邀 \d+ 人，出席 \d+ 人/);
    // The card's title and buttons keep the card's inset (the table alone runs edge to edge).
    expect(await insetIn(attendance, attendance.locator('.card__title'))).toBeGreaterThanOrEqual(16);
    expect(await insetIn(attendance, attendance.getByRole('button', { name: '保存签到' }).locator('xpath=..'))).toBeGreaterThanOrEqual(16);
    // An agenda and resolutions with nothing yet say so, and what to do.
    await expect(page.getByRole('region', { name: '议程' })).toContainText('还没有议程事项。点击「增加议程」');
    await expect(page.getByRole('region', { name: '决议与表决' })).toContainText('还没有决议。');
    const minutes = page.getByRole('region', { name: '纪要' });
    await expect(minutes).toContainText('提交前还需');
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-03-meeting');
    await attendance.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'walk-04-meeting-attendance');
    await page.getByRole('region', { name: '决议与表决' }).scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'walk-05-meeting-resolutions');
    await page.getByRole('button', { name: '生成签到表' }).click();
    const saved = page.locator('.saved-file');
    await expect(saved).toContainText('签到表.docx');
    await expect(saved.getByRole('button', { name: '打开', exact: true })).toBeVisible();
    await expect(saved.getByRole('button', { name: '打印', exact: true })).toBeVisible();
    await saved.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'walk-06-meeting-sign-in');
  });

  await test.step('a held meeting with its resolutions', async () => {
    await page.goto(meetingUrl.replace(/#.*$/, '#/meetings'));
    await page.locator('.ag-center-cols-container .ag-row').filter({ hasText: '有事好商量协商会' }).filter({ hasText: '已锁定' }).first().getByRole('link').click();
    await expect(page.getByRole('region', { name: '会议信息' })).toContainText('已召开');
    await expect(page.getByRole('region', { name: '纪要' })).toContainText('已锁定');
    const resolutions = page.getByRole('region', { name: '决议与表决' });
    await expect(resolutions.locator('tbody tr')).not.toHaveCount(0);
    // 结果 and 通过 each on one line, not one character a line in the last column.
    for (const cell of [resolutions.locator('thead th').last(), resolutions.locator('tbody td').last()]) {
      expect(await cell.evaluate((el) => { const r = document.createRange(); r.selectNodeContents(el); return new Set([...r.getClientRects()].map((x) => Math.round(x.top))).size; })).toBe(1);
    }
    const minutes = page.getByRole('region', { name: '纪要' });
    const addendum = minutes.getByRole('button', { name: '追加补充说明' });
    if (await addendum.count()) {
      // The button is its own width, not stretched across the card.
      expect(((await addendum.boundingBox())?.width ?? 0) * 2).toBeLessThan((await minutes.boundingBox())?.width ?? 0);
    }
    await expectPlainChinese(page);
    await resolutions.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'walk-07-meeting-held');
  });

  await test.step('议题征集: four columns; an empty one says so', async () => {
    await shell.go('议题征集');
    const columns = page.locator('.topics-board__column');
    await expect(columns).toHaveCount(4);
    for (const col of await columns.all()) {
      const n = Number(/（(\d+)）/.exec((await col.locator('.card__title').textContent()) ?? '')?.[1]);
      await expect(col.locator('li.topic')).toHaveCount(n);
      if (n === 0) await expect(col).toContainText('暂无此状态的议题。');
    }
    const complete = page.getByRole('button', { name: '登记落实' }).first();
    if (await complete.count()) {
      // 登记落实 sits at the left of its topic, not centred across the column.
      const [b, li] = [await complete.boundingBox(), await complete.locator('xpath=..').boundingBox()];
      expect(b && li && b.x - li.x < 4).toBe(true);
    }
    await expectPlainChinese(page);
    await screenshot(page, testInfo, 'walk-08-topics');
    // 征集议题 from the keyboard alone: Enter opens it with 议题 focused, Tab reaches each field, Enter saves.
    const count = page.locator('.page__count');
    const before = Number(/\d+/.exec((await count.textContent()) ?? '')?.[0]);
    await page.getByRole('button', { name: '征集议题' }).focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: '征集议题' });
    await expect(dialog.getByLabel('议题', { exact: true })).toBeFocused();
    await page.keyboard.type('小区北门道闸更换');
    await page.keyboard.press('Tab');
    await expect(dialog.getByLabel('来源', { exact: true })).toBeFocused();
    // 收到时间 starts at now; left empty, the refusal names the field in the form's words, no ISO format.
    const received = dialog.getByLabel('收到时间', { exact: true });
    await expect(received).toHaveValue(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);
    const now = await received.inputValue();
    await received.fill('');
    await dialog.getByLabel('议题', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog.locator('.banner--error')).toHaveText('请填写「收到时间」');
    await expect(dialog).not.toContainText('+08:00');
    await screenshot(page, testInfo, 'walk-08b-topic-form');
    await received.fill(now);
    await dialog.getByLabel('议题', { exact: true }).focus();
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(count).toHaveText(`共 ${before + 1} 条`);
    await expect(page.getByRole('region', { name: '已征集' })).toContainText('小区北门道闸更换');
  });

  await test.step('整改清单: filters, then one item’s page', async () => {
    await nav.getByRole('link', { name: '整改清单', exact: true }).click();
    const heading = page.getByRole('heading', { level: 1, name: /整改清单/ });
    await expect(heading).toContainText(/共 \d+ 项/);
    const grid = page.locator('.ag-center-cols-container .ag-row');
    await expect(grid.first()).toContainText(/\S/);
    const filters = page.getByRole('region', { name: '筛选整改事项' });
    // 存在问题 gets the room: half as wide again as 责任单位或责任人.
    const width = async (col: string) => (await page.locator(`.ag-header-cell[col-id="${col}"]`).boundingBox())?.width ?? 0;
    expect(await width('problem')).toBeGreaterThanOrEqual(1.5 * (await width('responsibleName')));
    await filters.getByLabel('整改状态').selectOption({ label: '全部' });
    await expect(heading).toContainText(/共 \d+ 项/);
    await filters.getByLabel('仅看逾期').check();
    await expect(heading).toContainText(/共 \d+ 项/);
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-09-actions');
    await filters.getByLabel('仅看逾期').uncheck();
    await grid.first().getByRole('link').first().click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('整改清单');
    await expect(page.getByRole('region', { name: '整改事项' })).toContainText('存在问题');
    await expect(page.getByRole('region', { name: '整改进展' })).toBeVisible();
    await expectPlainChinese(page);
    await screenshot(page, testInfo, 'walk-10-action');
  });

  await test.step('诉求响应台账', async () => {
    await shell.go('诉求响应台账');
    await expect(page.locator('main')).toContainText(/期间受理居民诉求 \d+ 件/);
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-11-requests');
  });

  await test.step('会议周期: missed periods and the tables read in Chinese', async () => {
    await shell.go('会议周期');
    await page.getByLabel('年度').fill('2026');
    // The word 年度 and its box stand apart.
    const year = page.getByLabel('年度');
    const gap = await year.evaluate((input) => {
      const words = document.createRange();
      words.selectNodeContents(input.parentElement!.firstChild!);
      return input.getBoundingClientRect().left - words.getBoundingClientRect().right;
    });
    expect(gap).toBeGreaterThanOrEqual(4);
    const missed = page.getByRole('region', { name: '未按期召开的会议', exact: true });
    await expect(missed.locator('.missed-list li').first()).toContainText(/^2026 年(第 \d+ 周|第[一二三四]季度| \d+ 月) · /);
    await expect(page.getByRole('region', { name: '四方联席会议' }).locator('thead')).toContainText('一季度');
    await expectPlainChinese(page);
    await screenshot(page, testInfo, 'walk-12-periods');
  });

  await test.step('a 社区 page', async () => {
    await shell.go('社区');
    await page.getByRole('link', { name: '温泉社区' }).first().click();
    await expect(page.getByRole('heading', { level: 1, name: '温泉社区' })).toBeVisible();
    await expect(page.getByRole('region', { name: '辖区小区', exact: true }).getByRole('link')).not.toHaveCount(0);
    await expectPlainChinese(page);
    await screenshot(page, testInfo, 'walk-13-community');
    await page.getByRole('region', { name: '未按期召开的会议', exact: true }).scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'walk-14-community-meetings');
  });

  await test.step('政策包: nothing applied yet', async () => {
    await shell.go('政策包');
    await expectShellInPlace(page);
    const history = page.getByRole('region', { name: '已应用的政策包' });
    await expect(history).toContainText('还没有应用过政策包。');
    expect(await insetIn(history, history.locator('p'))).toBeGreaterThanOrEqual(16);
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-15-policy');
  });

  await test.step('备份', async () => {
    await shell.go('备份');
    await expectShellInPlace(page);
    // On the 备份 page the reminder points below, not to the page the clerk is on.
    await expect(page.getByRole('region', { name: '备份情况' })).toContainText('请在下方制作备份并运行恢复演练');
    await expect(page.locator('main')).not.toContainText('请在“备份”页');
    await expect(page.locator('main')).toContainText('制作备份');
    await expect(page.locator('main')).toContainText('恢复演练');
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-16-backup');
  });

  await test.step('已生成文书: the sign-in sheet made above is listed', async () => {
    await shell.go('已生成文书');
    await expectShellInPlace(page);
    await expect(page.getByRole('table', { name: '已生成文书' })).toContainText('签到表');
    await expectPlainChinese(page);
    await expectLabelled(page.locator('main'));
    await screenshot(page, testInfo, 'walk-17-documents');
  });
});
