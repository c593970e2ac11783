import { expect, type Locator, type Page } from '@playwright/test';

export type Admin = { officeName: string; divisionCode: string; username: string; displayName: string; password: string };

export const ADMIN: Admin = { officeName: '温泉街道', divisionCode: '421202001', username: 'wangli', displayName: '王丽', password: 'wenquan-2026' };

/** 首次使用向导 and 登录: the screens before the shell. */
export class AuthPage {
  readonly heading: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
  }

  field(label: string): Locator {
    return this.page.getByLabel(label, { exact: true });
  }

  fieldError(label: string): Locator {
    return this.page.locator('.field').filter({ has: this.field(label) }).locator('.field__error');
  }

  async expectSetup(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '首次使用向导' })).toBeVisible();
  }

  async fillSetup(admin: Admin, confirm = admin.password): Promise<void> {
    await this.field('街道名称').fill(admin.officeName);
    await this.field('行政区划代码').fill(admin.divisionCode);
    await this.field('用户名').fill(admin.username);
    await this.field('姓名').fill(admin.displayName);
    await this.field('密码').fill(admin.password);
    await this.field('确认密码').fill(confirm);
  }

  async submitSetup(): Promise<void> {
    await this.page.getByRole('button', { name: '完成设置并进入台账' }).click();
  }

  async expectSignIn(): Promise<void> {
    await expect(this.page.getByRole('heading', { name: '登录' })).toBeVisible();
  }

  /** Signs in, pressing Enter in the password field as a clerk would. */
  async signIn(username: string, password: string): Promise<void> {
    await this.expectSignIn();
    await this.field('用户名').fill(username);
    await this.field('密码').fill(password);
    await this.field('密码').press('Enter');
  }
}
