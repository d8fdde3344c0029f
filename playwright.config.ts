import { defineConfig } from '@playwright/test';

/**
 * Browser tests on Debian's Chromium (Playwright cannot download browsers here), against the
 * example portal on the new frontend system (PLAYWRIGHT_URL) and the minimal legacy-system app
 * (PLAYWRIGHT_LEGACY_URL). scripts/lib/e2e.sh starts both.
 */
export default defineConfig({
  // Several people sign in per test; on a busy 2-core CI machine a first load takes ~15 s.
  timeout: 120_000,
  expect: { timeout: 15_000 },
  forbidOnly: !!process.env.CI,
  retries: 0,
  workers: 1,
  reporter: [
    ['list'],
    ['html', { open: 'never', outputFolder: 'e2e-test-report' }],
  ],
  outputDir: 'node_modules/.cache/e2e-test-results',
  use: {
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    {
      name: 'portal',
      testDir: 'packages/app/e2e-tests',
      use: { baseURL: process.env.PLAYWRIGHT_URL ?? 'http://localhost:3000' },
    },
    {
      name: 'legacy-app',
      testDir: 'packages/app-legacy/e2e-tests',
      use: {
        baseURL: process.env.PLAYWRIGHT_LEGACY_URL ?? 'http://localhost:3001',
      },
    },
  ],
});
