import { expect, type Locator, type Page } from '@playwright/test';
import { FormDialog } from './form-dialog';

/** A list screen: heading, quick search, 新增, the ag-grid, and per-row 编辑 / 删除. */
export class ListPage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly emptyState: Locator;
  readonly addButton: Locator;

  constructor(
    readonly page: Page,
    readonly title: string,
  ) {
    this.heading = page.getByRole('heading', { level: 1, name: title });
    this.grid = page.getByRole('region', { name: title });
    this.emptyState = page.locator('.empty-state');
    this.addButton = page.getByRole('button', { name: '新增', exact: true });
  }

  async expectShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  async add(dialogTitle: string): Promise<FormDialog> {
    await this.addButton.click();
    const dialog = new FormDialog(this.page, dialogTitle);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async search(text: string): Promise<void> {
    await this.page.getByRole('searchbox', { name: `搜索${this.title}` }).fill(text);
  }

  /** The row (its main, unpinned part) that shows this text. */
  row(text: string): Locator {
    return this.grid.locator('.ag-center-cols-container .ag-row').filter({ hasText: text });
  }

  /** Types into a column's text filter (the header's filter button opens it). */
  async filterColumn(colId: string, text: string): Promise<void> {
    await this.grid.locator(`.ag-header-cell[col-id="${colId}"] .ag-header-cell-filter-button`).click();
    const popup = this.page.locator('.ag-filter');
    await popup.locator('input[type="text"]').first().fill(text);
    await this.page.keyboard.press('Escape');
    await expect(popup).toBeHidden();
  }

  /** One cell of the row, by its column id (not by position). */
  cell(text: string, colId: string): Locator {
    return this.row(text).locator(`[col-id="${colId}"]`);
  }

  /** Clicks a button of the row's pinned 操作 column. */
  async rowAction(text: string, action: string): Promise<void> {
    const rowId = await this.row(text).getAttribute('row-id');
    expect(rowId, `row "${text}" should exist`).toBeTruthy();
    await this.grid.locator(`.ag-pinned-right-cols-container .ag-row[row-id="${rowId}"]`).getByRole('button', { name: action }).click();
  }

  /** A form dialog of this screen, by its title. */
  dialog(title: string): FormDialog {
    return new FormDialog(this.page, title);
  }

  async edit(text: string, dialogTitle: string): Promise<FormDialog> {
    await this.rowAction(text, '编辑');
    const dialog = new FormDialog(this.page, dialogTitle);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  /** Opens the row's page through its name link. */
  async open(text: string): Promise<void> {
    await this.row(text).getByRole('link', { name: text }).click();
  }
}
