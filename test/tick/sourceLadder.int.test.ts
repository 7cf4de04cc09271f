// The source ladder through whole ticks: boards behind custom careers pages, detection traps, a guessed
// board that is not there, filters carried over or left to the page. Real SQLite, real Chromium, ATS APIs
// and careers pages served on 127.0.0.1.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/client.js';
import { pinCompanySource } from '../../src/companies/repo.js';
import { runTick } from '../../src/tick/runTick.js';
import { DAY_MS } from '../../src/schedule/tiers.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { farmTickDeps, trackCompany } from '../helpers/farmTick.js';
import { tickOptions } from '../helpers/tick.js';

const clock = steppableClock();
let store: Store;
let farm: AtsFarm;
const logged: string[] = [];

beforeAll(async () => {
  farm = await startAtsFarm();
  const gh = (id: number, title: string) => `<li><a href="https://acme.example/careers?gh_jid=${id}">${title}</a></li>`;
  farm.pages.set('/embedded-greenhouse', `<h1>Careers at Acme</h1><div id="grnhse_app"></div>
    <script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>`);
  // The board only appears in the rendered DOM (the address is assembled by the page's script), and the
  // page lists the same postings the board has, by the board's own links.
  farm.pages.set('/rendered-greenhouse', `<h1>Careers at Acme</h1><ul class="jobs">${gh(4001, 'Senior Backend Engineer')}${gh(4002, 'Data Engineer')}
    ${gh(4003, 'Account Executive')}${gh(4004, 'Product Designer')}</ul><div id="board"></div>
    <script>const f = document.createElement('iframe'); f.src = 'https://job-boards.' + 'greenhouse.io/embed/job_board?for=' + 'acme';
    document.getElementById('board').appendChild(f);</script>`);
  farm.pages.set('/traps', `<ul class="jobs"><li><a href="/jobs/qa">QA Engineer</a></li><li><a href="/jobs/ops">Ops Engineer</a></li></ul>
    <a href="https://apply.workable.com/j/8A1B2C3D4E/">Apply on Workable</a>
    <footer>Powered by <a href="https://www.breezy.hr/?utm_source=careers">Breezy HR</a></footer>`);
  farm.pages.set('/ghost-board', `<ul class="jobs"><li><a href="https://jobs.lever.co/ghostco/1f2e3d">Ghost Engineer</a></li></ul>`);
  farm.pages.set('/ashby-page', '<h1>Work at Acme</h1><div id="ashby_embed"></div><script src="https://jobs.ashbyhq.com/Acme/embed?version=2"></script>');
  farm.pages.set('/miro-like', `<ul class="jobs"><li><a href="/jobs/be">Backend Engineer</a></li></ul>
    <script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>`);
  farm.pages.set('/personio-page', '<ul class="jobs"><li><a href="/jobs/be">Backend Entwickler</a></li></ul>');
});
afterAll(() => farm.close());
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 10, 23, 8));
  logged.length = 0;
});
afterEach(() => cleanupTempDirs([store]));

const deps = () => farmTickDeps(store, farm, clock, logged);
const options = (o: Parameters<typeof tickOptions>[0] = {}) => tickOptions({ budgetMs: 60_000, graceMs: 1_000, ...o });

const track = (slug: string, careersUrl: string, selector: string | null = null) => trackCompany(store, clock, slug, careersUrl, selector);
const companyRow = (slug: string) => store.sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  source_filter AS filter, consecutive_failures AS failures FROM companies WHERE slug = ?`).get(slug);
const openPostings = () => store.sqlite.prepare('SELECT posting_key AS key, title FROM postings WHERE closed_at IS NULL ORDER BY title').all() as { key: string; title: string }[];
const nextDay = () => {
  clock.advance(DAY_MS);
  store.sqlite.prepare(`UPDATE tasks SET run_at = 0 WHERE status = 'failed'`).run();
};

describe('boards behind custom careers pages', () => {
  it('a board embedded in the page\'s HTML is read at once, and remembered as found on the page', async () => {
    track('acme', `${farm.url}/embedded-greenhouse`);
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 4 } } });
    expect(companyRow('acme')).toEqual({ kind: 'greenhouse', token: 'acme', origin: 'page', filter: null, failures: 0 });
    expect(openPostings().map((p) => p.key)).toEqual(['id:4003', 'id:4002', 'id:4004', 'id:4001']);
  });

  it('a board seen only in the rendered DOM is used from the next scrape; the postings carry over, none closes or is new again', async () => {
    track('acme', `${farm.url}/rendered-greenhouse`, '.jobs');
    await runTick(deps(), options());
    expect(openPostings().map((p) => p.key)).toEqual([
      'url:https://acme.example/careers?gh_jid=4003', 'url:https://acme.example/careers?gh_jid=4002',
      'url:https://acme.example/careers?gh_jid=4004', 'url:https://acme.example/careers?gh_jid=4001',
    ]);
    expect(companyRow('acme')).toMatchObject({ kind: 'greenhouse', token: 'acme', origin: 'page' });
    expect(logged.join('')).toMatch(/found a greenhouse board acme on the page; it is read from the next scrape/);

    nextDay();
    const second = await runTick(deps(), options());
    expect(second).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 0, postingsClosed: 0 } } });
    expect(openPostings().map((p) => p.key)).toEqual(['id:4003', 'id:4002', 'id:4004', 'id:4001']);
    expect(store.sqlite.prepare('SELECT COUNT(*) AS n FROM postings').get()).toEqual({ n: 4 });
  });
});

describe('detection that must not kill a company', () => {
  it('vendor footers and job short links are no boards: the page\'s postings are read, every time', async () => {
    track('traps', `${farm.url}/traps`, '.jobs');
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 0 });
    expect(companyRow('traps')).toMatchObject({ kind: 'browser', token: null, failures: 0 });
    expect(openPostings().map((p) => p.title)).toEqual(['Ops Engineer', 'QA Engineer']);
    expect(farm.hits('/breezy/www') + farm.hits('/workable/apply.workable.com/api/v1/widget/accounts/j')).toBe(0);
  });

  it('a board guessed from the page that answers 404: the page is read in the same attempt, nobody is blamed, the guess is not retried', async () => {
    track('ghost', `${farm.url}/ghost-board`, '.jobs');
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 0, summary: { succeeded: 1, failed: 0 } });
    expect(companyRow('ghost')).toEqual({ kind: 'browser', token: 'lever:ghostco', origin: 'page', filter: null, failures: 0 });
    expect(openPostings().map((p) => p.title)).toEqual(['Ghost Engineer']);
    const asked = farm.hits('/lever/api.lever.co/v0/postings/ghostco');
    expect(asked).toBe(1);
    nextDay();
    expect(await runTick(deps(), options())).toMatchObject({ exitCode: 0 });
    expect(farm.hits('/lever/api.lever.co/v0/postings/ghostco')).toBe(asked);
  });
});

describe('the user\'s filter', () => {
  it('a page\'s embed filter is carried over to the board it embeds', async () => {
    track('acme', `${farm.url}/ashby-page?ashby_department_id=0a1b0000-0000-4000-8000-00000000e001&utm_campaign=jobs`);
    await runTick(deps(), options());
    expect(companyRow('acme')).toMatchObject({ kind: 'ashby', token: 'Acme', origin: 'page', filter: '{"ashby_department_id":["0a1b0000-0000-4000-8000-00000000e001"]}' });
    expect(openPostings().map((p) => p.title)).toEqual(['Backend Engineer', 'Data Analyst', 'VP Engineering']);
  });

  it('a filter that cannot be carried over keeps the company on its page, which applies it', async () => {
    track('miro', `${farm.url}/miro-like?department=4099198002`, '.jobs');
    const before = farm.hits('/greenhouse/');
    await runTick(deps(), options());
    expect(companyRow('miro')).toMatchObject({ kind: 'browser', filter: '{"department":["4099198002"]}' });
    expect(openPostings().map((p) => p.title)).toEqual(['Backend Engineer']);
    expect(farm.hits('/greenhouse/')).toBe(before);
    expect(logged.join('')).toMatch(/the page's filter cannot be carried over to the greenhouse board/);
  });

  it('a named board whose reader cannot apply the filter: the page is read rather than the whole board', async () => {
    const id = track('bizarro', `${farm.url}/personio-page?department=Engineering`, '.jobs');
    pinCompanySource(store, id, { kind: 'personio', token: 'bizarro.jobs.personio.de', origin: 'user' }, undefined, clock.now());
    const before = farm.hits('/personio/');
    await runTick(deps(), options());
    expect(openPostings().map((p) => p.title)).toEqual(['Backend Entwickler']);
    expect(farm.hits('/personio/')).toBe(before);
    expect(logged.join('')).toMatch(/the personio reader cannot apply the filter department; the page is read/);
  });
});
