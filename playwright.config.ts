import { defineConfig } from '@playwright/test'
import { chromiumArgs, chromiumPath } from './tests/e2e/chromium'

const port = Number(process.env.E2E_PORT ?? 4173)

// Browser tests run against the production build (`vite preview`), the same
// bytes a user gets, CSP included.
export default defineConfig({
  testDir: 'tests/e2e',
  testMatch: '**/*.spec.ts',
  // A busy shared machine can multiply these: E2E_SLOW=3 triples them.
  timeout: 120_000 * Number(process.env.E2E_SLOW ?? 1),
  expect: { timeout: 30_000 * Number(process.env.E2E_SLOW ?? 1) },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  // The project's name prefixes every test in the output: [chromium] › ...
  projects: [{ name: 'chromium' }],
  reporter: process.env.CI ? [['list'], ['json', { outputFile: 'reports/e2e.json' }]] : 'list',
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    launchOptions: { executablePath: chromiumPath(), args: chromiumArgs },
    viewport: { width: 1280, height: 860 },
    trace: 'off',
  },
  webServer: {
    command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
    url: `http://127.0.0.1:${port}`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
  },
})
