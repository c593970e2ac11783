import { expect, type Locator, type Page } from '@playwright/test';
import { FormDialog } from './form-dialog';

/** The election workspace: the candidate matrix, the joint review, publication and the result. */
export class ElectionPage {
  readonly matrix: Locator;
  readonly review: Locator;

  constructor(readonly page: Page) {
    this.matrix = page.getByRole('region', { name: /候选人资格审查表/ });
    this.review = page.getByRole('region', { name: '联审联查' });
  }

  async open(button: string, dialogTitle: string): Promise<FormDialog> {
    await this.page.getByRole('button', { name: button, exact: true }).click();
    const dialog = new FormDialog(this.page, dialogTitle);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Opens one checklist cell of a candidate with the keyboard (focus, Enter). */
  async openCheck(candidate: string, item: string): Promise<FormDialog> {
    const cell = this.matrix.getByRole('button', { name: new RegExp(`^${candidate} ${item}：`) });
    await cell.focus();
    await cell.press('Enter');
    const dialog = new FormDialog(this.page, `${candidate}：${item}`);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  row(candidate: string): Locator {
    return this.matrix.getByRole('row').filter({ has: this.page.getByRole('rowheader', { name: candidate }) });
  }
}
