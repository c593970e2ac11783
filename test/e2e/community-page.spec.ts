import { expect, test } from './fixtures/ledger';
import { DEMO_PASSWORD, fillDemoLedger } from './fixtures/demo-ledger';
import { screenshot } from './fixtures/screens';
import { AuthPage } from './pages/auth.page';
import { ShellPage } from './pages/shell.page';
import { rpc } from './pages/rpc';

test.use({ viewport: { width: 1366, height: 768 } });

type Meeting = { id: string; attendees: { name: string; side: string; organisation: string | null; committeeMemberId: string | null }[] };

test('the community page shows its missed meetings, estates and meetings; a meeting invites the estate committee’s members', async ({ ledger }, testInfo) => {
  test.setTimeout(180_000);
  // The spec reads the missed meetings of the demo's year, 2026 (the card's 年度), not of the real
  // clock's: every week and month of 2026 after the demo has ended by any day the suite runs,
  // whereas early in a January none of the new year has.
  await fillDemoLedger(ledger.dataDir, ['--disputes', '0']);
  const page = await ledger.restart();
  await new AuthPage(page).signIn('admin', DEMO_PASSWORD);
  const shell = new ShellPage(page);

  await test.step('社区 list: the name opens the community page', async () => {
    const communities = await shell.list('社区');
    await communities.row('温泉社区').getByRole('link', { name: '温泉社区' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '温泉社区' })).toBeVisible();
    await expect(page).toHaveURL(/#\/communities\/[0-9a-f-]+$/);
  });

  await test.step('the community page: facts, its eight estates, missed meetings of the demo year, its meetings and topics', async () => {
    await expect(page.getByRole('region', { name: '基本信息', exact: true })).toContainText('8 个');
    const estates = page.getByRole('region', { name: '辖区小区', exact: true });
    await expect(estates.getByRole('link')).not.toHaveCount(0);
    await expect(estates).toContainText('水岸澜亭');
    const missed = page.getByRole('region', { name: '未按期召开的会议', exact: true });
    await missed.getByLabel('年度').fill('2026');
    // The 三级会商 line for the community's weekly meeting, and at least one missed period of it.
    await expect(missed).toContainText('社区物业问题碰头会');
    await expect(missed.locator('.missed-list li').first()).toContainText('·');
    await expect(missed.locator('.badge')).toHaveText(/^\d+$/);
    // The demo held a 有事好商量协商会 in each community and 四方联席会议 in some estates.
    const meetings = page.getByRole('region', { name: '会议', exact: true });
    await expect(meetings).toContainText('有事好商量协商会');
    await expect(page.getByRole('region', { name: '协商议题（社区及辖区小区）' })).not.toContainText('还没有相关的协商议题');
    await expect(page.getByRole('region', { name: '辖区小区未完成的整改事项' })).toBeVisible();
    await screenshot(page, testInfo, 'community-page');
    await missed.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'community-page-meetings');
    const actions = page.getByRole('region', { name: '辖区小区未完成的整改事项' });
    await actions.scrollIntoViewIfNeeded();
    await screenshot(page, testInfo, 'community-page-actions');
    // 查看全部 opens 整改清单 filtered to the community, with as many items as the card counted.
    const counted = (await actions.locator('.page__count').textContent()) ?? '';
    const back = page.url();
    await actions.getByRole('link', { name: /^查看全部/ }).click();
    await expect(page.getByRole('heading', { level: 1, name: /整改清单/ })).toContainText(counted);
    await expect(page.getByLabel('社区', { exact: true })).toHaveValue(/[0-9a-f-]{36}/);
    await screenshot(page, testInfo, 'actions-by-community');
    await page.goto(back);
    await expect(page.getByRole('heading', { level: 1, name: '温泉社区' })).toBeVisible();
  });

  let estateUrl = '';
  await test.step('an estate opens from the community page and links back to it', async () => {
    await page.getByRole('region', { name: '辖区小区', exact: true }).getByRole('link', { name: '水岸澜亭' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '水岸澜亭' })).toBeVisible();
    estateUrl = page.url();
    await page.getByRole('region', { name: '基本信息', exact: true }).getByRole('link', { name: '温泉社区' }).click();
    await expect(page.getByRole('heading', { level: 1, name: '温泉社区' })).toBeVisible();
  });

  await test.step('从业委会成员中添加: the serving members, all ticked; Space unticks one, Enter adds the rest on the committee side', async () => {
    const estateId = decodeURIComponent(estateUrl.split('/').pop() ?? '');
    const start = new Date(Date.now() + 7 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
    const planned = await rpc<Meeting>(page, 'meetings:create', {
      kind: 'four-party', scope: 'estate', estateId, communityId: null, title: '水岸澜亭四方联席会议', status: 'planned',
      startsAt: `${start}T09:00:00+08:00`, endsAt: `${start}T11:00:00+08:00`, place: '水岸澜亭物业用房会议室', hostName: '陈秀英', hostStaffId: null, recorderName: '林海燕', recorderStaffId: null,
      attendees: [{ name: '王强', side: 'company', organisation: '物业服务企业', committeeMemberId: null, staffId: null, invited: true, attendance: null, uninvitedReason: null }],
    });
    await page.goto(`${page.url().split('#')[0]}#/meetings/${planned.id}`);
    const attendance = page.getByRole('region', { name: '参会人员与签到' });
    await attendance.getByRole('button', { name: '从业委会成员中添加' }).click();
    const dialog = page.getByRole('dialog', { name: '从业委会成员中添加' });
    const boxes = dialog.getByRole('checkbox');
    await expect(boxes).toHaveCount(7);
    await expect(boxes.first()).toBeFocused();
    await screenshot(page, testInfo, 'meeting-committee-pick');
    const skipped = ((await boxes.first().locator('xpath=..').textContent()) ?? '').replace(/(主任|副主任|委员)$/, '');
    await page.keyboard.press('Space');
    await expect(boxes.first()).not.toBeChecked();
    await expect(dialog.getByRole('button', { name: '添加 6 人' })).toBeVisible();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(dialog).toHaveCount(0);
    await expect(page.getByRole('region', { name: '参会人员与签到' })).toContainText('受邀 7 人');
    const saved = await rpc<Meeting>(page, 'meetings:get', { id: planned.id });
    const members = saved.attendees.filter((a) => a.committeeMemberId !== null);
    expect(members).toHaveLength(6);
    expect(new Set(members.map((a) => a.side))).toEqual(new Set(['owners-committee']));
    expect(members.every((a) => /^水岸澜亭业主委员会(主任|副主任|委员)$/.test(a.organisation ?? ''))).toBe(true);
    expect(members.map((a) => a.name)).not.toContain(skipped);
    await screenshot(page, testInfo, 'meeting-committee-added');

    // Only the member left out is offered the second time.
    await page.getByRole('region', { name: '参会人员与签到' }).getByRole('button', { name: '从业委会成员中添加' }).click();
    await expect(dialog.getByRole('checkbox')).toHaveCount(1);
    await expect(dialog).toContainText(skipped);
    await dialog.getByRole('button', { name: '取消' }).click();
    await expect(dialog).toHaveCount(0);
  });
});
