// Learning from "not for me" through real ticks (offline analyzer, real SQLite): a discarded match lowers later
// similar postings (same company and role family, or the same stated reason), shown as a concern, never an
// exclusion; setting it back to want_to_apply undoes it.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { recordScrape } from '../../src/postings/repo.js';
import { analyzeDedupeKey } from '../../src/tasks/kinds/analyzePostings.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { upsertUser } from '../../src/users/repo.js';
import { setMatchStatus } from '../../src/matches/repo.js';
import { placesLoaded } from '../../src/analyze/places.js';
import { readReason } from '../../src/matches/learning.js';
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

const PROFILE = {
  titles: ['Backend Engineer'], skills: ['Java', 'Spring', 'PostgreSQL'], seniority: 'senior', yearsOfExperience: 8,
  logistics: { currentResidence: { city: 'Toronto', country: 'Canada' } }, preferences: { workEnvironments: ['remote'] },
};
const JAVA = 'Full-time, permanent. Java and Spring Boot on PostgreSQL. 6+ years of experience.';

function tick() {
  const config = loadConfig({ env: {} });
  const deps = buildTickDeps(config, store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock, rand: () => 0.5 });
  for (const { company, user } of store.sqlite.prepare('SELECT p.company_id AS company, p.user_id AS user FROM preferences p').all() as { company: number; user: number }[]) {
    deps.queue.add({ kind: 'analyze_postings', dedupeKey: analyzeDedupeKey({ companyId: company, userId: user }), companyId: company, userId: user, payload: { companyId: company, userId: user } }, clock.now());
  }
  return runTick(deps, tickOptions({ budgetMs: 30_000, concurrency: 2, only: 'analyze_postings', stopSignal: new AbortController().signal, graceMs: 500 }));
}

function post(companyId: number, postings: { id: string; title: string; description?: string; location?: string }[]) {
  recordScrape(store, companyId, 'greenhouse', normalizeAll(postings.map((p) => ({ sourceId: p.id, title: p.title, url: `https://jobs.example/${companyId}/${p.id}`,
    descriptionText: p.description ?? JAVA, location: p.location ?? 'Remote - Canada' }))), clock.now());
}

const latest = (title: string) => store.sqlite.prepare(`SELECT a.score, a.verdict, a.concerns FROM analyses a JOIN postings p ON p.id = a.posting_id
  WHERE p.title = ? ORDER BY a.id DESC LIMIT 1`).get(title) as { score: number; verdict: string; concerns: string };
const matchOf = (title: string) => (store.sqlite.prepare('SELECT sj.id FROM saved_jobs sj JOIN postings p ON p.id = sj.posting_id WHERE p.title = ?').get(title) as { id: number }).id;

describe('learning from "not for me"', () => {
  it('lowers a later posting of the same company and role family, shows why, and is undone by want_to_apply', async () => {
    const ids = trackCompanies(store, { acme: 90, globex: 80 }, clock.now());
    upsertUser(store, { email: 'me@example.com', profile: PROFILE }, clock.now());
    post(ids.acme!, [{ id: '1', title: 'Senior Backend Engineer' }]);
    post(ids.globex!, [{ id: '1', title: 'Senior Backend Engineer (Payments)' }]);
    await tick();
    const before = latest('Senior Backend Engineer').score;
    expect(before).toBeGreaterThanOrEqual(60);
    expect(placesLoaded()).toBe(true);

    expect(setMatchStatus(store, matchOf('Senior Backend Engineer'), 'discarded', { via: 'cli' }, clock.now())).toBe(true);
    post(ids.acme!, [{ id: '1', title: 'Senior Backend Engineer' }, { id: '2', title: 'Senior Backend Developer, Billing' }]);
    post(ids.globex!, [{ id: '1', title: 'Senior Backend Engineer (Payments)' }, { id: '2', title: 'Senior Backend Developer, Ledger' }]);
    await tick();
    const lowered = latest('Senior Backend Developer, Billing');
    const twin = latest('Senior Backend Developer, Ledger').score; // the same posting at another company
    expect(lowered.score).toBe(twin - 15);
    expect(lowered.verdict).not.toBe('excluded');
    expect(JSON.parse(lowered.concerns)[0]).toMatch(/^learned: same company and kind of role as "Senior Backend Engineer" at acme, which you marked not for me; 15 points off/);
    expect(JSON.parse(latest('Senior Backend Developer, Ledger').concerns).join()).not.toMatch(/learned/); // another company: untouched

    // Undone: the discard no longer counts, and the lowered posting is scored again once.
    setMatchStatus(store, matchOf('Senior Backend Engineer'), 'want_to_apply', { via: 'cli' }, clock.now());
    await tick();
    expect(latest('Senior Backend Developer, Billing').score).toBe(twin);
    expect(JSON.parse(latest('Senior Backend Developer, Billing').concerns).join()).not.toMatch(/learned/);
  });

  it('lowers a posting elsewhere that has the same stated reason', async () => {
    const ids = trackCompanies(store, { acme: 90, initech: 80 }, clock.now());
    upsertUser(store, { email: 'me@example.com', profile: PROFILE }, clock.now());
    post(ids.acme!, [{ id: '1', title: 'Senior Java Engineer', description: `${JAVA} You will join a consulting agency serving banks.` }]);
    await tick();
    setMatchStatus(store, matchOf('Senior Java Engineer'), 'discarded', { note: 'an agency again', via: 'cli' }, clock.now());
    post(ids.initech!, [
      { id: '1', title: 'Senior Backend Engineer, Agency Team', description: `${JAVA} Our agency builds software for clients.` },
      { id: '2', title: 'Senior Backend Engineer, Core', description: JAVA },
    ]);
    await tick();
    expect(JSON.parse(latest('Senior Backend Engineer, Agency Team').concerns)[0]).toMatch(/^learned: you marked "Senior Java Engineer" at acme not for me \("an agency again"\), and this one says "agency" too; 10 points off/);
    expect(latest('Senior Backend Engineer, Agency Team').score).toBe(latest('Senior Backend Engineer, Core').score - 10);
  });

  it('reads what a reason is about', () => {
    expect(readReason('Too junior for me')).toEqual({ topics: ['level-below'], words: [] });
    expect(readReason('on-site five days, no thanks')).toMatchObject({ topics: ['place'] });
    expect(readReason('contrato temporal')).toMatchObject({ topics: ['contract', 'temporary'] });
    expect(readReason('crypto company')).toEqual({ topics: [], words: ['crypto'] });
  });
});
