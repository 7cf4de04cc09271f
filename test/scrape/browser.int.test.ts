// Careers pages in real Chromium (Debian's package) against local servers.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, launchBrowser } from '../../src/scrape/browser/launch.js';
import { openLane } from '../../src/scrape/browser/careersPage.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import type { BrowserSession } from '../../src/scrape/types.js';
import { DEMO_SITE_DIR, startDemoServer, type DemoServer } from '../../src/demo/server.js';
import { html, serve, type TestServer } from '../helpers/servers.js';
import { commandLine, descendants, snapshot } from '../helpers/procTree.js';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? null;

let demo: DemoServer;
let site: TestServer;
let forbidden: TestServer;
let browser: BrowserSession;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for these tests: apt-get install chromium-headless-shell (make setup does it)');
  demo = await startDemoServer(DEMO_SITE_DIR);
  forbidden = await serve((_req, res) => html(res, '<a href="/jobs/secret">Secret Engineer</a>'));
  // The "public" site lives on 127.0.0.2, trusted as public; 127.0.0.1 stays forbidden.
  site = await serve((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/hang') return; // never answers
    if (path === '/status/404') return html(res, 'gone', 404);
    if (path === '/status/500') return html(res, 'oops', 500);
    if (path === '/retry-after') return html(res, 'slow down', 429, { 'retry-after': '120' });
    if (path === '/cf-challenge') return html(res, '<title>Just a moment...</title>', 403, { 'cf-mitigated': 'challenge' });
    // A careers page that answers, then sends itself on to a wall (a bot script's redirect).
    if (path === '/to-wall') return html(res, `<a href="/jobs/w">Walled Engineer</a><script>setTimeout(() => { location.href = '/cf-challenge'; }, 100)</script>`);
    if (path === '/to-loopback') return void res.writeHead(302, { location: `${forbidden.url}/` }).end();
    if (path === '/paged') return html(res, '<div class="jobs"><a href="/jobs/a">Alpha Engineer</a><a rel="next" href="/paged2">Next</a></div>');
    if (path === '/paged2') return html(res, '<div class="jobs"><a href="/jobs/b">Beta Engineer</a></div>');
    if (path === '/cards') {
      // Real board markup: a selector matching each card, a visually hidden label, metadata in the link.
      return html(res, `<style>.sr-only{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0,0,0,0)}
        .meta{font-size:12px}.title{font-size:18px;font-weight:600}</style>
        <nav><a href="/support">Support</a></nav>
        <div class="job-card"><a href="/jobs/payroll-tax"><span class="sr-only">Job Title</span><span class="title">Payroll Tax Specialist</span></a></div>
        <div class="job-card"><a href="/jobs/payroll-support"><span class="title">Payroll Support Specialist</span><span class="meta">Finance · Remote</span></a></div>
        <div class="job-card"><a href="/jobs/ai-agents"><span class="title">Software Engineer - AI Agents</span> <span class="meta">Tech · Stockholm</span></a></div>
        <div class="job-card"><a href="/jobs/events"><h3>Events Manager</h3><p>Marketing · Berlin</p></a></div>
        <div class="job-card"><a href="/cards?page=2">Next</a></div>`);
    }
    if (path === '/ld-array') {
      return html(res, `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'R&amp;D Engineer',
        identifier: { '@type': 'PropertyValue', value: 'rd-1' }, url: '/jobs/rd-1', jobLocationType: 'TELECOMMUTE',
        jobLocation: [{ '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Berlin', addressCountry: 'DE' } },
          { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Lisbon', addressCountry: { '@type': 'Country', name: 'Portugal' } } }] })}</script>`);
    }
    if (path === '/garbage') {
      // A page that leaves ≈ 20 MiB of JavaScript objects behind when it is navigated away from.
      return html(res, `<ul><li><a href="/jobs/g">Garbage Collector</a></li></ul>
        <script>window.kept = []; for (let i = 0; i < 400000; i++) kept.push({ i, text: 'x' + i });</script>`);
    }
    if (path === '/loop') return void res.writeHead(302, { location: '/loop' }).end();
    if (path === '/crash') {
      // Nested 30,000 deep and shown: Chromium's renderer overflows its stack laying it out.
      return html(res, `<a href="/jobs/x">Crash Engineer</a><div id="d"></div><script>let at = document.getElementById('d');
        for (let i = 0; i < 30000; i++) { const s = document.createElement('div'); at.appendChild(s); at = s; } at.textContent = 'deep';</script>`);
    }
    if (path === '/load-more') {
      return html(res, `<div class="jobs"><ul id="l"><li><a href="/jobs/1">First Engineer</a></li></ul>
        <button onclick="document.getElementById('l').insertAdjacentHTML('beforeend','<li><a href=/jobs/2>Second Engineer</a></li>');this.remove()">Load more</button></div>`);
    }
    return html(res, 'not found', 404);
  }, '127.0.0.2');
  browser = await launchBrowser({ executablePath: CHROMIUM, allowPrivate: false, trustedHosts: ['127.0.0.2'] });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await Promise.all([demo?.close(), site?.close(), forbidden?.close()]);
});

const extract = (url: string, selector: string | null = null, timeoutMs = 15_000, signal = AbortSignal.timeout(30_000)) =>
  browser.extract(url, { selector, signal, timeoutMs, now: Date.now });

describe('careers pages in Chromium', () => {
  let local: BrowserSession;
  beforeAll(async () => {
    local = await launchBrowser({ executablePath: CHROMIUM, allowPrivate: true });
  });
  afterAll(() => local?.close());

  it('a server-rendered page: only the postings inside the selector, not the links around it', async () => {
    const r = await local.extract(`${demo.url}/acme/`, { selector: '.jobs', signal: AbortSignal.timeout(30_000), timeoutMs: 15_000, now: Date.now });
    expect(normalizeAll(r.postings).map((p) => [p.title, p.url])).toEqual([
      ['Senior TypeScript Engineer', `${demo.url}/acme/jobs/senior-typescript-engineer`],
      ['Site Reliability Engineer', `${demo.url}/acme/jobs/site-reliability-engineer`],
      ['Product Designer', `${demo.url}/acme/jobs/product-designer`],
    ]);
  });

  it('the same page without a selector: job-like links, without navigation, footer and blog', async () => {
    const r = await local.extract(`${demo.url}/acme/`, { selector: null, signal: AbortSignal.timeout(30_000), timeoutMs: 15_000, now: Date.now });
    expect(r.postings.map((p) => p.title)).toEqual(['Senior TypeScript Engineer', 'Site Reliability Engineer', 'Product Designer']);
  });

  it('a client-rendered list', async () => {
    const r = await local.extract(`${demo.url}/globex/`, { selector: '#openings', signal: AbortSignal.timeout(30_000), timeoutMs: 15_000, now: Date.now });
    expect(r.postings.map((p) => p.title)).toEqual(['Backend Developer (Node.js)', 'Data Engineer']);
  });

  it('JSON-LD JobPosting data', async () => {
    const r = await local.extract(`${demo.url}/initech/`, { selector: null, signal: AbortSignal.timeout(30_000), timeoutMs: 15_000, now: Date.now });
    expect(normalizeAll(r.postings)).toEqual([
      expect.objectContaining({ postingKey: 'id:4711', title: 'Staff Software Engineer, Platform', location: 'Austin, US', workplaceType: 'Remote',
        descriptionText: 'Own our TypeScript platform. You know Node.js, SQLite and Kubernetes.' }),
      expect.objectContaining({ postingKey: 'id:4712', title: 'Technical Writer' }),
    ]);
  });
});

describe('titles and selectors on real board markup', () => {
  it('a selector matching every card reads them all; a posting is never dropped for a word; the title is what a person reads', async () => {
    const r = await extract(`${site.url}/cards`, '.job-card');
    expect(normalizeAll(r.postings).map((p) => p.title)).toEqual([
      'Payroll Tax Specialist', 'Payroll Support Specialist', 'Software Engineer - AI Agents', 'Events Manager',
    ]);
  });

  it('JSON-LD with several places and an entity in the title', async () => {
    const r = await extract(`${site.url}/ld-array`);
    expect(normalizeAll(r.postings)).toEqual([expect.objectContaining({
      postingKey: 'id:rd-1', title: 'R&D Engineer', location: 'Berlin, DE; Lisbon, Portugal', workplaceType: 'Remote', url: `${site.url}/jobs/rd-1`,
    })]);
  });
});

describe('failures in Chromium', () => {
  it('follows "load more" and next-page links', async () => {
    expect((await extract(`${site.url}/load-more`, '.jobs')).postings.map((p) => p.title)).toEqual(['First Engineer', 'Second Engineer']);
    expect((await extract(`${site.url}/paged`, '.jobs')).postings.map((p) => p.title)).toEqual(['Alpha Engineer', 'Beta Engineer']);
  });

  it('a page that never answers: the watchdog closes the context and reports a timeout', async () => {
    await expect(extract(`${site.url}/hang`, null, 1_500)).rejects.toMatchObject({ name: 'TimeoutError' });
    expect(browser.openPages()).toBe(0);
  });

  it('the task signal closes the page at once', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error('tick stopping')), 300);
    await expect(extract(`${site.url}/hang`, null, 60_000, controller.signal)).rejects.toThrow('tick stopping');
  });

  it.each([
    ['/status/404', { kind: 'http_4xx', disposition: 'permanent' }],
    ['/status/500', { kind: 'http_5xx', disposition: 'retry' }],
    ['/retry-after', { kind: 'rate_limited', disposition: 'snooze', delayMs: 120_000 }],
    ['/cf-challenge', { kind: 'blocked', disposition: 'retry' }],
    ['/to-wall', { kind: 'blocked', disposition: 'retry' }],
  ])('%s', async (path, expected) => {
    await expect(extract(`${site.url}${path}`)).rejects.toMatchObject(expected);
  });

  it('a redirect loop and an invalid selector are typed failures the user can act on, not internal errors', async () => {
    await expect(extract(`${site.url}/loop`)).rejects.toMatchObject({ kind: 'redirect_loop', disposition: 'retry' });
    await expect(extract(`${site.url}/paged`, 'ul[')).rejects.toMatchObject({ kind: 'invalid_selector', disposition: 'permanent' });
  });

  it("a page that crashes Chromium's renderer is a typed failure that blames nobody (the renderer may be shared), and the next page reads", async () => {
    await expect(extract(`${site.url}/crash`)).rejects.toMatchObject({ kind: 'internal', disposition: 'retry', message: expect.stringMatching(/renderer crashed/) });
    expect((await extract(`${site.url}/paged2`, '.jobs')).postings.map((p) => p.title)).toEqual(['Beta Engineer']);
  });

  it('a redirect to 127.0.0.1 is refused without SCOUTLY_ALLOW_PRIVATE_URLS', async () => {
    await expect(extract(`${site.url}/to-loopback`)).rejects.toMatchObject({ kind: 'invalid_url', disposition: 'permanent' });
    expect(forbidden.requests).toHaveLength(0);
  });
});

describe('Chromium as launched', () => {
  it('one effective --disable-features and --enable-features: ours repeat every feature Playwright sets (Chromium keeps only the last); no network service process', async () => {
    const marker = `--scoutly-test-launch=${process.pid}-${Date.now()}`; // Chromium ignores switches it does not know
    const raw = await chromium.launch({ executablePath: CHROMIUM!, args: [...CHROMIUM_ARGS, marker] });
    // Some helper processes start with the first page.
    const context = await raw.newContext();
    await (await context.newPage()).setContent('<p>ok</p>');
    // The command line Chromium's browser process really runs with: Debian's wrapper script (a shell) starts
    // it and adds its own flags first.
    const { parents, children } = snapshot();
    const launched = [...parents.keys()].map((pid) => ({ pid, args: commandLine(pid) }))
      .filter((p) => p.args.includes(marker) && !/sh$/.test(p.args[0]!) && !p.args.some((a) => a.startsWith('--type=')));
    // A helper the browser forks may not have rewritten its command line yet: the browser is the one whose parent is not one of them.
    const browserProcesses = launched.filter((p) => !launched.some((q) => q.pid === parents.get(p.pid)));
    expect(browserProcesses).toHaveLength(1);
    const browser = browserProcesses[0]!;
    // Chromium's helpers rewrite their command line into one string: split on spaces there.
    const helpers = descendants(browser.pid, children).filter((pid) => pid !== browser.pid).map((pid) => commandLine(pid).flatMap((a) => a.split(' ')));
    await raw.close();
    for (const [flag, ours] of [['--disable-features=', ['site-per-process', 'WebUIOmniboxPopup', 'HttpsUpgrades']], ['--enable-features=', ['NetworkServiceInProcess2', 'CDPScreenshotNewSurface']]] as const) {
      const lists = browser.args.filter((a) => a.startsWith(flag)).map((a) => a.slice(flag.length).split(','));
      expect(lists.length, flag).toBeGreaterThanOrEqual(2); // Playwright's, then ours, which wins
      const effective = new Set(lists.at(-1));
      const dropped = lists.slice(0, -1).flat().filter((feature) => !effective.has(feature));
      expect(dropped, `Playwright sets these too: add them to our ${flag} list`).toEqual([]);
      expect([...effective]).toEqual(expect.arrayContaining([...ours]));
    }
    // The page rendered, so helpers ran (a renderer at least); none of them is the network service.
    expect(helpers.some((args) => args.includes('--type=renderer'))).toBe(true);
    expect(helpers.filter((args) => args.includes('--utility-sub-type=network.mojom.NetworkService'))).toEqual([]);
  });

  it("a lane collects a page's garbage after reading it: the next site does not start on the last one's heap", async () => {
    const raw = await chromium.launch({ executablePath: CHROMIUM!, args: CHROMIUM_ARGS });
    try {
      const lane = await openLane(raw, { allowPrivate: false, trustedHosts: ['127.0.0.2'] });
      const read = await lane.extract(`${site.url}/garbage`, { selector: null, signal: AbortSignal.timeout(30_000), timeoutMs: 15_000, now: Date.now });
      expect(read.postings.map((p) => p.title)).toEqual(['Garbage Collector']);
      expect(lane.reusable()).toBe(true);
      const [context] = raw.contexts();
      const cdp = await context!.newCDPSession(context!.pages()[0]!);
      await cdp.send('Performance.enable');
      const { metrics } = await cdp.send('Performance.getMetrics');
      const heapUsed = metrics.find((m) => m.name === 'JSHeapUsedSize')!.value;
      // Left to V8, the ≈ 20 MiB the page allocated stays on the renderer's heap after the lane went blank.
      expect(heapUsed).toBeLessThan(5 * 2 ** 20);
      await lane.close();
    } finally {
      await raw.close();
    }
  });
});
