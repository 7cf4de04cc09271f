// The built CLI on scraping: `make demo`'s entry point, `probe`, `postings list`.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { useDemoServer } from '../helpers/servers.js';
import { cleanupTempDirs, tempDbPath, tempDir } from '../helpers/db.js';
import { ROOT, scoutlyAsync, testEnv } from '../helpers/cli.js';

const scoutly = scoutlyAsync;

const demo = useDemoServer();
afterAll(() => cleanupTempDirs());

describe('scraping from the command line', () => {
  it('the demo (make demo) finds every posting of the demo site with the offline defaults', () => {
    const cwd = tempDir();
    const r = spawnSync(process.execPath, [`${ROOT}dist/cli/demo.js`], { cwd, env: testEnv({}), encoding: 'utf8', timeout: 120_000 });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toContain('seeded demo@scoutly.local tracking 6 demo companies');
    expect(r.stdout).toContain('12 posting(s)');
    expect(r.stderr).toMatch(/succeeded 12, failed 0/); // six scrapes, six analyses
    expect(r.stderr).toMatch(/analyses 12, matches [1-9]/);
  });

  it('probe shows the source and the postings, and writes no database', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_DB: tempDbPath() };
    const page = await scoutly(['probe', `${demo.url}/acme/`, '--selector', '.jobs'], env);
    expect(page.code, page.stderr).toBe(0);
    expect(page.stdout).toContain('source: browser');
    expect(page.stdout).toContain('3 posting(s)');
    const feed = JSON.parse((await scoutly(['probe', 'https://boards.greenhouse.io/hooli', '--json'], env)).stdout) as { source: unknown; postings: unknown[] };
    expect(feed.source).toEqual({ kind: 'greenhouse', token: 'hooli' });
    expect(feed.postings).toHaveLength(2);
    const refused = await scoutly(['probe', `${demo.url}/acme/`], { SCOUTLY_DB: env.SCOUTLY_DB });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('invalid_url');
    expect(existsSync(env.SCOUTLY_DB)).toBe(false);
  });

  it('postings list filters by company and state', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_DB: tempDbPath() };
    expect((await scoutly(['seed-demo', '--base-url', demo.url], env)).code).toBe(0);
    expect((await scoutly(['tick'], env)).code).toBe(0);
    const open = JSON.parse((await scoutly(['postings', 'list', '--company', 'hooli', '--open', '--json'], env)).stdout) as { title: string }[];
    expect(open.map((p) => p.title)).toEqual(['Senior Backend Engineer, Search', 'Engineering Manager, Platform']);
    expect(JSON.parse((await scoutly(['postings', 'list', '--closed', '--json'], env)).stdout)).toEqual([]);
    expect((await scoutly(['postings', 'list', '--open', '--closed'], env)).code).toBe(64);
  });
});
