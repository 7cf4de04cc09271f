// Whole ticks with the real scrape handler: feeds and pages on 127.0.0.1, a real SQLite file, a steppable clock.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { upsertCompanies, setPreference } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { listPostings } from '../../src/postings/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { scrapeServices } from '../../src/tick/scraping.js';
import { runTick, type TickDeps } from '../../src/tick/runTick.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { html, json, serve, type TestServer } from '../helpers/servers.js';
import { CHROMIUM_CANDIDATES } from '../../src/config/config.js';
import { tickOptions } from '../helpers/tick.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';
const clock = steppableClock();
let store: Store;
let server: TestServer;
let board: { id: number; title: string }[] = [];
let boardStatus = 200;

beforeAll(async () => {
  server = await serve((req, res) => {
    const path = new URL(req.url!, 'http://x').pathname;
    if (path === '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/jobs') {
      return json(res, { jobs: board.map((j) => ({ id: j.id, title: j.title, absolute_url: `https://boards.greenhouse.io/acme/jobs/${j.id}`, location: { name: 'Remote' } })) },
        boardStatus, boardStatus === 403 ? { 'cf-mitigated': 'challenge' } : {});
    }
    if (path.startsWith('/hang')) return; // never answers
    return html(res, 'not found', 404);
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 10, 23, 8));
  board = [{ id: 1, title: 'Backend Engineer' }, { id: 2, title: 'Designer' }, { id: 3, title: 'SRE' }];
  boardStatus = 200;
});
afterEach(() => cleanupTempDirs([store]));

function config(extra: Record<string, string> = {}) {
  return loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: server.url, SCOUTLY_CHROMIUM: CHROMIUM, ...extra } });
}

function deps(extra: Record<string, string> = {}): TickDeps {
  const log = createLogger({ format: 'plain', level: 'error', stream: new PassThrough() });
  return buildTickDeps(config(extra), store, log, { clock, rand: () => 0.5 });
}

function track(companies: Record<string, string>, rank = 90): void {
  const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
  const { ids } = upsertCompanies(store, Object.entries(companies).map(([slug, url]) => company(slug, { careersUrl: url })), clock.now());
  for (const id of ids) setPreference(store, user.id, id, rank, clock.now());
}

const postings = () => store.sqlite.prepare('SELECT source_id AS id, closed_at AS closedAt FROM postings ORDER BY source_id').all() as { id: string; closedAt: number | null }[];
const options = (o: Parameters<typeof tickOptions>[0] = {}) => tickOptions({ budgetMs: 20_000, graceMs: 1_000, ...o });

describe('scrape ticks', () => {
  it('postings live: first seen, closed after two good scrapes without them, reopened when back', async () => {
    track({ acme: 'https://boards.greenhouse.io/acme' });
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 3, postingsClosed: 0 } } });
    expect(store.sqlite.prepare('SELECT source_kind, source_token, last_success_at FROM companies').get())
      .toEqual({ source_kind: 'greenhouse', source_token: 'acme', last_success_at: clock.now() });

    board = board.filter((j) => j.id !== 2);
    clock.advance(DAY_MS);
    await runTick(deps(), options());
    expect(postings().map((p) => p.closedAt)).toEqual([null, null, null]); // one miss: still open

    clock.advance(DAY_MS);
    const third = await runTick(deps(), options());
    expect(third).toMatchObject({ summary: { counters: { postingsClosed: 1 } } });
    expect(postings()).toEqual([{ id: '1', closedAt: null }, { id: '2', closedAt: clock.now() }, { id: '3', closedAt: null }]);

    board.push({ id: 2, title: 'Designer' });
    clock.advance(DAY_MS);
    await runTick(deps(), options());
    expect(postings().every((p) => p.closedAt === null)).toBe(true);
    const detail = JSON.parse((store.sqlite.prepare('SELECT detail FROM attempts ORDER BY id DESC LIMIT 1').get() as { detail: string }).detail);
    expect(detail).toEqual({ source: 'greenhouse', render: null, bytes: expect.any(Number), cpuMs: expect.any(Number), seen: 3, new: 0, reopened: 1, changed: 0, closed: 0 });
    expect(detail.bytes).toBeGreaterThan(100); // the feed's body was counted
  });

  it('a re-scrape writes none of the postings it finds unchanged; when each was last seen still shows', async () => {
    track({ acme: 'https://boards.greenhouse.io/acme' });
    await runTick(deps(), options());
    const rows = () => store.sqlite.prepare('SELECT * FROM postings ORDER BY id').all() as Record<string, unknown>[];
    const before = rows();
    clock.advance(DAY_MS);
    await runTick(deps(), options());
    expect(rows()).toEqual(before); // not one row rewritten
    expect(listPostings(store, { state: 'open' }).map((p) => p.lastSeenAt)).toEqual([clock.now(), clock.now(), clock.now()]);

    board = board.map((j) => (j.id === 2 ? { ...j, title: 'Product Designer' } : j)).filter((j) => j.id !== 3);
    clock.advance(DAY_MS);
    await runTick(deps(), options());
    const after = rows();
    expect(after.map((r) => [r.source_id, r.last_seen_at, r.missed_scrapes])).toEqual([
      ['1', before[0]!.last_seen_at, 0], // unchanged: left alone
      ['2', clock.now(), 0], // edited: written
      ['3', before[2]!.last_seen_at, 1], // missed once
    ]);
    const seen = Object.fromEntries(listPostings(store, { state: 'open' }).map((p) => [p.url.split('/').pop(), p.lastSeenAt]));
    expect(seen).toEqual({ 1: clock.now(), 2: clock.now(), 3: before[2]!.last_seen_at });

    board.push({ id: 3, title: 'SRE' }); // back after one miss: written, its miss forgotten
    clock.advance(DAY_MS);
    await runTick(deps(), options());
    expect(rows().find((r) => r.source_id === '3')).toMatchObject({ last_seen_at: clock.now(), missed_scrapes: 0, closed_at: null });
  });

  it('a feed that suddenly lists nothing is extraction drift: nothing closes, last success stays', async () => {
    track({ acme: 'https://boards.greenhouse.io/acme' });
    await runTick(deps(), options());
    const lastSuccess = clock.now();
    board = [];
    for (let i = 0; i < 3; i++) {
      clock.advance(DAY_MS);
      const r = await runTick(deps(), options());
      expect(r).toMatchObject({ exitCode: 1, summary: { failuresByKind: { extraction_drift: 1 } } });
      store.sqlite.prepare(`UPDATE tasks SET run_at = 0 WHERE status = 'failed'`).run(); // retry now
    }
    expect(postings().every((p) => p.closedAt === null)).toBe(true);
    expect(store.sqlite.prepare('SELECT last_success_at, last_error_kind FROM companies').get()).toEqual({ last_success_at: lastSuccess, last_error_kind: 'extraction_drift' });
  });

  it('a bot wall is blocked, never a closing', async () => {
    track({ acme: 'https://boards.greenhouse.io/acme' });
    await runTick(deps(), options());
    boardStatus = 403;
    clock.advance(DAY_MS);
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 1, summary: { failuresByKind: { blocked: 1 } } });
    expect(postings().every((p) => p.closedAt === null)).toBe(true);
  });

  it('a 404 board forgets the detected source, so the next scrape detects again', async () => {
    track({ gone: 'https://boards.greenhouse.io/gone' });
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 1, summary: { failuresByKind: { http_4xx: 1 } } });
    expect(store.sqlite.prepare('SELECT source_kind, consecutive_failures FROM companies').get()).toEqual({ source_kind: null, consecutive_failures: 1 });
  });

  it('with every company unreachable the tick exits 69 and blames nobody', async () => {
    track({ a: 'https://boards.greenhouse.io/a', b: 'https://jobs.lever.co/b', c: 'https://jobs.ashbyhq.com/c', d: 'https://boards.greenhouse.io/d' });
    const closedPort = await serve(() => {});
    const deadUrl = closedPort.url;
    await closedPort.close();
    const r = await runTick(deps({ SCOUTLY_ATS_BASE_URL: deadUrl }), options());
    expect(r).toMatchObject({ exitCode: 69, summary: { stopReason: 'unavailable', failed: 0 } });
    expect(store.sqlite.prepare('SELECT MAX(consecutive_failures) AS n FROM companies').get()).toEqual({ n: 0 });
    expect(store.sqlite.prepare(`SELECT COUNT(*) AS n FROM tasks WHERE status = 'pending' AND attempts = 0`).get()).toEqual({ n: 4 });
  });

  it('one unreachable company among reachable ones is that company\'s failure', async () => {
    const gone = await serve(() => {});
    await gone.close(); // nothing listens on its port any more
    track({ acme: 'https://boards.greenhouse.io/acme', down: `${gone.url}/careers` });
    store.sqlite.prepare(`UPDATE companies SET source_kind = 'browser' WHERE slug = 'down'`).run();
    const r = await runTick(deps(), options({ concurrency: 1 }));
    expect(r).toMatchObject({ exitCode: 1, summary: { succeeded: 1, failed: 1, failuresByKind: { network: 1 } } });
    expect(store.sqlite.prepare(`SELECT consecutive_failures FROM companies WHERE slug = 'down'`).get()).toEqual({ consecutive_failures: 1 });
  });

  it('hanging pages time out without ever holding more pages than slots, and the tick ends', async () => {
    const pages = Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`hang${i}`, `${server.url}/hang/${i}`]));
    track(pages);
    store.sqlite.prepare(`UPDATE companies SET source_kind = 'browser', render_mode = 'browser', render_origin = 'user'`).run();
    const cfg = config();
    const services = scrapeServices(cfg, clock);
    let maxOpen = 0;
    const sampler = setInterval(() => {
      const session = (services as unknown as { context: (s: AbortSignal, l: unknown) => { browser: () => Promise<{ openPages(): number }> } })
        .context(new AbortController().signal, null).browser();
      void session.then((b) => (maxOpen = Math.max(maxOpen, b.openPages())));
    }, 20);
    const d = buildTickDeps(cfg, store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), {
      clock, rand: () => 0.5, scraping: async () => ({ ...services, pageTimeoutMs: 800 }),
    });
    const r = await runTick({ ...d, close: () => services.close() }, options({ concurrency: 2 }));
    clearInterval(sampler);
    expect(r).toMatchObject({ kind: 'ran', summary: { failuresByKind: { timeout: 6 } } });
    expect(maxOpen).toBeGreaterThan(0);
    expect(maxOpen).toBeLessThanOrEqual(2);
  });
});
