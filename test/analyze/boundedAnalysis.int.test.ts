// Analysis that a deadline can stop: hostile descriptions beside a healthy company in one real tick (feeds
// on 127.0.0.1, a real SQLite file), and the analysis loop giving way between postings so an abort lands.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { offlineAnalyzer } from '../../src/analyze/analyzer.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { loadConfig } from '../../src/config/config.js';
import { SHUTDOWN_MARGIN_MS } from '../../src/core/deadline.js';
import { createLogger } from '../../src/core/log.js';
import type { Store } from '../../src/db/client.js';
import { recordScrape } from '../../src/postings/repo.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { analyzePostings } from '../../src/tasks/analyzePostings.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { upsertUser } from '../../src/users/repo.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';

const profile = (JSON.parse(readFileSync(new URL('../fixtures/eval/profiles.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>)['backend-nl']!;
const clock = steppableClock();
const quiet = () => createLogger({ format: 'plain', level: 'error', stream: new PassThrough() });
// Each hostile description holds two 49,000-digit runs (the case: ≈ 2.3 s each in the old salary
// reading, read twice per posting), well past the rules' bound.
const RUN = '9'.repeat(49_000);
const HOSTILE = Array.from({ length: 20 }, (_, i) => ({
  id: 100 + i, title: `Senior Backend Engineer ${i}`, location: { name: 'Utrecht, Netherlands' },
  content: `We build APIs in Go and PostgreSQL. Pay: ${RUN} per year, or ${RUN}k if you prefer. Hybrid in Utrecht.`,
}));
const HEALTHY = [
  { id: 1, title: 'Senior Backend Engineer', content: 'Go, PostgreSQL and Kubernetes; hybrid, two days a week in our Utrecht office. €80,000 – €95,000.' },
  { id: 2, title: 'Backend Engineer, Payments', content: 'Java and Go services for payments. Remote within the Netherlands.' },
  { id: 3, title: 'Account Executive', content: 'Sell our platform to enterprises in the Benelux.' },
].map((j) => ({ ...j, location: { name: 'Utrecht, Netherlands' } }));

let server: TestServer;
let store: Store;
beforeAll(async () => {
  server = await serve((req, res) => {
    const board = /\/boards\/(\w+)\/jobs$/.exec(new URL(req.url!, 'http://x').pathname)?.[1];
    const jobs = board === 'hostile' ? HOSTILE : board === 'healthy' ? HEALTHY : null;
    if (!jobs) return json(res, { error: 'not found' }, 404);
    return json(res, { jobs: jobs.map((j) => ({ ...j, absolute_url: `https://boards.greenhouse.io/${board}/jobs/${j.id}` })) });
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 10, 23, 8));
});
afterEach(() => cleanupTempDirs([store]));

const userId = () => upsertUser(store, { email: 'me@example.com', profile }, clock.now()).id;
const analysesOf = (slug: string) => (store.sqlite.prepare(`SELECT COUNT(*) AS n FROM analyses a JOIN postings p ON p.id = a.posting_id
  JOIN companies c ON c.id = p.company_id WHERE c.slug = ?`).get(slug) as { n: number }).n;
const postingsOf = (slug: string) => (store.sqlite.prepare('SELECT COUNT(*) AS n FROM postings p JOIN companies c ON c.id = p.company_id WHERE c.slug = ?').get(slug) as { n: number }).n;

describe('bounded analysis', () => {
  it('a tick with 20 postings holding 49,000-digit runs ends within its budget, grace and shutdown margin, and the healthy company beside them is scraped and analysed', async () => {
    const user = userId();
    const { ids } = upsertCompanies(store, ['hostile', 'healthy'].map((slug) => company(slug, { careersUrl: `https://boards.greenhouse.io/${slug}` })), clock.now());
    for (const id of ids) setPreference(store, user, id, 90, clock.now());
    const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: server.url } });
    const budgetMs = 10_000;
    const graceMs = 2_000;
    const started = performance.now();
    const outcome = await runTick(buildTickDeps(config, store, quiet(), { clock, rand: () => 0.5 }), tickOptions({ budgetMs, graceMs }));
    const tookMs = performance.now() - started;
    expect(outcome.kind).toBe('ran');
    // The product's promise (SPEC: within budget + 30 s); the old reading needed minutes of CPU here.
    expect(tookMs).toBeLessThan(budgetMs + graceMs + SHUTDOWN_MARGIN_MS);
    expect(postingsOf('hostile')).toBe(HOSTILE.length);
    expect(postingsOf('healthy')).toBe(HEALTHY.length);
    expect(analysesOf('healthy')).toBe(HEALTHY.length);
  });

  it('the analysis gives way between postings: an abort that comes in lands at the next posting, and what was saved stays', async () => {
    const user = userId();
    const { ids: [companyId] } = upsertCompanies(store, [company('many')], clock.now());
    const raws = Array.from({ length: 200 }, (_, i) => ({
      sourceId: `m${i}`, title: `Backend Engineer ${i}`, url: `https://many.example.com/jobs/${i}`, location: 'Utrecht, Netherlands',
      descriptionText: `Go and PostgreSQL services, hybrid in Utrecht. Posting ${i}.`,
    }));
    recordScrape(store, companyId!, 'greenhouse', normalizeAll(raws), clock.now());
    const controller = new AbortController();
    const ctx = {
      task: { id: 1, kind: 'analyze_postings' as const, companyId: companyId!, userId: user, priority: 0, attempts: 1, maxAttempts: 5 },
      payload: { companyId: companyId!, userId: user }, signal: controller.signal, log: quiet(), clock,
      enqueue: () => {}, park: <T>(p: Promise<T>) => p,
    };
    // A macrotask queued before the work starts: it runs only if the loop gives the event loop a turn.
    setImmediate(() => controller.abort(new Error('the attempt\'s limit')));
    await expect(analyzePostings(ctx, { store, config: loadConfig({ env: {} }), analyzer: async () => offlineAnalyzer })).rejects.toThrow('the attempt\'s limit');
    const saved = analysesOf('many');
    expect(saved).toBeLessThan(raws.length);
    // Nothing is lost: the next attempt analyses the rest.
    await analyzePostings({ ...ctx, signal: new AbortController().signal }, { store, config: loadConfig({ env: {} }), analyzer: async () => offlineAnalyzer });
    expect(analysesOf('many')).toBe(raws.length);
  });
});
