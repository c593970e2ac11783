import { chromium } from '@playwright/test';
import { performance } from 'node:perf_hooks';

const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Time to first rendered grid: from navigating to the estates page until the
 * first ag-grid row is visible, in a signed-in Chromium tab (median of `runs`),
 * plus the cold path from a fresh browser to the first grid row.
 */
export async function benchFirstGrid(url: string, password: string, runs: number): Promise<{ samples: number[]; cold: number }> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ARGS });
  try {
    const page = await browser.newPage();
    const t0 = performance.now();
    await page.goto(url);
    await page.getByLabel('用户名').fill('admin');
    await page.getByLabel('密码').fill(password);
    await page.getByRole('button', { name: '登录' }).click();
    await page.getByRole('button', { name: '退出登录' }).waitFor();
    await page.goto(`${new URL(url).origin}/#/estates`);
    await page.locator('.ag-center-cols-container .ag-row').first().waitFor();
    const cold = performance.now() - t0;
    const samples: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.goto(`${new URL(url).origin}/#/communities`);
      await page.locator('.ag-center-cols-container .ag-row').first().waitFor();
      const start = performance.now();
      await page.reload();
      await page.goto(`${new URL(url).origin}/#/estates`);
      await page.locator('.ag-center-cols-container .ag-row').first().waitFor();
      samples.push(performance.now() - start);
    }
    return { samples, cold };
  } finally {
    await browser.close();
  }
}
