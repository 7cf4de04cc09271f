// Test runner settings: one fork per file (native SQLite handles, child processes), built dist/ for e2e.
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

// The dashboard's browser suite drives Chromium through every page (the suite's slowest file). What it
// checks (layout, CSP, axe, keyboard, the forms) does not depend on the Node line, which the API and
// attack tests cover on each line, so CI (.ci/run) runs it on one line and sets this for the others.
const BROWSER_SUITES = ['test/web/browser.e2e.test.ts'];
const skipBrowser = process.env.SCOUTLY_SKIP_BROWSER_SUITE === '1';
if (skipBrowser) process.stderr.write(`SCOUTLY_SKIP_BROWSER_SUITE=1: not running ${BROWSER_SUITES.join(', ')}\n`);

export default defineConfig({
  test: {
    root: fileURLToPath(new URL('..', import.meta.url)),
    include: ['test/**/*.test.ts'],
    exclude: [...configDefaults.exclude, ...(skipBrowser ? BROWSER_SUITES : [])],
    pool: 'forks',
    reporters: ['default', './test/helpers/summaryReporter.ts'],
    globalSetup: ['test/helpers/globalSetup.ts'],
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
