import { expect, type Locator, type Page } from '@playwright/test';
import { IntakeDialog } from './intake.dialog';

/** 纠纷台账: filters, the infinite grid, 登记纠纷. */
export class DisputesListPage {
  readonly heading: Locator;
  readonly grid: Locator;
  readonly filters: Locator;
  readonly count: Locator;

  constructor(readonly page: Page) {
    this.heading = page.getByRole('heading', { level: 1, name: '纠纷台账' });
    this.grid = page.getByRole('region', { name: '纠纷列表' });
    this.filters = page.getByRole('region', { name: '筛选条件' });
    this.count = page.locator('.grid-toolbar__count');
  }

  async register(): Promise<IntakeDialog> {
    await this.page.getByRole('button', { name: '登记纠纷' }).click();
    const dialog = new IntakeDialog(this.page);
    await expect(dialog.root).toBeVisible();
    return dialog;
  }

  async search(text: string): Promise<void> {
    await this.filters.getByLabel(/^搜索/).fill(text);
  }

  /** The grid row (its visible part) showing this text. */
  row(text: string): Locator {
    return this.grid.locator('.ag-center-cols-container .ag-row').filter({ hasText: text });
  }

  header(name: string): Locator {
    return this.grid.locator('.ag-header-cell').filter({ hasText: name });
  }

  /** 导出 Excel of what the grid shows; returns the saved file's path once the panel shows it. */
  async exportExcel(): Promise<string> {
    await this.page.getByRole('button', { name: '导出 Excel' }).click();
    const path = this.page.getByLabel('文件位置');
    await expect(path).toHaveValue(/exports.*纠纷台账-\d{8}-\d{6}\.xlsx$/, { timeout: 30_000 });
    return path.inputValue();
  }

  async toggleColumn(label: string): Promise<void> {
    await this.page.locator('.chooser summary').click();
    await this.page.locator('.chooser__panel').getByLabel(label, { exact: true }).click();
    await this.page.locator('.chooser summary').click();
  }
}
