import { expect, type Locator, type Page } from '@playwright/test';

/** 同步: 本街道身份, 市级公钥, 导出同步包 and 同步包记录, each a region of the page. */
export class SyncPage {
  readonly identity: Locator;
  readonly cityKeys: Locator;
  readonly exporter: Locator;
  readonly bundles: Locator;
  readonly table: Locator;

  constructor(readonly page: Page) {
    this.identity = page.getByRole('region', { name: '本街道身份' });
    this.cityKeys = page.getByRole('region', { name: '市级公钥' });
    this.exporter = page.getByRole('region', { name: '导出同步包' });
    this.bundles = page.getByRole('region', { name: '同步包记录' });
    this.table = page.getByRole('table', { name: '已导出的同步包' });
  }

  get exportButton(): Locator {
    return this.exporter.getByRole('button', { name: '导出', exact: true });
  }

  /** The progress bar and its phase text under the export form. */
  get progress(): Locator {
    return this.exporter.locator('.export-progress');
  }

  /** The result shown after an export: file, seq, manifest hash, counts. */
  result(seq: number): Locator {
    return this.exporter.getByRole('region', { name: `第 ${seq} 号同步包已导出` });
  }

  row(seq: number): Locator {
    return this.table.locator(`tbody tr[data-seq="${seq}"]`);
  }

  /** The copyable path a form shows after writing a file. */
  writtenPath(region: Locator): Locator {
    return region.getByLabel('文件位置');
  }

  fieldError(region: Locator, label: string): Locator {
    return region.locator('.field').filter({ has: this.page.getByLabel(label, { exact: true }) }).locator('.field__error');
  }

  async importCityKeys(file: string): Promise<void> {
    await this.cityKeys.getByLabel('市级公钥文件（city-public.json）', { exact: true }).fill(file);
    await this.cityKeys.getByRole('button', { name: /导入市级公钥|重新导入/ }).click();
  }

  /** 生成登记文件 into a folder; returns the written file's path. */
  async writeRegistration(directory: string): Promise<string> {
    await this.identity.getByLabel('保存到', { exact: true }).fill(directory);
    await this.identity.getByRole('button', { name: '生成登记文件' }).click();
    await expect(this.writtenPath(this.identity)).toBeVisible();
    return this.writtenPath(this.identity).inputValue();
  }

  async fillExport(directory: string, privacy?: string, reason?: string): Promise<void> {
    await this.exporter.getByLabel('保存到', { exact: true }).fill(directory);
    if (privacy) await this.exporter.getByLabel('隐私级别', { exact: true }).selectOption({ label: privacy });
    if (reason !== undefined) await this.exporter.getByLabel('提高级别的理由', { exact: true }).fill(reason);
  }

  async importReceipt(file: string): Promise<void> {
    await this.bundles.getByLabel('回执文件', { exact: true }).fill(file);
    await this.bundles.getByRole('button', { name: '导入回执' }).click();
  }

  /** 重新写出 one bundle into a folder; returns the written file's path. */
  async rewrite(seq: number, directory: string): Promise<string> {
    await this.row(seq).getByRole('button', { name: '重新写出' }).click();
    const dialog = this.page.getByRole('dialog', { name: `重新写出第 ${seq} 号同步包` });
    await dialog.getByLabel('保存到', { exact: true }).fill(directory);
    await dialog.getByRole('button', { name: '写出' }).click();
    await expect(dialog).toBeHidden();
    const path = this.writtenPath(this.bundles);
    await expect(path).toBeVisible();
    return path.inputValue();
  }
}
