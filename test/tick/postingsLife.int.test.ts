// What a job seeker expects of postings, through whole ticks against a Greenhouse board on 127.0.0.1 with the
// offline analyzer, a webhook standing in for the digest channel and the HTML report written: one role in
// several cities told once with the places the user can take; a repost linked to the earlier posting and not
// told again unless it changed materially; a posting open past SCOUTLY_STALE_DAYS showing its age and a stale mark.
import { readFileSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { setMatchStatus } from '../../src/matches/repo.js';
import { listPostings } from '../../src/postings/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, tempDbPath, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';

const clock = steppableClock();
let store: Store;
let dbPath: string;
let board: TestServer;
let hook: TestServer;
let jobs: Record<string, unknown>[] = [];
/** The demo candidate, living in Leiden: Amsterdam and Rotterdam are a commute, Berlin and New York a move they do not make. */
const demo = JSON.parse(readFileSync(new URL('../../src/demo/profile.json', import.meta.url), 'utf8')) as { logistics: Record<string, unknown> };
const profile = { ...demo, logistics: { ...demo.logistics, residence: { city: 'Leiden', country: 'Netherlands', timezone: 'Europe/Amsterdam' } } };

const ADVERT = `<p>We are looking for a senior backend engineer to build our logistics platform in TypeScript and Node.js.</p>
<p>You will design services on PostgreSQL and SQLite, run them on Kubernetes, and review the work of a small team.</p>
<p>We offer a yearly salary of EUR 80,000 to 95,000, 30 days of holiday and a learning budget. Interviews start on 5 January.</p>`;
const job = (id: number, location: string, extra: Record<string, unknown> = {}) => ({
  id, title: 'Senior Backend Engineer', absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`, location: { name: location },
  content: ADVERT.replace(/</g, '&lt;').replace(/>/g, '&gt;'), departments: [], ...extra,
});

beforeAll(async () => {
  board = await serve((req, res) => {
    if (new URL(req.url!, 'http://x').pathname === '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/jobs') return json(res, { jobs, meta: { total: jobs.length } });
    return json(res, { error: 'not found' }, 404);
  });
});
afterAll(() => board.close());
beforeEach(async () => {
  hook = await serve((_req, res) => json(res, { ok: true }));
  dbPath = tempDbPath();
  store = await openTestStore(dbPath);
  clock.set(Date.UTC(2026, 10, 23, 8));
  const user = upsertUser(store, { email: 'me@example.com', profile }, clock.now());
  const { ids } = upsertCompanies(store, [company('acme', { name: 'Acme', careersUrl: 'https://boards.greenhouse.io/acme' })], clock.now());
  setPreference(store, user.id, ids[0]!, 90, clock.now());
});
afterEach(async () => {
  await hook.close();
  cleanupTempDirs([store]);
});

const reportFile = () => `${dbPath}.report.html`;
function tick(env: Record<string, string> = {}) {
  const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: board.url, SCOUTLY_DB: dbPath,
    SCOUTLY_NOTIFY_URL: `${hook.url}/hook`, SCOUTLY_NOTIFY_KIND: 'webhook', SCOUTLY_REPORT_FILE: reportFile(), ...env } });
  const deps = buildTickDeps(config, store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock, rand: () => 0.5 });
  return runTick(deps, tickOptions({ budgetMs: 20_000, graceMs: 1_000 }));
}
/** A day later, with the company due again. */
const nextDay = () => {
  clock.advance(DAY_MS);
  store.sqlite.prepare('UPDATE companies SET last_success_at = ?').run(clock.now() - DAY_MS);
};
interface HookBody { title: string; text: string; matches: { title: string; location: string | null; stale: boolean; ageDays: number }[] }
const digests = () => hook.requests.map((r) => JSON.parse(r.body) as HookBody);
const report = () => readFileSync(reportFile(), 'utf8');
/** The report's match rows as text, tags stripped. */
const reportRows = () => [...report().matchAll(/<tr data-id[^>]*>([\s\S]*?)<\/tr>/g)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());

describe('one role in several cities', () => {
  it('is kept and judged per place, and told once in the digest and the report with the places the user can take', async () => {
    jobs = [job(1, 'Amsterdam, Netherlands'), job(2, 'Berlin, Germany'), job(3, 'Rotterdam, Netherlands'), job(4, 'New York, NY, United States')];
    expect(await tick()).toMatchObject({ exitCode: 0 });
    const matches = store.sqlite.prepare(`SELECT p.location, sj.id IS NOT NULL AS saved FROM postings p
        LEFT JOIN saved_jobs sj ON sj.posting_id = p.id ORDER BY p.id`).all();
    // Three postings, each analysed for its own place: the user may not work in New York.
    expect(matches).toEqual([
      { location: 'Amsterdam, Netherlands', saved: 1 }, { location: 'Berlin, Germany', saved: 0 }, { location: 'Rotterdam, Netherlands', saved: 1 },
      { location: 'New York, NY, United States', saved: 0 },
    ]);
    const [digest] = digests();
    expect(digests()).toHaveLength(1);
    expect(digest!.title).toMatch(/^Scoutly: new match \d+: Senior Backend Engineer at Acme \(2 places\)$/);
    expect(digest!.text.match(/Senior Backend Engineer/g)).toHaveLength(1);
    expect(digest!.text).toContain('2 places:');
    expect(digest!.text).toContain('[Amsterdam, Netherlands](https://boards.greenhouse.io/acme/jobs/1)');
    expect(digest!.text).toContain('[Rotterdam, Netherlands](https://boards.greenhouse.io/acme/jobs/3)');
    expect(digest!.text).not.toMatch(/New York|Berlin/);
    expect(digest!.matches.map((m) => m.location)).toEqual(['Amsterdam, Netherlands', 'Rotterdam, Netherlands']); // the data stays per posting

    const rows = reportRows();
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatch(/Senior Backend Engineer 2 places: Amsterdam, Netherlands \(#1\) · Rotterdam, Netherlands \(#2\)/);
    expect(rows[0]).not.toMatch(/New York|Berlin/);
  });
});

const postings = () => store.sqlite.prepare(`SELECT id, source_id AS sourceId, location, repost_of AS repostOf, repost_change AS change,
    closed_at IS NOT NULL AS closed FROM postings ORDER BY id`).all();
const iso = (ms: number) => new Date(ms).toISOString();

describe('a repost', () => {
  it('is linked to the earlier posting, keeps the application visible, and is told again only when it changed materially', async () => {
    const published = clock.now() - 10 * DAY_MS;
    jobs = [job(1, 'Amsterdam, Netherlands', { first_published: iso(published) })];
    await tick();
    expect(digests()).toHaveLength(1);
    expect(setMatchStatus(store, 1, 'applied', { via: 'cli', note: 'sent on Monday' }, clock.now())).toBe(true);

    // Taken down and put back under a new id, a date in the text changed: the same advert.
    nextDay();
    jobs = [job(2, 'Amsterdam, Netherlands', { content: job(2, '').content.replace('5 January', '12 January'), first_published: iso(clock.now()) })];
    expect(await tick()).toMatchObject({ exitCode: 0 });
    expect(postings()).toEqual([
      { id: 1, sourceId: '1', location: 'Amsterdam, Netherlands', repostOf: null, change: null, closed: 1 },
      { id: 2, sourceId: '2', location: 'Amsterdam, Netherlands', repostOf: 1, change: null, closed: 0 },
    ]);
    expect(digests()).toHaveLength(1); // neither a new match nor a saved posting closed
    let rows = reportRows();
    expect(rows).toHaveLength(2);
    // Its age counts from the first posting's published date; the earlier application shows beside it.
    expect(rows[0]).toMatch(/^2 \d+ Acme Senior Backend Engineer Amsterdam, Netherlands reposted · earlier posting · your match #1: applied .* want to apply 11 d /);
    expect(report()).toMatch(/boards\.greenhouse\.io\/acme\/jobs\/1" rel="noopener noreferrer">earlier posting/);
    expect(report()).toMatch(/jobs\/1" rel="noopener noreferrer">Senior Backend Engineer<\/a> <span class="tag">reposted<\/span>/);

    // Back again in another city: a material change, told, with where the earlier match stood.
    nextDay();
    jobs = [job(3, 'Rotterdam, Netherlands')];
    await tick();
    expect(postings()).toContainEqual({ id: 3, sourceId: '3', location: 'Rotterdam, Netherlands', repostOf: 1, change: 'location', closed: 0 });
    expect(listPostings(store, { state: 'open' })).toEqual([expect.objectContaining({ id: 3, repostOf: 1, repostChange: 'location' })]);
    expect(digests()).toHaveLength(2);
    expect(digests()[1]!.text).toContain('reposted, changed: location · your earlier match: applied');

    // The same title with other work is another role at the same company: new, not a repost.
    nextDay();
    jobs = [job(3, 'Rotterdam, Netherlands'), job(4, 'Amsterdam, Netherlands', {
      content: '&lt;p&gt;Payments team: Go services, Kafka and PostgreSQL, on call one week in six; TypeScript is a plus.&lt;/p&gt;' })];
    await tick();
    expect(postings()).toContainEqual({ id: 4, sourceId: '4', location: 'Amsterdam, Netherlands', repostOf: null, change: null, closed: 0 });
    expect(digests()).toHaveLength(3);
    expect(digests()[2]!.text).not.toContain('reposted');
    // Both open, in two cities: one row in the report with its places; the closed ones apart.
    rows = reportRows();
    expect(rows).toHaveLength(3);
    expect(rows.filter((r) => /2 places: .*\(#[34]\) · .*\(#[34]\)/.test(r))).toHaveLength(1);
  });
});

describe('a role put back in two cities at once', () => {
  it('continues the chain of the city it was in; the other city is a new place, told as new', async () => {
    jobs = [job(1, 'Amsterdam, Netherlands')];
    await tick();
    nextDay();
    // The new city first in the feed: it must not take the Amsterdam posting's chain away from Amsterdam's repost.
    jobs = [job(12, 'Rotterdam, Netherlands'), job(11, 'Amsterdam, Netherlands')];
    await tick();
    expect(postings()).toEqual([
      { id: 1, sourceId: '1', location: 'Amsterdam, Netherlands', repostOf: null, change: null, closed: 1 },
      { id: 2, sourceId: '12', location: 'Rotterdam, Netherlands', repostOf: null, change: null, closed: 0 },
      { id: 3, sourceId: '11', location: 'Amsterdam, Netherlands', repostOf: 1, change: null, closed: 0 },
    ]);
    expect(digests()).toHaveLength(2);
    expect(digests()[1]!.title).toMatch(/^Scoutly: new match \d+: Senior Backend Engineer at Acme$/);
    expect(digests()[1]!.matches.map((m) => m.location)).toEqual(['Rotterdam, Netherlands']);
  });
});

describe('a repost after its predecessor closed', () => {
  /** The role at id 1 closes (two scrapes without it; another role keeps the board from reading as empty), then comes back as id 2 `days` later. */
  async function closeAndComeBack(days: number) {
    const other = { ...job(9, 'Leiden, Netherlands'), title: 'Site Reliability Engineer' };
    jobs = [job(1, 'Amsterdam, Netherlands'), other];
    await tick();
    jobs = [other];
    for (let i = 0; i < 2; i++) {
      nextDay();
      await tick();
    }
    expect(postings()).toContainEqual(expect.objectContaining({ id: 1, closed: 1 }));
    expect(digests().map((d) => d.title)).toEqual([expect.stringMatching(/^Scoutly: 2 new matches/), 'Scoutly: 1 saved posting closed']);
    for (let i = 0; i < days; i++) nextDay();
    jobs = [other, job(2, 'Amsterdam, Netherlands')];
    await tick();
    return postings().find((p) => (p as { id: number }).id === 3); // ids: 1, 2 (the other role), 3
  }

  it('within 90 days of its closing is linked and, unchanged, not told again', async () => {
    expect(await closeAndComeBack(30)).toEqual({ id: 3, sourceId: '2', location: 'Amsterdam, Netherlands', repostOf: 1, change: null, closed: 0 });
    expect(digests()).toHaveLength(2);
  });

  it('later than that is a new hiring round: not linked, told as new', async () => {
    expect(await closeAndComeBack(91)).toEqual({ id: 3, sourceId: '2', location: 'Amsterdam, Netherlands', repostOf: null, change: null, closed: 0 });
    expect(digests()).toHaveLength(3);
    expect(digests()[2]!.title).toMatch(/^Scoutly: new match \d+: Senior Backend Engineer at Acme$/);
    expect(digests()[2]!.text).not.toContain('reposted');
  });
});

describe('a posting open long', () => {
  it('shows its age and a stale mark past SCOUTLY_STALE_DAYS, from the published date when given', async () => {
    jobs = [job(1, 'Amsterdam, Netherlands', { first_published: iso(clock.now() - 70 * DAY_MS) })];
    await tick();
    const [digest] = digests();
    expect(digest!.text).toContain('open 70 days · stale');
    expect(digest!.matches[0]).toMatchObject({ ageDays: 70, stale: true });
    expect(reportRows()[0]).toMatch(/ 70 d stale /);
  });

  it('counts from first seen without a published date, and follows SCOUTLY_STALE_DAYS', async () => {
    jobs = [job(1, 'Amsterdam, Netherlands')];
    await tick();
    expect(digests()[0]!.text).not.toContain('stale');
    expect(reportRows()[0]).toMatch(/ 0 d /);
    for (let day = 0; day < 61; day++) nextDay();
    await tick({ SCOUTLY_STALE_DAYS: '90' });
    expect(reportRows()[0]).toMatch(/ 61 d /);
    expect(reportRows()[0]).not.toContain('stale');
    await tick();
    expect(reportRows()[0]).toMatch(/ 61 d stale /);
    expect(digests()).toHaveLength(1); // an old match is not told again for its age
  });
});
