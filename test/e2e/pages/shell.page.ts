import { expect, type Locator, type Page } from '@playwright/test';
import { ListPage } from './list.page';

export const NAV = ['工作台', '纠纷台账', '每月研判', '时限规则', '业委会', '业委会选举', '业委会培训', '业委会规则', '会议', '会议周期', '议题征集', '整改清单', '诉求响应台账', '会议类型', '街道信息', '社区', '小区', '物业服务企业', '工作人员', '操作员', '同步', '政策包', '已生成文书', '备份'] as const;
export type NavItem = (typeof NAV)[number];

/** The signed-in window: header (office, operator, 退出登录) and the left navigation. */
export class ShellPage {
  readonly header: Locator;
  readonly nav: Locator;

  constructor(readonly page: Page) {
    this.header = page.locator('header.header');
    this.nav = page.getByRole('navigation', { name: '主导航' });
  }

  async expectSignedIn(displayName: string, role: string, office?: string): Promise<void> {
    await expect(this.header).toContainText(displayName);
    await expect(this.header).toContainText(role);
    if (office) await expect(this.header).toContainText(office);
  }

  async go(item: NavItem): Promise<void> {
    await this.nav.getByRole('link', { name: item, exact: true }).click();
    await expect(this.page.getByRole('heading', { level: 1, name: item })).toBeVisible();
  }

  /** Navigates to a list screen and returns its page model. */
  async list(item: Exclude<NavItem, '街道信息' | '工作台' | '纠纷台账' | '每月研判' | '时限规则' | '同步' | '备份' | '会议周期' | '议题征集' | '会议类型'>): Promise<ListPage> {
    await this.go(item);
    return new ListPage(this.page, item);
  }

  async signOut(): Promise<void> {
    await this.header.getByRole('button', { name: '退出登录' }).click();
    await expect(this.page.getByRole('heading', { name: '登录' })).toBeVisible();
  }
}
