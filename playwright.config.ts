import { defineConfig } from '@playwright/test';

/**
 * One e2e suite, two projects (see the README):
 * - browser: Debian's Chromium against the loopback host started by the fixture; always runs.
 * - electron: the built shell (dist-electron/main.cjs) via _electron.launch; skipped, with
 *   the reason, where the Electron runtime was never downloaded.
 * The renderer must be built first (`npm test` runs `npm run build` before this).
 */
const chromiumArgs = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--lang=zh-CN'];

export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  outputDir: 'test-results/artifacts',
  // Two cores: one worker, tests in order; each test starts its own host on its own data dir.
  workers: 1,
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./test/e2e/fixtures/skip-reasons.reporter.ts']],
  use: {
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 820 },
    actionTimeout: 15_000,
    navigationTimeout: 30_000,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'browser',
      use: { browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
    },
    {
      name: 'electron',
      // The fixture launches Electron itself; this only keeps the unused browser fixture on Debian's Chromium.
      use: { browserName: 'chromium', launchOptions: { executablePath: '/usr/bin/chromium', args: chromiumArgs } },
    },
  ],
});
