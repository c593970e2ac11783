import { expect, type Locator, type Page } from '@playwright/test';

/** One estate's page (#/estates/<id>). */
export class EstatePage {
  readonly details: Locator;

  constructor(readonly page: Page) {
    this.details = page.getByRole('region', { name: '基本信息' });
  }

  async expectEstate(name: string, facts: string[]): Promise<void> {
    await expect(this.page.getByRole('heading', { level: 1, name })).toBeVisible();
    for (const fact of facts) await expect(this.details).toContainText(fact);
  }

  section(title: string): Locator {
    return this.page.getByRole('region', { name: title });
  }
}
