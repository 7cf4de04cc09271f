// The set-C sources through whole ticks (real SQLite, real HTTP client, real Chromium for the rendered
// fallback) against the farm serving genuine answers: Oracle Recruiting Cloud's search with its paging and
// keyword, an Eightfold tenant that refuses its v2 list, and careers pages on notion.site.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { pinCompanySource, setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { steppableClock } from '../helpers/clock.js';
import { cleanupTempDirs, openTestStore } from '../helpers/db.js';
import { company } from '../helpers/seed.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { tickOptions } from '../helpers/tick.js';
import { finderVariables, ORACLE_HOST } from '../helpers/farm/oracle.js';
import { PCSX_HOST } from '../helpers/farm/eightfoldPcsx.js';
import { NOTION_WALLED_ID } from '../helpers/farm/notion.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';
const clock = steppableClock();
let store: Store;
let farm: AtsFarm;
const logged: string[] = [];

beforeAll(async () => {
  farm = await startAtsFarm();
  farm.pages.set('/branded-careers', '<h1>Careers</h1><ul class="jobs"><li><a href="/jobs/1">Account Executive</a></li></ul>');
});
afterAll(() => farm.close());
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 11, 1, 8));
  logged.length = 0;
});
afterEach(() => cleanupTempDirs([store]));

function deps() {
  const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url, SCOUTLY_CHROMIUM: CHROMIUM } });
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => logged.push(d.toString()));
  return buildTickDeps(config, store, createLogger({ format: 'plain', level: 'debug', stream }), { clock, rand: () => 0.5 });
}
const tick = () => runTick(deps(), tickOptions({ budgetMs: 60_000, graceMs: 1_000 }));

function track(slug: string, careersUrl: string): number {
  const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
  const id = upsertCompanies(store, [company(slug, { careersUrl })], clock.now()).ids[0]!;
  setPreference(store, user.id, id, 90, clock.now());
  return id;
}
type Row = { key: string; title: string; url: string; location: string | null; workplace: string | null; published: number | null; description: string | null };
const postings = () => store.sqlite.prepare(`SELECT posting_key AS key, title, url, location, workplace_type AS workplace, published_at AS published,
  description_text AS description FROM postings WHERE closed_at IS NULL ORDER BY id`).all() as Row[];
const companyRow = (slug: string) => store.sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  source_filter AS filter, consecutive_failures AS failures FROM companies WHERE slug = ?`).get(slug);
const asked = (prefix: string) => farm.server.requests.filter((r) => r.url.startsWith(prefix)).map((r) => new URL(r.url, 'http://x'));
const driftNote = (slug: string) => store.sqlite.prepare('SELECT drift_note FROM companies WHERE slug = ?').pluck().get(slug);
const lastError = (slug: string) => store.sqlite.prepare(`SELECT a.error_kind AS kind FROM attempts a JOIN companies c ON c.id = a.company_id
  WHERE c.slug = ? ORDER BY a.id DESC LIMIT 1`).get(slug) as { kind: string | null };

const ORACLE_SITE = `https://${ORACLE_HOST}/hcmUI/CandidateExperience/en/sites`;
const ORACLE_API = `/oracle/${ORACLE_HOST}/hcmRestApi/resources/latest/recruitingCEJobRequisitions`;

describe('Oracle Recruiting Cloud', () => {
  it('a careers URL on the candidate-experience site: the whole search, page by page up to TotalJobsCount', async () => {
    const before = asked(ORACLE_API).length;
    track('ford', `${ORACLE_SITE}/CX_1/jobs`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 130 } } });
    expect(companyRow('ford')).toEqual({ kind: 'oracle', token: `${ORACLE_HOST}/CX_1`, origin: 'url', filter: null, failures: 0 });
    const [windsor, guelph] = postings();
    expect(windsor).toEqual({
      key: 'id:59456', title: 'Senior Engineering Specialist', url: `${ORACLE_SITE}/CX_1/job/59456`, location: 'Windsor, ON, Canada',
      workplace: 'On-site', published: Date.UTC(2026, 1, 27), description: 'Senior Engineering Specialist',
    });
    expect(guelph).toMatchObject({ key: 'id:12142', title: 'Quality Inspector - Level 1', location: 'Guelph, ON, Canada', workplace: null, description: null });
    const offsets = asked(ORACLE_API).slice(before).map((u) => finderVariables(u.searchParams.get('finder')!).offset);
    expect(offsets).toEqual(['0', '100']);
  });

  it('the keyword pasted with the URL is the search\'s own: sent in the finder, only its postings stored', async () => {
    const before = asked(ORACLE_API).length;
    track('linamar', `${ORACLE_SITE}/CX_1/jobs?keyword=inspector&mode=location`);
    await tick();
    expect(companyRow('linamar')).toMatchObject({ kind: 'oracle', filter: '{"keyword":["inspector"]}' });
    expect(postings().map((p) => p.title)).toEqual(['Quality Inspector - Level 1']);
    const sent = asked(ORACLE_API).slice(before).map((u) => finderVariables(u.searchParams.get('finder')!));
    expect(sent).toEqual([{ siteNumber: 'CX_1', limit: '100', offset: '0', sortBy: 'POSTING_DATES_DESC', keyword: 'inspector' }]);
  });

  it('one broken optional field: the board kept, with the drift reported; a board whose titles are gone is extraction drift', async () => {
    track('kept', `${ORACLE_SITE}/CX_2/jobs`);
    await tick();
    expect(postings().map((p) => [p.title, p.location])).toEqual([['Senior Engineering Specialist', null], ['Quality Inspector - Level 1', 'Guelph, ON, Canada']]);
    expect(companyRow('kept')).toMatchObject({ failures: 0 });
    expect(driftNote('kept')).toMatch(new RegExp(`^oracle board ${ORACLE_HOST}/CX_2: 1 posting kept without PrimaryLocation \\(.+\\)$`));

    track('drifted', `${ORACLE_SITE}/CX_3/jobs`);
    clock.advance(60_000);
    await tick();
    expect(companyRow('drifted')).toMatchObject({ kind: 'oracle', failures: 1 });
    expect(lastError('drifted')).toEqual({ kind: 'extraction_drift' });
  });
});

describe('Eightfold tenants that refuse /api/apply/v2/jobs', () => {
  it('are read through the PCSX search in the same attempt, page by page, with the location filter', async () => {
    const id = track('branded', `${farm.url}/branded-careers?location=Toronto`);
    pinCompanySource(store, id, { kind: 'eightfold', token: `${PCSX_HOST}|branded.example`, origin: 'user' }, undefined, clock.now());
    const v2Before = asked(`/eightfold/${PCSX_HOST}/api/apply/v2/jobs`).length;
    const pcsxBefore = asked(`/eightfold/${PCSX_HOST}/api/pcsx/search`).length;
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, failed: 0 } });
    expect(asked(`/eightfold/${PCSX_HOST}/api/apply/v2/jobs`).length - v2Before).toBe(1);
    const pages = asked(`/eightfold/${PCSX_HOST}/api/pcsx/search`).slice(pcsxBefore);
    expect(pages.map((u) => [u.searchParams.get('start'), u.searchParams.get('location')])).toEqual([['0', 'Toronto'], ['10', 'Toronto']]);
    const stored = postings();
    expect(stored).toHaveLength(11);
    expect(stored.every((p) => p.location === 'Toronto, Ontario, Canada' && p.url.startsWith(`https://${PCSX_HOST}/careers/job/`))).toBe(true);

    const all = track('branded-all', `${farm.url}/branded-careers`);
    pinCompanySource(store, all, { kind: 'eightfold', token: `${PCSX_HOST}|branded.example`, origin: 'user' }, undefined, clock.now());
    clock.advance(60_000);
    await tick();
    const genuine = postings().find((p) => p.key === 'id:171837903639');
    expect(genuine).toEqual({
      key: 'id:171837903639', title: 'Sales Manager, Canada', url: `https://${PCSX_HOST}/careers/job/171837903639`, location: 'Canada - Remote',
      workplace: 'Remote', published: 1_765_756_800_000, description: null,
    });
  });
});

describe('careers pages on notion.site', () => {
  it('postings are the page\'s sub-pages, read from its page data without a browser', async () => {
    track('acme', 'https://acme.notion.site/Careers-067dd719a912471ea9a3ac10710e7fdf?pvs=4');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 6 } } });
    expect(companyRow('acme')).toEqual({ kind: 'notion', token: 'acme.notion.site/067dd719a912471ea9a3ac10710e7fdf', origin: 'url', filter: null, failures: 0 });
    expect(postings().map((p) => [p.title, p.url])).toEqual([
      ['Basic Blocks', 'https://acme.notion.site/0be6efce9daf42688f65c76b89f8eb27'], ['Lists', 'https://acme.notion.site/de14421f13914ac7b528fa2e31eb1455'],
      ['Full Width', 'https://acme.notion.site/72c5d33ca46642feaee06852cc57c588'], ['Checklists', 'https://acme.notion.site/38fa73d49b8f40aab1f3f8c82332e518'],
      ['Image Upload', 'https://acme.notion.site/912379b0c54440a286619f76446cd753'], ['Column Layouts', 'https://acme.notion.site/dc6f890fec6b4766bd9b616324904187'],
    ]);
    const sent = farm.server.requests.filter((r) => r.url === '/notion/acme.notion.site/api/v3/loadPageChunk').at(-1)!;
    expect(JSON.parse(sent.body)).toMatchObject({ pageId: '067dd719-a912-471e-a9a3-ac10710e7fdf', chunkNumber: 0 });
  });

  it('a sub-page block with a broken field is kept without it, with the drift reported', async () => {
    track('drifty', 'https://drifty.notion.site/Careers-067dd719a912471ea9a3ac10710e7fdf');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 6 } } });
    expect(postings()[0]).toMatchObject({ title: 'Basic Blocks', url: 'https://drifty.notion.site/0be6efce9daf42688f65c76b89f8eb27' });
    expect(driftNote('drifty')).toMatch(/^notion board drifty\.notion\.site\/067dd719a912471ea9a3ac10710e7fdf: 1 block kept without value\.alive \(.+\)$/);
  });

  it.skipIf(!CHROMIUM)('a page whose data is refused is read rendered in Chromium instead', async () => {
    track('walled', `https://walled.notion.site/Come-work-at-tl-dv-${NOTION_WALLED_ID}`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, failed: 0 } });
    expect(companyRow('walled')).toMatchObject({ kind: 'notion', failures: 0 });
    expect(postings().map((p) => [p.title, new URL(p.url).pathname])).toEqual([
      ['Backend Engineer', '/Backend-Engineer-0be6efce9daf42688f65c76b89f8eb27'], ['Product Designer', '/Product-Designer-de14421f13914ac7b528fa2e31eb1455'],
    ]);
    expect(logged.join('')).toMatch(/page data unreadable .*HTTP 403.*reading the page rendered/);
  });
});
