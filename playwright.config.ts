import { defineConfig } from '@playwright/test';

/**
 * The e2e suite runs the built renderer in Debian's Chromium against a real
 * `docket serve` that each spec starts itself (e2e/helpers/serve.ts), so
 * there is no webServer block. electron.spec.ts lives in the same folder and
 * launches Electron on its own through `_electron`; launchOptions here only
 * concern the browser.
 */
export default defineConfig({
  testDir: 'e2e',
  workers: 1,
  retries: 0,
  reporter: 'list',
  fullyParallel: false,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  outputDir: 'test-results',
  use: {
    browserName: 'chromium',
    headless: true,
    viewport: { width: 1280, height: 800 },
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.DOCKET_CHROMIUM ?? '/usr/bin/chromium',
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
});
