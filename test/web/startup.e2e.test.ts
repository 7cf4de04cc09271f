// What `scoutly web` loads before it serves the sign-in and matches pages: none of the code only other
// routes need (probing and importing companies, the scrapers, the analyzer and CV reading, the reports,
// the notifiers), which a socket-activated start would pay for at every first request. Read from the
// process itself (test/fixtures/recordLoads.cjs, mapped to tsc's modules through the bundle's contents by
// test/helpers/loads.ts), never from timings: `make bench` measures the time.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { setPassword } from '../../src/auth/accounts.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { upsertUser } from '../../src/users/repo.js';
import { NODE_FLAGS, ROOT, SCOUTLY, testEnv, waitFor } from '../helpers/cli.js';
import { cleanupTempDirs, tempDbPath, tempDir } from '../helpers/db.js';
import { readLoads } from '../helpers/loads.js';
import { seedMatches } from '../helpers/seed.js';
import { Client, PASSWORD } from './helpers.js';

afterAll(() => cleanupTempDirs());

/** Loaded only by the routes that need them (src/web/lazyActions.ts and the pages routes.tsx loads lazily). */
const NOT_FOR_SIGN_IN_OR_MATCHES = /^dist\/(scrape\/(?!careersUrl\.js)|analyze\/|notify\/|report\/|queue\/|tick\/|tasks\/|users\/cv|companies\/(manage|seed|repo)\.js|web\/actions\/(companies|jobs|profile|health)\.js|web\/pages\/(companies|ops|profile)\.js)/;
const PACKAGES = ['htmlparser2', 'css-select', 'csv-parse', 'pdfjs-dist', 'playwright-core', '@google/genai', 'nodemailer', 'drizzle-orm', 'undici'];

describe('the dashboard\'s start-up', () => {
  it('serves sign-in and the matches page without loading probe, import, scraping, analysis, report or notification code; a companies page loads them then', async () => {
    const db = tempDbPath();
    const store = await openStore(db); // migrated here: migrating (drizzle) is the first start's work, not every start's
    seedMatches(store, 'acme', [{ title: 'Platform Engineer', score: 90 }], Date.now(), 'me@example.com');
    await setPassword(store, upsertUser(store, { email: 'me@example.com' }, Date.now()).id, PASSWORD, Date.now());
    closeStore(store);

    const file = join(tempDir(), 'loads.txt');
    const child = spawn(process.execPath, [...NODE_FLAGS, '--require', join(ROOT, 'test/fixtures/recordLoads.cjs'), SCOUTLY, 'web', '--listen', '127.0.0.1:0'],
      { env: testEnv({ SCOUTLY_DB: db, SCOUTLY_TEST_LOADS: file }), cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (d: Buffer) => void (stderr += d.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
    const loads = () => {
      const { modules, unbundled } = readLoads(file);
      expect(unbundled).toEqual([]); // the executable runs bundled
      return modules;
    };
    try {
      const url = await waitFor(() => /dashboard at (http:\/\/\S+)/.exec(stderr)?.[1], 'the dashboard to listen');
      const browser = new Client(url);
      expect((await browser.request('/sign-in')).status).toBe(200);
      expect((await browser.signIn('me@example.com')).headers.get('location')).toBe('/matches');
      expect(await (await browser.request('/matches')).text()).toContain('Platform Engineer');

      const served = loads();
      expect(served).toContain('dist/web/pages/matches.js'); // the record is complete enough to trust
      expect(served.filter((l) => NOT_FOR_SIGN_IN_OR_MATCHES.test(l))).toEqual([]);
      expect(served.filter((l) => PACKAGES.some((p) => l.startsWith(`node_modules/${p}/`)))).toEqual([]);

      expect((await browser.request('/companies')).status).toBe(200);
      expect(loads()).toEqual(expect.arrayContaining(['dist/web/actions/companies.js', 'dist/companies/manage.js', 'dist/web/pages/companies.js']));
    } finally {
      child.kill('SIGTERM');
      expect(await exited, stderr).toBe(143);
    }
  });
});
