// Whole ticks against a Greenhouse board on 127.0.0.1 that loses fields: postings kept, the drift noted on
// the attempt and the company, shown by status and doctor, warned once a day; a board whose postings all lost
// what they need still fails as drift. And text escaped twice is stored as meant.
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { statusReport } from '../../src/report/status.js';
import { checkFeedDrift } from '../../src/ops/doctor.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, tempDbPath, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { tickOptions } from '../helpers/tick.js';
import { scoutlyAsync } from '../helpers/cli.js';
import { existsSync } from 'node:fs';

const clock = steppableClock();
let store: Store;
let dbPath: string;
let server: TestServer;
let jobs: Record<string, unknown>[] = [];
const warnings: string[] = [];

const job = (id: number, extra: Record<string, unknown> = {}) => ({
  id, title: `Engineer ${id}`, absolute_url: `https://boards.greenhouse.io/acme/jobs/${id}`, location: { name: 'Berlin' },
  content: '&lt;p&gt;Build things.&lt;/p&gt;', departments: [{ id: 10, name: 'Engineering', parent_id: null, child_ids: [] }], ...extra,
});

beforeAll(async () => {
  server = await serve((req, res) => {
    if (new URL(req.url!, 'http://x').pathname === '/greenhouse/boards-api.greenhouse.io/v1/boards/acme/jobs') return json(res, { jobs, meta: { total: jobs.length } });
    return json(res, { error: 'not found' }, 404);
  });
});
afterAll(() => server.close());
beforeEach(async () => {
  dbPath = tempDbPath();
  store = await openTestStore(dbPath);
  clock.set(Date.UTC(2026, 10, 23, 8));
  warnings.length = 0;
  const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
  const { ids } = upsertCompanies(store, [company('acme', { careersUrl: 'https://boards.greenhouse.io/acme' })], clock.now());
  setPreference(store, user.id, ids[0]!, 90, clock.now());
});
afterEach(() => cleanupTempDirs([store]));

const config = () => loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: server.url, SCOUTLY_DB: dbPath } });
function tick() {
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => warnings.push(...d.toString().split('\n').filter((l) => /WARN/.test(l))));
  const deps = buildTickDeps(config(), store, createLogger({ format: 'plain', level: 'warn', stream }), { clock, rand: () => 0.5 });
  return runTick(deps, tickOptions({ budgetMs: 20_000, graceMs: 1_000 }));
}
/** Due again (a day later, or later the same day with its last success moved back). */
const dueAgain = (ms: number) => {
  clock.advance(ms);
  store.sqlite.prepare('UPDATE companies SET last_success_at = ?').run(clock.now() - DAY_MS);
};
const stored = () => store.sqlite.prepare('SELECT source_id AS id, title, department, description_text AS description, closed_at AS closedAt FROM postings ORDER BY source_id')
  .all() as { id: string; title: string; department: string | null; description: string | null; closedAt: number | null }[];
const company_ = () => store.sqlite.prepare('SELECT drift_note AS note, drift_warned_at AS warnedAt, last_error_kind AS errorKind FROM companies').get() as
  { note: string | null; warnedAt: number | null; errorKind: string | null };
const lastDetail = () => JSON.parse((store.sqlite.prepare(`SELECT detail FROM attempts ORDER BY id DESC LIMIT 1`).get() as { detail: string }).detail) as Record<string, unknown>;

describe('a feed that loses a field beside what a posting needs', () => {
  it('keeps its postings, notes the drift on the attempt and the company, shows it in status and doctor, warns once a day', async () => {
    jobs = [job(1), job(2, { departments: [{ name: 'Engineering', parent_id: null, child_ids: [] }] }), { id: 3, absolute_url: 'https://boards.greenhouse.io/acme/jobs/3' }, job(4)];
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 3 } } });
    expect(stored().map((p) => [p.id, p.department])).toEqual([['1', 'Engineering'], ['2', null], ['4', 'Engineering']]);
    expect(lastDetail().drift).toEqual({
      emptied: [{ of: 'posting', field: 'departments[].id', count: 1, problem: expect.stringContaining('expected number') }],
      dropped: [{ of: 'posting', field: 'title', count: 1, problem: expect.stringContaining('expected string') }],
    });
    const note = company_().note!;
    expect(note).toMatch(/^greenhouse board acme: 1 posting kept without departments\[\]\.id \(.+\); 1 posting dropped for lacking title \(.+\)$/);
    expect(company_()).toMatchObject({ warnedAt: clock.now(), errorKind: null });
    expect(warnings).toEqual([expect.stringContaining(`acme: the feed's answer changed shape, postings kept: ${note}`)]);

    expect(statusReport(store, config(), clock.now()).drift).toEqual([{ slug: 'acme', note, lastSuccessAt: clock.now() }]);
    expect(await checkFeedDrift(config(), existsSync)).toMatchObject({ name: 'feeds', status: 'warn', detail: expect.stringContaining(`acme (${note})`) });
    const status = await scoutlyAsync(['status'], { SCOUTLY_DB: dbPath });
    expect(status.stdout).toMatch(/Feeds that changed shape[^\n]*\n.*\n\s+acme\s+2026-11-23T08:00:00Z\s+greenhouse board acme: 1 posting kept without departments\[\]\.id/);
    expect(JSON.parse((await scoutlyAsync(['status', '--json'], { SCOUTLY_DB: dbPath })).stdout).drift).toEqual([{ slug: 'acme', note, lastSuccessAt: clock.now() }]);

    // Later the same day: scraped again, the note stays, no second warning.
    dueAgain(3 * 3_600_000);
    expect(await tick()).toMatchObject({ exitCode: 0 });
    expect(warnings).toHaveLength(1);
    expect(company_().note).toBe(note);

    // The next day: warned again.
    dueAgain(DAY_MS);
    await tick();
    expect(warnings).toHaveLength(2);
    expect(company_().warnedAt).toBe(clock.now());

    // The board answers in full again: the note is gone, status and doctor are clear, nothing is warned.
    jobs = [job(1), job(2), job(3), job(4)];
    dueAgain(DAY_MS);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 1 } } });
    expect(company_().note).toBeNull();
    expect(lastDetail().drift).toBeUndefined();
    expect(warnings).toHaveLength(2);
    expect(statusReport(store, config(), clock.now()).drift).toEqual([]);
    expect(await checkFeedDrift(config(), existsSync)).toMatchObject({ status: 'ok' });
    expect(stored().map((p) => [p.id, p.department])).toEqual([['1', 'Engineering'], ['2', 'Engineering'], ['3', 'Engineering'], ['4', 'Engineering']]);
  });

  it('a board whose postings all lost what a posting needs fails as extraction drift; nothing is closed', async () => {
    jobs = [job(1), job(2)];
    await tick();
    jobs = [{ id: 1, absolute_url: 'x' }, { id: 2, absolute_url: 'y' }];
    dueAgain(DAY_MS);
    expect(await tick()).toMatchObject({ exitCode: 1, summary: { failuresByKind: { extraction_drift: 1 } } });
    expect(company_().errorKind).toBe('extraction_drift');
    expect(store.sqlite.prepare('SELECT last_error FROM companies').pluck().get()).toMatch(/jobs: none of its 2 postings has what a posting needs \(title: /);
    expect(stored().every((p) => p.closedAt === null)).toBe(true);
  });
});

describe('text escaped twice', () => {
  it('is stored as meant: titles, departments and descriptions', async () => {
    jobs = [job(1, {
      title: 'R&amp;amp;D Engineer', departments: [{ id: 10, name: 'R&amp;amp;D', parent_id: null, child_ids: [] }],
      content: '&lt;p&gt;Pay: €50k &amp;amp;mdash; €70k&amp;amp;nbsp;gross&lt;/p&gt;&lt;p&gt;Go &amp;amp; Postgres&lt;/p&gt;',
    })];
    expect(await tick()).toMatchObject({ exitCode: 0 });
    expect(stored()).toEqual([{ id: '1', title: 'R&D Engineer', department: 'R&D', description: 'Pay: €50k — €70k gross\nGo & Postgres', closedAt: null }]);
  });
});
