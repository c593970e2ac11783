import { expect, type Locator, type Page } from '@playwright/test';

/** A form in a modal dialog (新增 / 编辑), found by its title. */
export class FormDialog {
  readonly root: Locator;

  constructor(
    readonly page: Page,
    title: string,
  ) {
    this.root = page.getByRole('dialog', { name: title });
  }

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  async fill(values: Record<string, string>): Promise<void> {
    for (const [label, value] of Object.entries(values)) await this.field(label).fill(value);
  }

  /** Chooses an option of a select by its visible text. */
  async choose(label: string, option: string): Promise<void> {
    await this.field(label).selectOption({ label: option });
  }

  /** The error shown right under one field. */
  fieldError(label: string): Locator {
    return this.root.locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.field__error');
  }

  /** The top-level message of a failed save. */
  get alert(): Locator {
    return this.root.locator('.banner--error');
  }

  async save(): Promise<void> {
    await this.root.getByRole('button', { name: '保存' }).click();
  }

  /** Saves with the Enter key from the given field. */
  async submitWithEnter(label: string): Promise<void> {
    await this.field(label).press('Enter');
  }

  async expectClosed(): Promise<void> {
    await expect(this.root).toBeHidden();
  }

  /** Asserts that the error sits under the field (not merely somewhere in the dialog). */
  async expectErrorUnder(label: string, text: string | RegExp): Promise<void> {
    const error = this.fieldError(label);
    await expect(error).toContainText(text);
    const input = await this.field(label).boundingBox();
    const box = await error.boundingBox();
    expect(input && box && box.y >= input.y + input.height - 1, `error "${String(text)}" should appear under 「${label}」`).toBeTruthy();
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
  }
}
