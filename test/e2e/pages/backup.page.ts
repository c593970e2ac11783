import { expect, type Locator, type Page } from '@playwright/test';

/** 备份: 备份情况, 制作备份 (with its progress bar), 恢复演练 and 恢复到另一个文件夹, each a region of the page. */
export class BackupPage {
  readonly status: Locator;
  readonly maker: Locator;
  readonly drill: Locator;
  readonly restore: Locator;

  constructor(readonly page: Page) {
    this.status = page.getByRole('region', { name: '备份情况' });
    this.maker = page.getByRole('region', { name: '制作备份' });
    this.drill = page.getByRole('region', { name: '恢复演练' });
    this.restore = page.getByRole('region', { name: '恢复到另一个文件夹' });
  }

  get progress(): Locator {
    return this.maker.locator('.backup-progress');
  }

  async make(directory: string, passphrase: string, confirm = passphrase): Promise<void> {
    await this.maker.getByLabel('保存到', { exact: true }).fill(directory);
    await this.maker.getByLabel('备份口令', { exact: true }).fill(passphrase);
    await this.maker.getByLabel('再输入一遍口令', { exact: true }).fill(confirm);
    await this.maker.getByRole('button', { name: '制作备份' }).click();
  }

  async runDrill(passphrase: string, file?: string): Promise<void> {
    if (file !== undefined) await this.drill.getByLabel('备份文件', { exact: true }).fill(file);
    await this.drill.getByLabel('备份口令', { exact: true }).fill(passphrase);
    await this.drill.getByRole('button', { name: '开始恢复演练' }).click();
  }

  async expectDrillDone(): Promise<Locator> {
    const report = this.drill.locator('.backup-report');
    await expect(report).toBeVisible({ timeout: 30_000 });
    return report;
  }
}
