// The built CLI on scraping: `make demo`'s entry point, `probe`, `postings list`.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { useDemoServer } from '../helpers/servers.js';
import { atsFixture, useAtsFarm } from '../helpers/atsFarm.js';
import { cleanupTempDirs, tempDbPath, tempDir } from '../helpers/db.js';
import { NODE_FLAGS, ROOT, scoutlyAsync, start, testEnv, waitFor } from '../helpers/cli.js';
import { Client, PASSWORD } from '../web/helpers.js';

const scoutly = scoutlyAsync;

const demo = useDemoServer();
const ats = useAtsFarm();
afterAll(() => cleanupTempDirs());

describe('scraping from the command line', () => {
  it('the demo (make demo) finds every posting of the demo site with the offline defaults, then serves the dashboard with a sign-in link', async () => {
    const cwd = tempDir();
    const metrics = join(cwd, 'scoutly.prom');
    const proc = start(`${ROOT}dist/cli/demo.cjs`, [], { SCOUTLY_METRICS_FILE: metrics }, cwd);
    try {
      // It stays in the foreground with the dashboard: the link is the last thing before `scoutly web`.
      const link = await waitFor(() => {
        if (proc.child.exitCode !== null) throw new Error(`the demo ended (${proc.child.exitCode}) before it served the dashboard:\n${proc.stderr()}`);
        return /^(http:\/\/127\.0\.0\.1:\d+)\/setup\/\S+$/m.exec(proc.stdout());
      }, 'the demo\'s sign-in link', 120_000);
      const base = link[1]!;
      await waitFor(() => proc.stderr().includes('dashboard at '), 'the dashboard');
      const phone = new Client(base);
      expect(await (await phone.request(link[0])).text()).toContain('Choose the password for <strong>demo@scoutly.local</strong>');
      const chosen = await phone.request(link[0], { form: { password: PASSWORD, again: PASSWORD } });
      expect(chosen.headers.get('location')).toBe('/matches');
      const matches = await phone.request('/matches');
      expect(matches.status).toBe(200);
      // The tick's matches of the demo user, on the demo database.
      expect(await matches.text()).toMatch(/class="[^"]*\bmatch\b[^"]*" id="match-\d+"/);
      proc.child.kill('SIGINT');
    } finally {
      setTimeout(() => proc.child.kill('SIGKILL'), 30_000).unref();
    }
    const r = await proc.done;
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('seeded demo@scoutly.local tracking 6 demo companies');
    expect(r.stdout).toContain('12 posting(s)');
    expect(r.stderr).toMatch(/succeeded 12, failed 0/); // six scrapes, six analyses
    expect(r.stderr).toMatch(/analyses 12, matches [1-9]/);
    // Three boards read as feeds; three careers pages read both ways on their first scrape (render mode learnt).
    const text = readFileSync(metrics, 'utf8');
    expect(text).toMatch(/^scoutly_last_run_scrapes\{path="feed"\} 3$/m);
    expect(text).toMatch(/^scoutly_last_run_scrapes\{path="both"\} 3$/m);
    expect(Number(/^scoutly_last_run_scrape_bytes\{path="both"\} (\d+)$/m.exec(text)?.[1])).toBeGreaterThan(0);
    const status = spawnSync(process.execPath, [...NODE_FLAGS, `${ROOT}dist/cli/scoutly.cjs`, 'status'], { cwd, env: testEnv({ SCOUTLY_DB: join(cwd, 'data', 'demo.db') }), encoding: 'utf8' });
    const paths = status.stdout.split('Scrapes in the last 24 h, by path')[1]!.split('Gemini')[0]!;
    expect(paths).toMatch(/ATS feed\s+3\s/);
    expect(paths).toMatch(/page, both compared\s+3\s/);
  }, 180_000);

  it('probe shows the source and the postings, and writes no database', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_DB: tempDbPath() };
    const page = await scoutly(['probe', `${demo.url}/acme/`, '--selector', '.jobs'], env);
    expect(page.code, page.stderr).toBe(0);
    expect(page.stdout).toContain('source: browser');
    expect(page.stdout).toContain('3 posting(s)');
    const feed = JSON.parse((await scoutly(['probe', 'https://boards.greenhouse.io/hooli', '--json'], env)).stdout) as { source: unknown; postings: unknown[] };
    expect(feed.source).toEqual({ kind: 'greenhouse', token: 'hooli', filter: null });
    expect(feed.postings).toHaveLength(2);
    const refused = await scoutly(['probe', `${demo.url}/acme/`], { SCOUTLY_DB: env.SCOUTLY_DB });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('invalid_url');
    expect(existsSync(env.SCOUTLY_DB)).toBe(false);
  });

  it('probe reads a careers page both ways and shows them side by side; set-render pins how a page is read', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: demo.url, SCOUTLY_DB: tempDbPath() };
    const server = await scoutly(['probe', `${demo.url}/acme/`, '--selector', '.jobs'], env);
    expect(server.stdout).toMatch(/page read both ways: plain HTTP 3 posting\(s\), Chromium 3; would be read with plain HTTP/);
    expect(server.stdout).toMatch(/title\s+plain HTTP\s+Chromium\s+url/);
    const client = JSON.parse((await scoutly(['probe', `${demo.url}/globex/`, '--json'], env)).stdout) as
      { render: { used: string; learnt: string; compared: { static: { count: number }; browser: { count: number }; rows: { inStatic: boolean; inBrowser: boolean }[] } } };
    expect(client.render).toMatchObject({ used: 'both', learnt: 'browser', compared: { static: { count: 0 } } });
    expect(client.render.compared.browser.count).toBeGreaterThan(0);
    expect(client.render.compared.rows.every((r) => r.inBrowser && !r.inStatic)).toBe(true);

    expect((await scoutly(['companies', 'add', 'acme', `${demo.url}/acme/`], env)).code).toBe(0);
    const set = await scoutly(['companies', 'set-render', 'acme', 'browser'], env);
    expect(set.code, set.stderr).toBe(0);
    expect(set.stdout).toContain('acme: its careers page is rendered in Chromium every time');
    expect((await scoutly(['companies', 'show', 'acme'], env)).stdout).toMatch(/page read\s+in Chromium, set by you/);
    const bad = await scoutly(['companies', 'set-render', 'acme', 'sometimes'], env);
    expect(bad.code).toBe(64);
    expect(bad.stderr).toContain('MODE must be static, browser or auto; got "sometimes"');
    expect((await scoutly(['companies', 'set-render', 'acme', 'auto'], env)).stdout).toContain('read both ways at the next scrape');
    expect((await scoutly(['companies', 'show', 'acme'], env)).stdout).toMatch(/page read\s+not learnt yet/);
  });

  it('probe and doctor --pipeline wait their turn on a paged board and exit normally (politeness gaps between pages)', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: ats.farm.url, SCOUTLY_DB: tempDbPath() };
    const probe = await scoutly(['probe', 'https://globo.wd3.myworkdayjobs.com/en-US/External?locations=loc-ams'], env);
    expect(probe.code, probe.stderr).toBe(0);
    expect(probe.stdout).toContain('source: workday (globo.wd3/External)');
    expect(probe.stdout).toContain('filter: locations=loc-ams');
    expect(probe.stdout).toContain('15 posting(s)');
    const all = JSON.parse((await scoutly(['probe', 'https://careers.smartrecruiters.com/Kruger', '--json'], env)).stdout) as { postings: unknown[] };
    expect(all.postings).toHaveLength(120);

    expect((await scoutly(['companies', 'add', 'globo', 'https://globo.wd3.myworkdayjobs.com/External'], env)).code).toBe(0);
    const doctor = await scoutly(['doctor', '--pipeline', 'globo'], env);
    expect([0, 1]).toContain(doctor.code);
    expect(doctor.stdout).toMatch(/pipeline globo\s+45 posting\(s\) via workday \(globo\.wd3\/External\)/);
  });

  it('probe and doctor --pipeline say what a feed lost without failing (a department without its id)', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: ats.farm.url, SCOUTLY_DB: tempDbPath() };
    const jobs = JSON.parse(atsFixture('greenhouse-acme-jobs.json')) as { jobs: { departments: { id?: number }[] }[] };
    delete jobs.jobs[0]!.departments[0]!.id;
    ats.farm.pages.set('/greenhouse/boards-api.greenhouse.io/v1/boards/driftco/jobs', JSON.stringify(jobs));
    const probe = await scoutly(['probe', 'https://boards.greenhouse.io/driftco'], env);
    expect(probe.code, probe.stderr).toBe(0);
    expect(probe.stdout).toMatch(/^drift: the feed's answer changed shape, postings kept: 1 posting kept without departments\[\]\.id \(/m);
    expect(probe.stdout).toContain('4 posting(s)');
    const json = JSON.parse((await scoutly(['probe', 'https://boards.greenhouse.io/driftco', '--json'], env)).stdout) as { drift: unknown };
    expect(json.drift).toEqual({ emptied: [expect.objectContaining({ field: 'departments[].id', count: 1 })], dropped: [] });
    expect((await scoutly(['companies', 'add', 'driftco', 'https://boards.greenhouse.io/driftco'], env)).code).toBe(0);
    const doctor = await scoutly(['doctor', '--pipeline', 'driftco'], env);
    expect(doctor.stdout).toMatch(/pipeline driftco\s+4 posting\(s\) via greenhouse \(driftco\) \(nothing saved\); the feed's answer changed shape, postings kept: 1 posting kept without departments/);
  });

  it('companies set-source names a board (with the filter of its URL), pins the page, or returns to detection', async () => {
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: ats.farm.url, SCOUTLY_DB: tempDbPath() };
    expect((await scoutly(['companies', 'add', 'acme', 'https://acme.example/careers?team=Backend&utm_source=x'], env)).code).toBe(0);
    const show = () => scoutly(['companies', 'list', '--json'], env).then((r) => (JSON.parse(r.stdout) as Record<string, unknown>[])[0]);
    expect(await show()).toMatchObject({ sourceKind: null, sourceFilter: { team: ['Backend'] } });

    const named = await scoutly(['companies', 'set-source', 'acme', 'https://jobs.lever.co/acme?team=Backend&team=Platform'], env);
    expect(named.code, named.stderr).toBe(0);
    expect(named.stdout).toContain('reads the lever board acme with the filter team=Backend|Platform');
    expect(await show()).toMatchObject({ sourceKind: 'lever', sourceToken: 'acme', sourceFilter: { team: ['Backend', 'Platform'] } });
    expect((await scoutly(['companies', 'show', 'acme'], env)).stdout).toMatch(/source\s+lever \(acme\), set by you\nfilter\s+team=Backend\|Platform/);

    expect((await scoutly(['companies', 'set-source', 'acme', 'greenhouse:acme'], env)).stdout).toContain('(the whole board)');
    expect((await scoutly(['companies', 'set-source', 'acme', 'taleo:acme'], env)).code).toBe(64); // no reader for that kind
    const refused = await scoutly(['companies', 'set-source', 'acme', 'https://bizarro.jobs.personio.de/?department=Engineering'], env);
    expect(refused.code).toBe(64);
    expect(refused.stderr).toContain('the personio reader cannot apply the filter department');
    expect((await scoutly(['companies', 'set-source', 'acme', 'auto'], env)).code).toBe(0);
    expect(await show()).toMatchObject({ sourceKind: null, sourceToken: null, sourceFilter: { team: ['Backend'] } });
  });

  // The suite runs on the default, the headless shell; this proves the full browser still works when chosen.
  it('a tick reads a client-rendered page in the full chromium when SCOUTLY_CHROMIUM names it', async (ctx) => {
    const FULL = '/usr/bin/chromium';
    if (!existsSync(FULL)) return ctx.skip(`${FULL} is not installed (apt-get install chromium; .ci/run installs it)`);
    // A launcher that notes it was used, then runs the full browser with Playwright's arguments.
    const dir = tempDir();
    const launcher = join(dir, 'chromium');
    writeFileSync(launcher, `#!/bin/sh\necho "$@" >> ${dir}/launched\nexec ${FULL} "$@"\n`, { mode: 0o755 });
    const env = { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_DB: tempDbPath(), SCOUTLY_CHROMIUM: launcher };
    expect((await scoutly(['users', 'add', 'me@example.com'], env)).code).toBe(0);
    expect((await scoutly(['companies', 'add', 'globex', `${demo.url}/globex/`, '--rank', '90'], env)).code).toBe(0);
    expect((await scoutly(['companies', 'set-render', 'globex', 'browser'], env)).code).toBe(0);
    const tick = await scoutly(['tick'], env);
    expect(tick.code, tick.stderr).toBe(0);
    expect(readFileSync(join(dir, 'launched'), 'utf8')).toContain('--headless');
    const postings = JSON.parse((await scoutly(['postings', 'list', '--company', 'globex', '--json'], env)).stdout) as { title: string }[];
    expect(postings.length).toBeGreaterThan(0); // only a rendered page shows them (its list is built by script)
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
