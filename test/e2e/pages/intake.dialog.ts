import { expect, type Locator, type Page } from '@playwright/test';
import { FormDialog } from './form-dialog';

/** One party's fieldset in the intake dialog (当事人 1, 当事人 2 …). */
export class PartyBlock {
  constructor(readonly root: Locator) {}

  field(label: string): Locator {
    return this.root.getByLabel(label, { exact: true });
  }

  fieldError(label: string): Locator {
    // `has` is matched inside each .field, so it takes a locator not anchored to the dialog.
    return this.root.locator('.field').filter({ has: this.root.page().getByLabel(label, { exact: true }) }).locator('.field__error');
  }

  /** Asserts that the error sits right under this party's field. */
  async expectErrorUnder(label: string, text: string | RegExp): Promise<void> {
    await expect(this.fieldError(label)).toContainText(text);
    const input = await this.field(label).boundingBox();
    const box = await this.fieldError(label).boundingBox();
    expect(input && box && box.y >= input.y + input.height - 1, `error should appear under 「${label}」`).toBeTruthy();
    await expect(this.field(label)).toHaveAttribute('aria-invalid', 'true');
  }
}

/** 登记纠纷: the intake dialog with its party rows. */
export class IntakeDialog extends FormDialog {
  constructor(page: Page) {
    super(page, '登记纠纷');
  }

  party(n: number): PartyBlock {
    return new PartyBlock(this.root.getByRole('group', { name: `当事人 ${n}`, exact: true }));
  }

  async addParty(): Promise<PartyBlock> {
    const count = await this.root.locator('fieldset.party').count();
    await this.root.getByRole('button', { name: '添加当事人' }).click();
    return this.party(count + 1);
  }

  override async save(): Promise<void> {
    await this.root.getByRole('button', { name: '登记', exact: true }).click();
  }
}
