import { defineConfig } from '@playwright/test';

// The built Electron app, driven by Playwright's Electron support. Run after `npm run build`:
//   npx playwright test -c tests/e2e-electron/playwright.config.ts
// Tests skip themselves, with the reason, where the Electron binary is not installed.
export default defineConfig({
  testDir: '.',
  testMatch: '*.e2e.ts',
  outputDir: '../../test-results/e2e-electron',
  workers: 1,
  timeout: 30_000,
  reporter: [['list']],
  globalSetup: './reportSkipReason.ts',
});
