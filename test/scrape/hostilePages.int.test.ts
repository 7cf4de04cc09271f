// Hostile careers pages cannot stall, bloat or forge anything: one real tick in real Chromium reads a healthy page
// beside pages whose scripts build what an unbounded reader chokes on (500,000 JSON-LD postings, one giant JSON-LD
// block, JSON nested 200,000 deep, a thousand nested links over a megabyte of text, a link 12,000 elements deep,
// 500 one-megabyte addresses, a 100 MB DOM, a DOM whose cut would name a board it never named). Each page
// also lists two ordinary postings. Sized so that a reader without caps inside the page fails here clearly; the
// bulk is hidden (display: none), so Chromium's own layout is not what is tested.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick, type TickOutcome } from '../../src/tick/runTick.js';
import { MAX_POSTINGS_PER_SCRAPE, MAX_URL_LENGTH } from '../../src/scrape/normalize.js';
import { RENDERED_HTML_CHARS } from '../../src/scrape/browser/pageScript.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { html, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';
const BUDGET_MS = 120_000;
const GRACE_MS = 5_000;

/** A page with two ordinary postings, and a script that builds the hostile part. */
const page = (slug: string, script: string) => `<!doctype html><html><head><title>Careers</title></head><body><h1>Careers</h1>
  <ul class="jobs"><li><a href="/jobs/${slug}-1">${slug} Engineer 1</a></li><li><a href="/jobs/${slug}-2">${slug} Engineer 2</a></li></ul>
  <div id="junk"></div><script>const junk = document.getElementById('junk');
  const posting = (n) => ({ '@context': 'https://schema.org', '@type': 'JobPosting', title: 'Flood Engineer ' + n, url: '/jobs/flood-' + n });
  const ld = (value) => { const s = document.createElement('script'); s.type = 'application/ld+json'; s.textContent = typeof value === 'string' ? value : JSON.stringify(value); document.head.appendChild(s); };
  ${script}</script></body></html>`;

const HOSTILE: Record<string, string> = {
  // 500,000 JobPosting items in 5,000 blocks: an uncapped snapshot sends them all to Node.
  'ld-many': page('ldmany', `for (let b = 0; b < 5000; b++) ld(Array.from({ length: 100 }, (_, i) => posting(b * 100 + i)));`),
  // The same 500,000 in one 35 MB block: parsed whole, it is half a million objects.
  'ld-giant': page('ldgiant', `ld(Array.from({ length: 500000 }, (_, i) => posting(i)));`),
  // JSON nested 200,000 deep, alone and inside a posting: recursion over it overflows the stack.
  'ld-deep': page('lddeep', `const deep = '['.repeat(200000) + ']'.repeat(200000);
    ld(deep); ld('{"@type":"JobPosting","title":"Deep Engineer","url":"/jobs/deep","extra":' + deep + '}');`),
  // 1,000 links nested in one another over one megabyte of text: each link's text is every link's text.
  'nested-links': page('nestedlinks', `let at = junk; for (let i = 0; i < 1000; i++) { const a = document.createElement('a'); a.href = '/jobs/nested-' + i; at.appendChild(a); at = a; }
    const text = document.createElement('span'); text.style.display = 'none'; text.textContent = 'Nested Engineer '.repeat(65536); at.appendChild(text);`),
  // A link 12,000 elements deep: a recursive walk of it overflows the page's stack (Chromium lays it out; at 30,000 it does not).
  'deep-dom': page('deepdom', `const a = document.createElement('a'); a.href = '/jobs/deep-dom'; let at = a;
    for (let i = 0; i < 12000; i++) { const s = document.createElement('span'); s.style.display = 'contents'; at.appendChild(s); at = s; }
    at.appendChild(document.createTextNode('Deep Dom Engineer')); junk.appendChild(a);`),
  // 500 addresses of a megabyte each: half a gigabyte if sent.
  'long-hrefs': page('longhrefs', `junk.style.display = 'none'; const tail = 'x'.repeat(1 << 20);
    for (let i = 0; i < 500; i++) { const a = document.createElement('a'); a.setAttribute('href', '/jobs/long-' + i + '-' + tail); a.textContent = 'Long Engineer ' + i; junk.appendChild(a); }`),
  // A 100 MB DOM: its rendered HTML, sent whole, is 100 MB.
  'giant-html': page('gianthtml', `junk.style.display = 'none'; junk.appendChild(document.createTextNode('y'.repeat(100 << 20)));`),
  // A DOM longer than the rendered HTML sent, cut just inside a board's address: for=acmecorp would read as for=acme.
  'cut-board': page('cutboard', `junk.style.display = 'none'; const pad = document.createElement('div'); junk.appendChild(pad);
    const token = 'for=' + 'acme' + 'corp'; // named in the rendered DOM only, never in the page's source
    const board = document.createElement('div'); board.setAttribute('data-board', 'https://boards.greenhouse.io/embed/job_board?' + token); junk.appendChild(board);
    const end = document.documentElement.outerHTML.indexOf(token) + 'for=acme'.length;
    pad.textContent = 'z'.repeat(${RENDERED_HTML_CHARS} - end);`),
};

let site: TestServer;
let farm: AtsFarm;
const clock = steppableClock();
let store: Store;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for these tests: apt-get install chromium (make setup does it)');
  farm = await startAtsFarm();
  site = await serve((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname.slice(1);
    if (path === 'healthy' || path.startsWith('ordinary')) return html(res, page(path, ''));
    const body = HOSTILE[path];
    return body ? html(res, body) : html(res, 'not found', 404);
  });
});
afterAll(async () => {
  await site?.close();
  await farm?.close();
});

describe('hostile pages beside a healthy one, in one tick', () => {
  let outcome: TickOutcome;
  let tookMs: number;
  /** Node's resident memory at its peak in a tick of ordinary pages, and in the tick of hostile ones. */
  const peakMiB = { ordinary: 0, hostile: 0 };
  const logged: string[] = [];

  beforeAll(async () => {
    store = await openTestStore();
    clock.set(Date.UTC(2026, 10, 23, 8));
    const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
    const track = (slugs: string[]) => {
      const { ids } = upsertCompanies(store, slugs.map((slug) => company(slug, { careersUrl: `${site.url}/${slug}` })), clock.now());
      for (const id of ids) setPreference(store, user.id, id, 90, clock.now());
    };
    const stream = new PassThrough();
    stream.on('data', (d: Buffer) => logged.push(d.toString()));
    const deps = () => buildTickDeps(loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_CHROMIUM: CHROMIUM, SCOUTLY_ATS_BASE_URL: farm.url, SCOUTLY_BROWSER_PAGES: '3' } }),
      store, createLogger({ format: 'plain', level: 'info', stream }), { clock, rand: () => 0.5 });
    /** A tick, with Node's resident memory sampled through it: what crosses from the pages into Node shows there. */
    const measured = async () => {
      let peak = process.memoryUsage.rss();
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage.rss())), 20);
      const started = performance.now();
      try {
        const ran = await runTick(deps(), tickOptions({ budgetMs: BUDGET_MS, graceMs: GRACE_MS, concurrency: 5 }));
        return { outcome: ran, tookMs: performance.now() - started, peakMiB: Math.max(peak, process.memoryUsage.rss()) / 2 ** 20 };
      } finally {
        clearInterval(sampler);
      }
    };
    // First a tick of as many ordinary pages (it also loads what a first browser tick loads), then the hostile one.
    track(Object.keys(HOSTILE).map((_, i) => `ordinary-${i}`));
    const ordinary = await measured();
    expect(ordinary.outcome).toMatchObject({ kind: 'ran', summary: { succeeded: Object.keys(HOSTILE).length, failed: 0 } });
    track(['healthy', ...Object.keys(HOSTILE)]);
    const hostile = await measured();
    ({ outcome, tookMs } = hostile);
    Object.assign(peakMiB, { ordinary: ordinary.peakMiB, hostile: hostile.peakMiB });
  }, 2 * (BUDGET_MS + GRACE_MS) + 60_000);
  afterAll(() => cleanupTempDirs([store]));

  const open = (slug: string) => (store.sqlite.prepare(`SELECT title FROM postings p JOIN companies c ON c.id = p.company_id
    WHERE c.slug = ? AND p.closed_at IS NULL ORDER BY p.id`).pluck().all(slug) as string[]);

  it('the tick ends within its budget plus grace, every company read', () => {
    expect(tookMs).toBeLessThan(BUDGET_MS + GRACE_MS);
    expect(outcome).toMatchObject({ kind: 'ran', summary: { succeeded: 1 + Object.keys(HOSTILE).length, failed: 0 } });
  });

  it('the healthy company gets its postings', () => {
    expect(open('healthy')).toEqual(['healthy Engineer 1', 'healthy Engineer 2']);
  });

  it.each(Object.keys(HOSTILE).filter((s) => s !== 'ld-many' && s !== 'ld-deep'))('%s: its ordinary postings, nothing of its junk', (slug) => {
    const name = slug.replace('-', '');
    expect(open(slug)).toEqual([`${name} Engineer 1`, `${name} Engineer 2`]);
  });

  it('500,000 JSON-LD postings: the first 2,000, as one scrape keeps', () => {
    const titles = open('ld-many');
    expect(titles).toHaveLength(MAX_POSTINGS_PER_SCRAPE);
    expect(titles[0]).toBe('Flood Engineer 0');
    expect(titles.at(-1)).toBe(`Flood Engineer ${MAX_POSTINGS_PER_SCRAPE - 1}`);
  });

  it('JSON nested 200,000 deep: the posting around it is read, the depth is not', () => {
    expect(open('ld-deep')).toEqual(['Deep Engineer']);
  });

  it("Node's memory stays under an ordinary browser tick's peak, give or take a page's snapshot", () => {
    // A snapshot may bring up to SNAPSHOT_CAPS.snapshotChars (8 M characters) and RENDERED_HTML_CHARS into Node.
    expect(peakMiB.hostile - peakMiB.ordinary).toBeLessThan(100);
  });

  it('nothing forged reaches any output: no board read into a cut page, no long address, no giant text', () => {
    // The cut page named greenhouse board acmecorp only; a cut at the wrong place would have named acme.
    expect(store.sqlite.prepare(`SELECT source_kind AS kind, source_token AS token FROM companies WHERE slug = 'cut-board'`).get()).toEqual({ kind: 'browser', token: null });
    expect(farm.hits('/greenhouse/')).toBe(0);
    const longest = store.sqlite.prepare('SELECT MAX(LENGTH(url)) AS url, MAX(LENGTH(title)) AS title FROM postings').get() as { url: number; title: number };
    expect(longest.url).toBeLessThanOrEqual(MAX_URL_LENGTH);
    expect(longest.title).toBeLessThanOrEqual(200);
    expect(logged.join('').length).toBeLessThan(200_000);
  });
});
