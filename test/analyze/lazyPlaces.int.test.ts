// The gazetteer (25,000 places) is loaded only when a posting is analysed: a tick whose analysis finds nothing
// open never pays for it. Its own file, so the module starts unloaded.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { recordScrape } from '../../src/postings/repo.js';
import { analyzeDedupeKey } from '../../src/tasks/kinds/analyzePostings.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { upsertUser } from '../../src/users/repo.js';
import { placesLoaded } from '../../src/analyze/places.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { trackCompanies } from '../helpers/seed.js';
import { tickOptions } from '../helpers/tick.js';

const clock = steppableClock();
let store: Store;
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 10, 23, 16));
});
afterEach(() => cleanupTempDirs([store]));

function analysisTick() {
  const deps = buildTickDeps(loadConfig({ env: {} }), store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock, rand: () => 0.5 });
  const { company, user } = store.sqlite.prepare('SELECT company_id AS company, user_id AS user FROM preferences').get() as { company: number; user: number };
  deps.queue.add({ kind: 'analyze_postings', dedupeKey: analyzeDedupeKey({ companyId: company, userId: user }), companyId: company, userId: user, payload: { companyId: company, userId: user } }, clock.now());
  return runTick(deps, tickOptions({ budgetMs: 30_000, concurrency: 1, only: 'analyze_postings', stopSignal: new AbortController().signal, graceMs: 500 }));
}

it('an analysis with nothing open does not load the gazetteer; one with a posting does', async () => {
  const ids = trackCompanies(store, { acme: 90 }, clock.now());
  upsertUser(store, { email: 'me@example.com', profile: { titles: ['Backend Engineer'], skills: ['Java'] } }, clock.now());
  expect(await analysisTick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1 } });
  expect(placesLoaded()).toBe(false);
  recordScrape(store, ids.acme!, 'greenhouse', normalizeAll([{ sourceId: '1', title: 'Backend Engineer', url: 'https://jobs.example/1', descriptionText: 'Java.', location: 'Toronto, ON' }]), clock.now());
  expect(await analysisTick()).toMatchObject({ exitCode: 0, summary: { counters: { analyses: 1 } } });
  expect(placesLoaded()).toBe(true);
});
