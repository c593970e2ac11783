import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures/ledger';
import { screenshot } from './fixtures/screens';
import { BackupPage } from './pages/backup.page';
import { addSampleRegistry, setUpLedger } from './pages/flows';

const PASSPHRASE = '温泉街道 备份口令 2026';

// The director's routine: the dashboard says no backup has been verified, 制作备份
// shows its progress bar and the file, the drill checks it and reports in Chinese, and
// the reminder is gone. A wrong passphrase in the drill is one Chinese sentence.
test('备份: the reminder, a backup with a progress bar, the restore drill’s report', async ({ ledger }, testInfo) => {
  test.setTimeout(180_000);
  const page = ledger.page;
  const shot = (name: string) => screenshot(page, testInfo, `backup-${name}`);
  const stick = await mkdtemp(join(tmpdir(), 'ledger-e2e-backup-'));
  try {
    const shell = await setUpLedger(page);
    await addSampleRegistry(shell);
    const backup = new BackupPage(page);

    await test.step('the dashboard reminds: no verified backup yet', async () => {
      await shell.go('工作台');
      await expect(page.getByText('还没有经过恢复演练的备份')).toBeVisible();
      await shot('01-dashboard-reminder');
    });

    await test.step('a passphrase typed differently twice is refused before anything is written', async () => {
      await shell.go('备份');
      await backup.make(stick, PASSPHRASE, `${PASSPHRASE}!`);
      await expect(backup.maker.locator('.banner--error')).toHaveText('「再输入一遍口令」两次输入的口令不一致');
      expect(await readdir(stick)).toEqual([]);
    });

    let file = '';
    await test.step('制作备份: a progress bar to 100%, then the file on the stick', async () => {
      await backup.make(stick, PASSPHRASE);
      await expect(backup.progress).toBeVisible();
      await expect(backup.progress.getByRole('status')).toHaveText('已完成（100%）', { timeout: 60_000 });
      await expect(backup.progress.locator('progress')).toHaveAttribute('value', '100');
      const result = backup.maker.getByRole('region', { name: '备份已写出：' });
      await expect(result).toContainText(stick);
      const names = await readdir(stick);
      expect(names).toHaveLength(1);
      expect(names[0]).toMatch(/^backup-421202001-\d{8}-\d{6}-[0-9a-f]{12}\.age$/);
      file = join(stick, names[0]!);
      await expect(backup.status).toContainText('最近一次制作备份');
      // The form is fresh again: the passphrase does not stay in a field.
      await expect(backup.maker.getByLabel('备份口令', { exact: true })).toHaveValue('');
      await shot('02-backup-made');
    });

    await test.step('the drill with a wrong passphrase: one sentence naming the field', async () => {
      await expect(backup.drill.getByLabel('备份文件', { exact: true })).toHaveValue(file);
      await backup.runDrill('不是这句口令不是这句');
      await expect(backup.drill.locator('.banner--error')).toContainText('「备份口令」不对');
    });

    await test.step('the drill passes every check, in Chinese, and the reminder is gone', async () => {
      await backup.runDrill(PASSPHRASE);
      await page.evaluate(() => window.scrollTo(0, 0));
      const report = await backup.expectDrillDone();
      await expect(report.getByRole('status')).toContainText('恢复演练通过');
      await expect(backup.drill.getByLabel('备份口令', { exact: true })).toHaveValue('');
      await expect(backup.drill.getByLabel('备份文件', { exact: true })).toHaveValue(file);
      for (const label of ['解密', '备份清单', '文件校验', '各表记录数与清单一致', '链头与清单一致', '数据库完整性', '变更记录哈希链', '数据与变更记录一致']) {
        await expect(report.locator('.backup-step', { hasText: label }).locator('.backup-step__mark')).toHaveText('通过');
      }
      await expect(backup.status).not.toContainText('还没有经过恢复演练的备份');
      await shot('03-drill-report');
      await shell.go('工作台');
      await expect(page.getByText('还没有经过恢复演练的备份')).toHaveCount(0);
    });

    await test.step('恢复 refuses the data folder in use, naming the field, and says how to do it instead', async () => {
      await shell.go('备份');
      await backup.restore.getByLabel('备份文件', { exact: true }).fill(file);
      await backup.restore.getByLabel('备份口令', { exact: true }).fill(PASSPHRASE);
      await backup.restore.getByLabel('恢复到（数据文件夹）', { exact: true }).fill(ledger.dataDir);
      await backup.restore.getByRole('button', { name: '恢复', exact: true }).click();
      await expect(backup.restore.locator('.banner--error')).toContainText('不能恢复到正在使用的数据文件夹');
      await shot('04-restore-refused');
    });
  } finally {
    await rm(stick, { recursive: true, force: true });
  }
});
