// Static-first page reading against real Chromium: plain HTTP reads the same postings as the browser on every
// kind of server-rendered page; a company's render mode is learnt, re-checked when a static read drifts and
// when a browser page becomes server-rendered; browser pages never exceed SCOUTLY_BROWSER_PAGES at once.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { findCompany, setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { launchBrowser } from '../../src/scrape/browser/launch.js';
import { browserPool } from '../../src/scrape/browser/pool.js';
import { createHttpClient, meteredHttp } from '../../src/scrape/http.js';
import { newCost } from '../../src/scrape/cost.js';
import { readStaticPage } from '../../src/scrape/page/staticPage.js';
import { samePostings, STATIC_RECHECK_EVERY } from '../../src/scrape/page/renderChoice.js';
import type { BrowserSession, ScrapeContext } from '../../src/scrape/types.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { html, json, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;
const jobs = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => ({ title: `${prefix} Engineer ${i + 1}`, path: `/jobs/${prefix.toLowerCase()}-${i + 1}` }));

/** A list the page's script builds from /api/jobs (the data the static read never sees). */
const clientRendered = (api: string) => `<!doctype html><h1>Careers</h1><ul class="jobs" id="list"></ul>
  <script>fetch(${JSON.stringify(api)}).then((r) => r.json()).then((list) => { for (const j of list) {
    const li = document.createElement('li'); const a = document.createElement('a'); a.href = j.path; a.textContent = j.title;
    li.appendChild(a); document.getElementById('list').appendChild(li); } });</script>`;
const serverRendered = (list: { title: string; path: string }[]) =>
  `<!doctype html><nav><a href="/">Home</a><a href="/about">About us</a></nav><h1>Careers</h1>
  <ul class="jobs">${list.map((j) => `<li><a href="${j.path}">${j.title}</a></li>`).join('')}</ul><footer><a href="/privacy">Privacy</a></footer>`;

/** Pages of each kind the static path must read exactly as Chromium does. */
const SAME_BOTH_WAYS: Record<string, string> = {
  '/plain-links': serverRendered(jobs('Plain', 4)),
  '/cards': `<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
    .meta{font-size:12px}.job-title{font-size:18px;font-weight:600}</style>
    <div class="job-card"><a href="/jobs/payroll"><span class="sr-only">Job Title</span><span class="job-title">Payroll Tax Specialist</span></a></div>
    <div class="job-card"><a href="/jobs/ai"><span class="job-title">Software Engineer - AI Agents</span> <span class="meta">Tech · Stockholm</span></a></div>
    <div class="job-card"><a href="/jobs/events"><h3>Events&nbsp;Manager</h3><p>Marketing · Berlin</p></a></div>`,
  '/json-ld': `<h1>Jobs</h1><script type="application/ld+json">${JSON.stringify([
    { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Data Engineer', url: '/jobs/data', identifier: { value: 'd-1' },
      jobLocation: { '@type': 'Place', address: { addressLocality: 'Berlin', addressCountry: 'DE' } } },
    { '@context': 'https://schema.org', '@type': 'JobPosting', title: 'QA Engineer', url: '/jobs/qa' }])}</script><a href="/jobs/data">Data Engineer</a>`,
  '/paged': `<div class="jobs"><a href="/jobs/alpha">Alpha Engineer</a><a rel="next" href="/paged-2">Next</a></div>`,
  '/relative-base': `<base href="/careers/"><main><a href="open/backend">Backend Developer</a><a href="open/frontend">Frontend Developer</a></main>`,
};
const EXTRA_PAGES: Record<string, string> = {
  '/paged-2': `<div class="jobs"><a href="/jobs/beta">Beta Engineer</a></div>`,
  '/client': clientRendered('/api/client-jobs'),
  '/sets-cookie': `<script>document.cookie = 'seen=yes; path=/'; localStorage.setItem('k', 'v')</script><a href="/jobs/a">Biscuit Engineer</a>`,
  '/shows-cookie': `<ul id="l"></ul><script>const a = document.createElement('a'); a.href = '/jobs/b';
    a.textContent = 'Engineer with state [' + document.cookie + ']'; document.getElementById('l').appendChild(a)</script>`,
  '/load-more': `<div class="jobs"><ul id="l"><li><a href="/jobs/first">First Engineer</a></li></ul>
    <button onclick="document.getElementById('l').insertAdjacentHTML('beforeend','<li><a href=/jobs/second>Second Engineer</a></li>');this.remove()">Load more</button></div>`,
};

let site: TestServer;
/** What /shifting serves: server-rendered, or the same list built in the browser. */
let shifting: 'server' | 'client' = 'server';
let shiftingJobs = jobs('Shift', 3);
let apiInFlight = 0;
let apiPeak = 0;
/** Server-rendered pages read so far, noted each time a browser asks for a page's data. */
let ssrReads = 0;
const ssrReadsAtApi: number[] = [];
const apiWaiters: (() => void)[] = [];
const releaseApiPair = () => {
  if (apiWaiters.length >= 2 && ssrReads > 0) apiWaiters.splice(0).forEach((r) => r());
};

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for these tests: apt-get install chromium-headless-shell (make setup does it)');
  site = await serve(async (req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/api/client-jobs') return json(res, jobs('Client', 3));
    if (path === '/api/shifting') return json(res, shiftingJobs);
    if (path.startsWith('/api/slow/')) {
      // Only a browser asks for a page's data: the number asking at once is the number of pages rendering.
      // Each answer waits for a second page to ask too, and for a server-rendered page to have been read (or
      // 3 s): pages that may overlap do, and tasks that can run beside waiting browser tasks have had the chance.
      apiInFlight++;
      apiPeak = Math.max(apiPeak, apiInFlight);
      ssrReadsAtApi.push(ssrReads);
      await new Promise<void>((resolve) => {
        apiWaiters.push(resolve);
        releaseApiPair();
        setTimeout(() => {
          const i = apiWaiters.indexOf(resolve);
          if (i >= 0) apiWaiters.splice(i, 1);
          resolve();
        }, 3_000);
      });
      apiInFlight--;
      return json(res, jobs(`Slow${path.split('/')[3]}`, 2));
    }
    if (path.startsWith('/spa/')) return html(res, clientRendered(`/api/slow/${path.split('/')[2]}`));
    if (path.startsWith('/ssr/')) {
      ssrReads++;
      releaseApiPair();
      return html(res, serverRendered(jobs(`Ssr${path.split('/')[2]}`, 2)));
    }
    if (path === '/shifting') return html(res, shifting === 'server' ? serverRendered(shiftingJobs) : clientRendered('/api/shifting'));
    const page = SAME_BOTH_WAYS[path] ?? EXTRA_PAGES[path];
    return page ? html(res, page) : html(res, 'not found', 404);
  });
});
afterAll(() => site.close());

describe('static and browser reads of one page', () => {
  let browser: BrowserSession;
  beforeAll(async () => {
    browser = await launchBrowser({ executablePath: CHROMIUM, allowPrivate: true, trustedHosts: [] });
  }, 60_000);
  afterAll(() => browser.close());

  const context = (): ScrapeContext => {
    const cost = newCost();
    return {
      signal: AbortSignal.timeout(30_000), log: createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), now: () => Date.now(), cost,
      http: meteredHttp(createHttpClient({ allowPrivate: true, clock: systemClock, politenessMs: 0 }), cost), browser: async () => browser,
    };
  };
  const both = async (path: string, selector: string | null = null) => {
    const ctx = context();
    const plain = await readStaticPage(`${site.url}${path}`, selector, ctx);
    const rendered = await browser.extract(`${site.url}${path}`, { selector, signal: ctx.signal, timeoutMs: 20_000, now: Date.now });
    return { plain: plain.postings, rendered: rendered.postings, cost: ctx.cost };
  };

  for (const path of Object.keys(SAME_BOTH_WAYS)) {
    it(`finds the same postings on ${path}`, async () => {
      const { plain, rendered } = await both(path, path === '/cards' ? '.job-card' : null);
      expect(rendered.length).toBeGreaterThan(0);
      expect(plain.map((p) => p.title).sort()).toEqual(rendered.map((p) => p.title).sort());
      expect(samePostings(plain, rendered)).toBe(true);
    });
  }

  it('sees a client-rendered list, or one behind "load more", only in the browser', async () => {
    const client = await both('/client');
    expect(client.plain).toEqual([]);
    expect(client.rendered.map((p) => p.title)).toEqual(['Client Engineer 1', 'Client Engineer 2', 'Client Engineer 3']);
    const more = await both('/load-more');
    expect(more.plain.map((p) => p.title)).toEqual(['First Engineer']);
    expect(samePostings(more.plain, more.rendered)).toBe(false);
  });

  it('reuses its page from read to read without carrying cookies over, and never after a failed read', async () => {
    const read = (path: string) => browser.extract(`${site.url}${path}`, { selector: null, signal: AbortSignal.timeout(20_000), timeoutMs: 20_000, now: Date.now });
    expect((await read('/sets-cookie')).postings.map((p) => p.title)).toEqual(['Biscuit Engineer']);
    expect((await read('/shows-cookie')).postings.map((p) => p.title)).toEqual(['Engineer with state []']);
    await expect(browser.extract(`${site.url}/client`, { selector: null, signal: AbortSignal.timeout(20_000), timeoutMs: 1, now: Date.now })).rejects.toThrow(/did not finish/);
    expect((await read('/client')).postings).toHaveLength(3); // a fresh lane replaced the one the timeout closed
    expect(browser.openPages()).toBe(0);
  });

  it('the tick\'s pool launches Chromium when a page needs it and closes it once no page is open', async () => {
    const pool = browserPool(() => launchBrowser({ executablePath: CHROMIUM, allowPrivate: true, trustedHosts: [] }), { pages: 1, idleCloseMs: 100 });
    try {
      expect(pool.running()).toBe(false);
      const read = () => pool.extract(`${site.url}/client`, { selector: null, signal: AbortSignal.timeout(20_000), timeoutMs: 20_000, now: Date.now });
      expect((await read()).postings).toHaveLength(3);
      for (let i = 0; i < 200 && pool.running(); i++) await new Promise((r) => setTimeout(r, 50));
      expect(pool.running()).toBe(false); // closed when idle
      expect((await read()).postings).toHaveLength(3); // and launched again for the next page
      expect(pool.running()).toBe(true);
    } finally {
      await pool.close();
    }
  });

  it('counts the bytes and CPU of each read', async () => {
    const ctx = context();
    await readStaticPage(`${site.url}/plain-links`, null, ctx);
    expect(ctx.cost.bytes).toBe(Buffer.byteLength(SAME_BOTH_WAYS['/plain-links']!));
    expect(ctx.cost.cpuMs).toBeGreaterThan(0);
    const rendered = newCost();
    await browser.extract(`${site.url}/client`, { selector: null, signal: ctx.signal, timeoutMs: 20_000, now: Date.now, cost: rendered });
    expect(rendered.bytes).toBeGreaterThan(Buffer.byteLength(EXTRA_PAGES['/client']!)); // the page and its data
    expect(rendered.cpuMs).toBeGreaterThan(0);
  });
});

describe('render mode learnt per company through real ticks', () => {
  const clock = steppableClock();
  let store: Store;
  beforeEach(async () => {
    store = await openTestStore();
    clock.set(Date.UTC(2026, 10, 23, 8));
    shifting = 'server';
    shiftingJobs = jobs('Shift', 3);
  });
  afterEach(() => cleanupTempDirs([store]));

  const deps = (env: Record<string, string> = {}) => buildTickDeps(
    loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_CHROMIUM: CHROMIUM ?? '', ...env } }), store,
    createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock, rand: () => 0.5 });
  const track = (pages: Record<string, string>) => {
    const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
    const { ids } = upsertCompanies(store, Object.entries(pages).map(([slug, path]) => company(slug, { careersUrl: `${site.url}${path}` })), clock.now());
    for (const id of ids) setPreference(store, user.id, id, 90, clock.now());
  };
  const tick = async (env: Record<string, string> = {}) => {
    const r = await runTick(deps(env), tickOptions({ budgetMs: 120_000, concurrency: 5, only: null, stopSignal: new AbortController().signal }));
    clock.advance(DAY_MS);
    return r;
  };
  const lastDetail = (slug: string) => JSON.parse((store.sqlite.prepare(`SELECT a.detail FROM attempts a JOIN companies c ON c.id = a.company_id
    WHERE c.slug = ? ORDER BY a.id DESC LIMIT 1`).get(slug) as { detail: string }).detail) as Record<string, unknown>;
  const openTitles = (slug: string) => (store.sqlite.prepare(`SELECT title FROM postings p JOIN companies c ON c.id = p.company_id
    WHERE c.slug = ? AND p.closed_at IS NULL ORDER BY title`).pluck().all(slug) as string[]);

  it('learns static for a server-rendered page, then re-checks in the browser when it becomes client-rendered: nothing closes', async () => {
    track({ shifting: '/shifting' });
    await tick();
    expect(findCompany(store, 'shifting')).toMatchObject({ renderMode: 'static', renderOrigin: 'learned' });
    expect(lastDetail('shifting')).toMatchObject({ source: 'browser', render: 'both', seen: 3 });
    await tick();
    expect(lastDetail('shifting')).toMatchObject({ render: 'static', seen: 3 });

    shifting = 'client'; // the site moves its list into the browser: the plain HTML has none
    const r = await tick();
    expect(r).toMatchObject({ kind: 'ran', summary: { succeeded: 1, failed: 0 } });
    expect(lastDetail('shifting')).toMatchObject({ render: 'both', seen: 3, closed: 0 });
    expect(openTitles('shifting')).toEqual(['Shift Engineer 1', 'Shift Engineer 2', 'Shift Engineer 3']);
    expect(findCompany(store, 'shifting')).toMatchObject({ renderMode: 'browser', renderOrigin: 'learned' });
    await tick();
    expect(lastDetail('shifting')).toMatchObject({ render: 'browser', seen: 3 });
  });

  it('moves a browser page back to static when it becomes server-rendered (re-checked every few scrapes)', async () => {
    shifting = 'client';
    track({ shifting: '/shifting' });
    await tick();
    expect(findCompany(store, 'shifting')).toMatchObject({ renderMode: 'browser', renderOrigin: 'learned' });
    shifting = 'server';
    const renders: unknown[] = [];
    for (let i = 0; i < STATIC_RECHECK_EVERY; i++) {
      await tick();
      renders.push(lastDetail('shifting').render);
      if (findCompany(store, 'shifting')!.renderMode === 'static') break;
    }
    // Chromium until the check is due, then both ways once, and static from then on.
    expect(renders).toEqual([...Array(STATIC_RECHECK_EVERY - 1).fill('browser'), 'both']);
    await tick();
    expect(lastDetail('shifting')).toMatchObject({ render: 'static', seen: 3, closed: 0 });
  }, 120_000);

  it('a mode the user sets is kept: static pages never launch Chromium, browser pages are never re-checked', async () => {
    track({ pinned: '/shifting' });
    store.sqlite.prepare(`UPDATE companies SET render_mode = 'browser', render_origin = 'user', render_scrapes_since_check = 50`).run();
    await tick();
    expect(lastDetail('pinned')).toMatchObject({ render: 'browser', seen: 3 });
    store.sqlite.prepare(`UPDATE companies SET render_mode = 'static', render_origin = 'user'`).run();
    shifting = 'client';
    const dataRequests = () => site.requests.filter((q) => q.url === '/api/shifting').length;
    const before = dataRequests();
    const r = await tick();
    // Pinned static: no browser re-check (nothing ran the page's script), and an empty static read closes nothing (drift).
    expect(dataRequests()).toBe(before);
    expect(r).toMatchObject({ summary: { failuresByKind: { extraction_drift: 1 } } });
    expect(openTitles('pinned')).toHaveLength(3);
  });

  it('renders at most SCOUTLY_BROWSER_PAGES pages at once while feeds and static pages keep flowing', async () => {
    const pages: Record<string, string> = {};
    for (let i = 0; i < 8; i++) pages[`spa${i}`] = `/spa/${i}`;
    for (let i = 0; i < 6; i++) pages[`ssr${i}`] = `/ssr/${i}`;
    track(pages);
    store.sqlite.prepare(`UPDATE companies SET render_mode = 'browser', render_origin = 'learned' WHERE slug LIKE 'spa%'`).run();
    store.sqlite.prepare(`UPDATE companies SET render_mode = 'static', render_origin = 'learned' WHERE slug LIKE 'ssr%'`).run();
    apiPeak = 0;
    ssrReads = 0;
    ssrReadsAtApi.length = 0;
    const r = await tick({ SCOUTLY_BROWSER_PAGES: '2' });
    expect(r).toMatchObject({ kind: 'ran', summary: { succeeded: 14, failed: 0 } });
    expect(apiPeak).toBe(2); // pages did overlap, never beyond the cap (5 task slots would allow 5)
    // The 8 browser pages come first in claim order and fill all 5 task slots; tasks waiting for a page lend
    // their slot, so server-rendered pages were already being read when the third browser page began (without
    // lending, none is claimed before a browser page finishes and the next browser task takes its slot).
    expect(ssrReadsAtApi).toHaveLength(8);
    expect(ssrReadsAtApi[2]).toBeGreaterThan(0);
    const paths = store.sqlite.prepare(`SELECT json_extract(detail, '$.render') AS render, COUNT(*) AS n FROM attempts GROUP BY render ORDER BY render`).all();
    expect(paths).toEqual([{ render: 'browser', n: 8 }, { render: 'static', n: 6 }]);
  }, 120_000);
});
