import { expect, type Locator, type Page } from '@playwright/test';
import { FormDialog } from './form-dialog';

/** One case's page (#/disputes/<id>). */
export class DisputeCasePage {
  readonly heading: Locator;
  readonly facts: Locator;
  readonly actions: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1 });
    this.facts = page.getByRole('region', { name: '案件信息' });
    this.actions = page.getByRole('region', { name: '办理' });
  }

  section(name: string): Locator {
    return this.page.getByRole('region', { name, exact: true });
  }

  async expectStatus(label: string): Promise<void> {
    await expect(this.facts.locator('.case__badges .badge').first()).toHaveText(label);
  }

  /** Clicks one of the 办理 buttons and returns its dialog. */
  async act(button: string, dialogTitle = button): Promise<FormDialog> {
    await this.actions.getByRole('button', { name: button, exact: true }).click();
    const dialog = new FormDialog(this.page, dialogTitle);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }
}
