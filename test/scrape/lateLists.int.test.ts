// Careers pages as they really behave, read through one real tick in real Chromium: lists that appear a while
// after `load` (timers, a late fetch, idle callbacks), behind a "Load more" button, on scroll; a page that is
// really empty, left at the watch's bound; bot walls recognised from their first answer, whichever way the
// page is read, without waiting for anything the wall's page does.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { LATE_LIST_WAIT_MS } from '../../src/scrape/browser/settle.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { html, json, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';
const jobs = (prefix: string, from: number, n: number) =>
  Array.from({ length: n }, (_, i) => ({ title: `${prefix} Engineer ${from + i}`, path: `/jobs/${prefix.toLowerCase()}-${from + i}` }));
const titles = (prefix: string, n: number) => jobs(prefix, 1, n).map((j) => j.title).sort();
const items = (list: { title: string; path: string }[]) => list.map((j) => `<li><a href="${j.path}">${j.title}</a></li>`).join('');

/** A careers page whose script adds postings to #list with `add(jobs)`; `script` decides when. */
const page = (script: string, body = '<ul id="list"></ul>') => `<!doctype html><html><head><title>Careers</title>
  <style>li { height: 150px }</style></head><body><h1>Careers</h1>${body}
  <script>const add = (jobs) => { const list = document.getElementById('list');
    for (const j of jobs) { const li = document.createElement('li'); const a = document.createElement('a'); a.href = j.path; a.textContent = j.title;
      li.appendChild(a); list.appendChild(li); } };
  ${script}</script></body></html>`;

const after = (ms: number, prefix: string) => page(`addEventListener('load', () => setTimeout(() => add(${JSON.stringify(jobs(prefix, 1, 3))}), ${ms}));`);

/** Cloudflare's challenge page as it is served: a 403 (or 429) with `cf-mitigated: challenge`, whose own script never finishes here. */
const CHALLENGE = `<!DOCTYPE html><html lang="en-US"><head><title>Just a moment...</title><meta http-equiv="refresh" content="360"></head>
  <body><div class="main-wrapper" role="main"><div class="main-content"><noscript>Enable JavaScript and cookies to continue</noscript></div></div>
  <script>(function(){window._cf_chl_opt={cType:'managed',cRay:'8f0000000000cafe'};})();</script>
  <script src="/cdn-cgi/challenge-platform/h/b/orchestrate/chl_page/v1?ray=8f0000000000cafe"></script></body></html>`;

const PAGES: Record<string, string> = {
  '/late-300': after(300, 'Late300'),
  '/late-1000': after(1_000, 'Late1000'),
  '/late-2500': after(2_500, 'Late2500'),
  // The data is asked for only 600 ms after load (and answers 300 ms later): long after the document's quiet.
  '/late-fetch': page(`addEventListener('load', () => setTimeout(() => fetch('/api/late-fetch').then((r) => r.json()).then(add), 600));`),
  // One posting per idle period, 120 ms apart: a read that stops at the first quiet moment gets a partial list.
  '/idle': page(`const all = ${JSON.stringify(jobs('Idle', 1, 6))}; let i = 0;
    const step = () => requestIdleCallback(() => { add([all[i++]]); if (i < all.length) setTimeout(step, 120); });
    addEventListener('load', step);`),
  // One posting every 350 ms, slower than the read's quiet moment: a list still growing when first read.
  '/trickle': page(`const all = ${JSON.stringify(jobs('Trickle', 1, 5))}; let i = 0;
    const step = () => { add([all[i++]]); if (i < all.length) setTimeout(step, 350); };
    addEventListener('load', () => setTimeout(step, 100));`),
  // The same, its first posting added as soon as the document is parsed: already there when the read first looks.
  '/trickle-early': page(`const all = ${JSON.stringify(jobs('Early', 1, 4))}; let i = 0;
    const step = () => { add([all[i++]]); if (i < all.length) setTimeout(step, 350); };
    document.addEventListener('DOMContentLoaded', step);`),
  // Four postings, then four more per click, shown 300 ms after their data arrives (an animation): 20 in all.
  '/load-more': page(`let shown = 1; const more = document.getElementById('more');
    more.onclick = () => { more.textContent = 'Loading…'; fetch('/api/more?page=' + (++shown)).then((r) => r.json()).then((list) => setTimeout(() => {
      add(list); more.textContent = 'Load more jobs'; if (shown >= 5) more.remove(); }, 300)); };`,
  `<ul id="list">${items(jobs('More', 1, 4))}</ul><button id="more">Load more jobs</button>`),
  // Ten tall postings, ten more each time the end of the list scrolls into view: 40 in all.
  '/scroll': page(`let batch = 1; let loading = false; const end = document.getElementById('end');
    new IntersectionObserver((entries) => { if (!entries[0].isIntersecting || loading || batch >= 4) return; loading = true; end.textContent = 'Loading…';
      fetch('/api/scroll?batch=' + (++batch)).then((r) => r.json()).then((list) => { add(list); end.textContent = ''; loading = false; }); }).observe(end);`,
  `<ul id="list">${items(jobs('Scroll', 1, 10))}</ul><div id="end"></div>`),
  // Really empty, with a clock that keeps the DOM busy; a posting would appear long after the watch's bound.
  '/empty': page(`const clock = document.getElementById('clock'); setInterval(() => { clock.textContent = String(Date.now()); }, 200);
    addEventListener('pagehide', () => navigator.sendBeacon('/empty/left'));
    setTimeout(() => { navigator.sendBeacon('/empty/late'); add(${JSON.stringify(jobs('TooLate', 1, 1))}); }, ${LATE_LIST_WAIT_MS * 2 + 2_000});`,
  '<p>There are no open positions right now.</p><p id="clock"></p><ul id="list"></ul>'),
  '/healthy': `<!doctype html><h1>Careers</h1><ul>${items(jobs('Healthy', 1, 2))}</ul>`,
};

let site: TestServer;
const clock = steppableClock();
let store: Store;
const PER_PAGE = 4;

beforeAll(async () => {
  if (!CHROMIUM) throw new Error('Chromium is required for these tests: apt-get install chromium (make setup does it)');
  site = await serve(async (req, res) => {
    const url = new URL(req.url!, 'http://x');
    const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
    if (url.pathname === '/api/late-fetch') return wait(300).then(() => json(res, jobs('Fetched', 1, 3)));
    if (url.pathname === '/api/more') {
      const n = Number(url.searchParams.get('page'));
      return wait(200).then(() => json(res, jobs('More', (n - 1) * PER_PAGE + 1, PER_PAGE)));
    }
    if (url.pathname === '/api/scroll') {
      const n = Number(url.searchParams.get('batch'));
      return wait(200).then(() => json(res, jobs('Scroll', (n - 1) * 10 + 1, 10)));
    }
    if (url.pathname.startsWith('/cdn-cgi/')) return; // the challenge's script never comes
    if (url.pathname === '/wall' || url.pathname === '/wall-static') return html(res, CHALLENGE, 403, { 'cf-mitigated': 'challenge' });
    if (url.pathname === '/wall-429') return html(res, CHALLENGE, 429, { 'cf-mitigated': 'challenge', 'retry-after': '60' });
    // A challenge page that reloads itself, over and over, as an unsolved challenge does.
    if (url.pathname === '/wall-reload') return html(res, '<title>Just a moment...</title><script>setTimeout(() => location.reload(), 50)</script>', 403, { 'cf-mitigated': 'challenge' });
    const body = PAGES[url.pathname];
    return body ? html(res, body) : html(res, 'not found', 404);
  });
});
afterAll(() => site?.close());

describe('a tick over pages that build their lists late, walls among them', () => {
  const slugs = [...Object.keys(PAGES), '/wall', '/wall-429', '/wall-reload', '/wall-static'].map((p) => p.slice(1));
  let attempts: Record<string, { outcome: string; errorKind: string | null }>;

  beforeAll(async () => {
    store = await openTestStore();
    clock.set(Date.UTC(2026, 10, 23, 8));
    const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
    const { ids } = upsertCompanies(store, slugs.map((slug) => company(slug, { careersUrl: `${site.url}/${slug}` })), clock.now());
    for (const id of ids) setPreference(store, user.id, id, 90, clock.now());
    // A page the user pinned to plain HTTP meets its wall there.
    store.sqlite.prepare(`UPDATE companies SET render_mode = 'static', render_origin = 'user' WHERE slug = 'wall-static'`).run();
    const deps = buildTickDeps(loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_CHROMIUM: CHROMIUM, SCOUTLY_BROWSER_PAGES: '3' } }), store,
      createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock, rand: () => 0.5 });
    const r = await runTick(deps, tickOptions({ budgetMs: 150_000, concurrency: 5 }));
    expect(r.kind).toBe('ran');
    const rows = store.sqlite.prepare(`SELECT c.slug, a.outcome, a.error_kind AS errorKind FROM attempts a JOIN companies c ON c.id = a.company_id`).all() as
      { slug: string; outcome: string; errorKind: string | null }[];
    attempts = Object.fromEntries(rows.map((r) => [r.slug, { outcome: r.outcome, errorKind: r.errorKind }]));
  }, 180_000);
  afterAll(() => cleanupTempDirs([store]));

  const open = (slug: string) => (store.sqlite.prepare(`SELECT title FROM postings p JOIN companies c ON c.id = p.company_id
    WHERE c.slug = ? AND p.closed_at IS NULL ORDER BY title`).pluck().all(slug) as string[]);

  it.each([
    ['late-300', 'Late300', 3],
    ['late-1000', 'Late1000', 3],
    ['late-2500', 'Late2500', 3],
    ['late-fetch', 'Fetched', 3],
    ['idle', 'Idle', 6],
    ['trickle', 'Trickle', 5],
    ['trickle-early', 'Early', 4],
    ['load-more', 'More', 20],
    ['scroll', 'Scroll', 40],
    ['healthy', 'Healthy', 2],
  ])('%s: every posting, read in Chromium', (slug, prefix, n) => {
    expect(attempts[slug]).toEqual({ outcome: 'succeeded', errorKind: null });
    expect(open(slug)).toEqual(titles(prefix, n));
  });

  it('a really empty page is concluded empty at the bound: it was left before its late posting came', async () => {
    expect(attempts.empty).toEqual({ outcome: 'succeeded', errorKind: null });
    expect(open('empty')).toEqual([]);
    // The page tells when it is left (a beacon on pagehide); the posting it would add later never got the chance.
    for (let i = 0; i < 100 && !site.requests.some((q) => q.url === '/empty/left'); i++) await new Promise((r) => setTimeout(r, 50));
    const beacons = site.requests.filter((q) => q.url.startsWith('/empty/')).map((q) => q.url);
    expect(beacons[0]).toBe('/empty/left');
    expect(beacons).not.toContain('/empty/late');
  });

  it.each(['wall', 'wall-429', 'wall-reload', 'wall-static'])('%s: a bot wall is `blocked`, from its first answer', (slug) => {
    expect(attempts[slug]).toEqual({ outcome: 'failed', errorKind: 'blocked' });
  });

  it('nothing of a wall\'s page ran in Chromium: its challenge script was never even asked for', () => {
    expect(site.requests.filter((q) => q.url.startsWith('/cdn-cgi/'))).toEqual([]);
    // The self-reloading wall was answered once per read, never reloaded in the browser.
    expect(site.requests.filter((q) => q.url === '/wall-reload').length).toBeLessThanOrEqual(3);
  });
});
