// The JSON API as a script uses it (an API token, no cookies): each operation the pages offer, the
// OpenAPI 3.1 document generated from the same schemas, and problem details that name the field.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApiToken } from '../../src/auth/apiTokens.js';
import { startRun } from '../../src/tick/runs.js';
import { acquireLease, attachRunToLease, currentIdentity } from '../../src/tick/lease.js';
import { buildQueue } from '../../src/tick/deps.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { cleanupTempDirs } from '../helpers/db.js';
import { seedMatches } from '../helpers/seed.js';
import { json, serve, type TestServer } from '../helpers/servers.js';
import { addUser, Client, startTestWeb, type TestWeb } from './helpers.js';

let web: TestWeb;
let farm: AtsFarm;
let ntfy: TestServer;
let api: (path: string, init?: { method?: string; json?: unknown; body?: BodyInit }) => Promise<Response>;
let bobApi: typeof api;
let saved: Record<string, number>;

beforeAll(async () => {
  farm = await startAtsFarm();
  ntfy = await serve((_req, res) => json(res, { id: 'x', event: 'message' }));
  web = await startTestWeb({ SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url, SCOUTLY_NOTIFY_URL: `${ntfy.url}/scoutly-topic`, SCOUTLY_NOTIFY_KIND: 'ntfy' });
  const alice = await addUser(web, 'alice@example.com');
  const bob = await addUser(web, 'bob@example.com');
  saved = seedMatches(web.store, 'initech', [
    { title: 'Platform Engineer', score: 92, reasons: ['TypeScript'] }, { title: 'Support Engineer', score: 64 },
  ], web.clock.now(), 'alice@example.com');
  const client = new Client(web.url);
  const as = (userId: number) => {
    const token = createApiToken(web.store, userId, 'test', web.clock.now()).token;
    return (path: string, init: { method?: string; json?: unknown; body?: BodyInit } = {}) =>
      client.request(path, { ...init, origin: null, site: null, headers: { authorization: `Bearer ${token}` } });
  };
  api = as(alice);
  bobApi = as(bob);
});
afterAll(async () => {
  await web.close();
  await farm.close();
  await ntfy.close();
  cleanupTempDirs();
});

describe('the OpenAPI document', () => {
  it('is OpenAPI 3.1, generated from the routes: every /api/v1 operation with its request schema and problem answers', async () => {
    const res = await api('/api/openapi.json');
    expect(res.status).toBe(200);
    const doc = await res.json() as { openapi: string; paths: Record<string, Record<string, { requestBody?: unknown; responses: Record<string, unknown> }>>; components: { schemas: Record<string, { properties?: Record<string, { enum?: string[] }> }> } };
    expect(doc.openapi).toBe('3.1.0');
    const documented = Object.entries(doc.paths).flatMap(([p, ops]) => Object.keys(ops).map((m) => `${m.toUpperCase()} ${p.replace(/\{(\w+)\}/g, ':$1')}`)).sort();
    const routed = [...new Set(web.app.routes.filter((r) => r.path.startsWith('/api/v1/') && r.method !== 'ALL').map((r) => `${r.method} ${r.path}`))].sort();
    expect(documented).toEqual(routed);
    expect(doc.components.schemas.StatusChange!.properties!.status!.enum).toContain('discarded');
    expect(doc.paths['/api/v1/matches/{id}/status']!.post!.responses).toHaveProperty('404');
    expect(doc.paths['/api/v1/companies/{slug}/rank']!.put!.requestBody).toBeTruthy();
  });

  it('a readable reference page lists the same operations', async () => {
    const alice = new Client(web.url);
    await alice.signIn('alice@example.com');
    const html = await (await alice.request('/api')).text();
    expect(html).toContain('<code>POST /api/v1/matches/{id}/status</code>');
    expect(html).toContain('<code>PUT /api/v1/profile/cv</code>');
  });
});

describe('matches', () => {
  it('lists the caller\'s matches with filters, and moves one with a note; bad input names the field', async () => {
    const all = await (await api('/api/v1/matches')).json() as { matches: { id: number; title: string; score: number }[] };
    expect(all.matches.map((m) => m.title)).toEqual(['Platform Engineer', 'Support Engineer']);
    const filtered = await (await api('/api/v1/matches?minScore=80&company=initech&since=7d')).json() as { matches: unknown[] };
    expect(filtered.matches).toHaveLength(1);
    const bad = await api('/api/v1/matches?minScore=200');
    expect(bad.status).toBe(400);
    expect(bad.headers.get('content-type')).toBe('application/problem+json');
    expect(await bad.json()).toMatchObject({ status: 400, detail: 'minScore: must be from 0 to 100', errors: [{ field: 'minScore' }] });

    const id = saved['Platform Engineer']!;
    const wrong = await api(`/api/v1/matches/${id}/status`, { json: { status: 'hired' } });
    expect(wrong.status).toBe(400);
    expect((await wrong.json() as { errors: { field: string; message: string }[] }).errors[0]).toMatchObject({ field: 'status', message: expect.stringContaining('want_to_apply') });
    const moved = await api(`/api/v1/matches/${id}/status`, { json: { status: 'applied', note: 'via the API' } });
    expect(moved.status).toBe(200);
    expect(await moved.json()).toMatchObject({ status: 'applied', note: 'via the API', history: [{ status: 'applied', via: 'api', note: 'via the API' }] });
    const untyped = await api(`/api/v1/matches/${id}/status`, { body: '{"status":"applied"}' });
    expect(untyped.status).toBe(415);
  });
});

describe('companies', () => {
  it('probes a board URL live, adds it tracked at a rank, changes the rank, untracks it; admins change source and render, others may not', async () => {
    const probe = await (await api('/api/v1/companies/probe', { json: { url: 'https://jobs.lever.co/acme?team=Platform' } })).json() as { source: { kind: string; token: string }; filter: string; postings: unknown[]; suggested: { slug: string } };
    expect(probe.source).toEqual({ kind: 'lever', token: 'acme' });
    expect(probe.filter).toContain('Platform');
    expect(probe.postings.length).toBeGreaterThan(0);
    expect(probe.suggested.slug).toBe('acme');
    const refused = await api('/api/v1/companies/probe', { json: { url: 'javascript:alert(1)' } });
    expect(await refused.json()).toMatchObject({ status: 400, errors: [{ field: 'url', message: expect.stringContaining('http or https') }] });

    const added = await api('/api/v1/companies', { json: { url: 'https://jobs.lever.co/acme?team=Platform', slug: 'acme', name: 'Acme', rank: 85 } });
    expect(added.status).toBe(201);
    expect(await added.json()).toMatchObject({ slug: 'acme', myRank: 85, tracking: true, intervalDays: 1, source: { kind: 'lever', token: 'acme', origin: 'url', filter: { team: ['Platform'] } } });
    const taken = await api('/api/v1/companies', { json: { url: 'https://boards.greenhouse.io/other', slug: 'acme', rank: 50 } });
    expect(await taken.json()).toMatchObject({ status: 400, errors: [{ field: 'slug' }] });

    expect(await (await api('/api/v1/companies/acme/rank', { method: 'PUT', json: { rank: 20 } })).json()).toMatchObject({ myRank: 20, intervalDays: 4 });
    expect(await (await api('/api/v1/companies/acme/rank', { method: 'PUT', json: { rank: 0 } })).json()).toMatchObject({ errors: [{ field: 'rank', message: 'must be a whole number from 1 to 100' }] });
    expect(await (await api('/api/v1/companies/acme/rank', { method: 'DELETE' })).json()).toMatchObject({ tracking: false, myRank: 20, effectiveRank: null });
    expect((await api('/api/v1/companies/nope/rank', { method: 'PUT', json: { rank: 20 } })).status).toBe(404);

    expect((await bobApi('/api/v1/companies/acme/source', { method: 'PUT', json: { source: 'greenhouse:acme' } })).status).toBe(403);
    expect(await (await api('/api/v1/companies/acme/source', { method: 'PUT', json: { source: 'greenhouse:acme' } })).json()).toEqual({ message: 'acme: reads the greenhouse board acme (the whole board) (the filter of its careers URL, team=Platform, no longer applies)' });
    expect(await (await api('/api/v1/companies/acme/source', { method: 'PUT', json: { source: 'nonsense' } })).json()).toMatchObject({ status: 400, detail: expect.stringContaining('SOURCE must be KIND:TOKEN') });
    expect(await (await api('/api/v1/companies/acme/render', { method: 'PUT', json: { mode: 'sometimes' } })).json()).toMatchObject({ errors: [{ field: 'mode' }] });
    expect((await api('/api/v1/companies/acme/render', { method: 'PUT', json: { mode: 'static' } })).status).toBe(200);
    const scrape = await (await api('/api/v1/companies/acme/scrape', { method: 'POST' })).json() as { taskId: number; created: boolean };
    expect(scrape.created).toBe(true);
    expect((await (await api('/api/v1/companies/acme/scrape', { method: 'POST' })).json() as { taskId: number }).taskId).toBe(scrape.taskId);
    expect((await bobApi('/api/v1/companies/acme', { method: 'DELETE' })).status).toBe(403);
    expect((await api('/api/v1/companies/acme', { method: 'DELETE' })).status).toBe(200);
    expect((await api('/api/v1/companies/acme')).status).toBe(404);
  });

  it('imports a seed file as `companies import` does: a bad row names its index and field, and nothing is written', async () => {
    const rows = [{ companyID: 'hooli', company: 'Hooli', careers_url: 'https://hooli.example.com/careers', rank: 70 }, { companyID: 'bad one', company: 'X', careers_url: 'ftp://x' }];
    const refused = await api('/api/v1/companies/import', { json: { text: JSON.stringify(rows), fileName: 'list.json', track: true } });
    expect(refused.status).toBe(400);
    const problem = await refused.json() as { detail: string; errors: { field: string }[] };
    expect(problem.detail).toContain('nothing was imported');
    expect(problem.errors.map((e) => e.field)).toEqual(expect.arrayContaining(['index 1: companyID', 'index 1: careers_url']));
    expect((await api('/api/v1/companies/hooli')).status).toBe(404);
    const done = await (await api('/api/v1/companies/import', { json: { text: JSON.stringify(rows), fileName: 'list.json', skipInvalid: true, track: true } })).json();
    expect(done).toMatchObject({ inserted: 1, updated: 0, tracked: 1, skipped: [{ where: 'index 1' }, { where: 'index 1' }] });
    expect(await (await api('/api/v1/companies/hooli')).json()).toMatchObject({ myRank: 70, tracking: true });
  });
});

describe('jobs, problems, profile and health', () => {
  it('shows the tick running now with its progress, from its lease', async () => {
    const now = web.clock.now();
    const self = { ...currentIdentity(), owner: 'a-tick' };
    expect(acquireLease(web.store, self, now, 600_000).acquired).toBe(true);
    const runId = startRun(web.store, now, 600_000, 5);
    attachRunToLease(web.store, self.owner, runId);
    const queue = buildQueue(web.config, web.store);
    const companyId = (web.store.sqlite.prepare("SELECT id FROM companies WHERE slug = 'initech'").get() as { id: number }).id;
    queue.add({ kind: 'scrape_company', dedupeKey: `scrape_company:${companyId}`, companyId, payload: { companyId } }, now);
    const [task] = queue.claimMany(1, { nowMs: now, runId });
    queue.complete(task!, now + 1000);
    queue.add({ kind: 'analyze_postings', dedupeKey: `analyze_postings:${companyId}:1`, companyId, payload: { companyId, userId: 1 } }, now);
    queue.claimMany(1, { nowMs: now, runId });
    const jobs = await (await api('/api/v1/jobs')).json();
    expect(jobs).toMatchObject({ running: { owner: 'a-tick', runId, attempts: { succeeded: 1, failed: 0, deferred: 0, running: 1 } }, runs: [{ id: runId, status: 'running' }] });
    expect(jobs.queue).toEqual(expect.arrayContaining([{ kind: 'scrape_company', status: 'succeeded', count: 1 }, { kind: 'analyze_postings', status: 'running', count: 1 }]));
    const attempts = await (await api('/api/v1/companies/initech/attempts')).json() as { attempts: { outcome: string }[] };
    expect(attempts.attempts.map((a) => a.outcome)).toEqual(['succeeded']);
    expect(await (await api('/api/v1/problems')).json()).toEqual({ companies: [], deadTasks: [] });
  });

  it('the profile: put as JSON (validated, the field named), a CV uploaded, what the analyzer reads', async () => {
    const bad = await api('/api/v1/profile', { method: 'PUT', json: { languages: [{ language: 'English', level: 'superb' }] } });
    expect(await bad.json()).toMatchObject({ status: 400, errors: [{ field: 'languages.0.level', message: expect.stringContaining('not a level') }] });
    const put = await api('/api/v1/profile', { method: 'PUT', json: { titles: ['Platform Engineer'], skills: ['TypeScript'], logistics: { currentResidence: { city: 'Utrecht', countryCode: 'NL' } }, derivedFrom: 'cv' } });
    expect(await put.json()).toMatchObject({ derivedFromCv: false, profile: { titles: ['Platform Engineer'] }, reads: { city: 'Utrecht', country: 'NL', roleFamilies: expect.any(Array) } });
    const form = new FormData();
    form.set('file', new File(['Alice\nalice@example.com\nSkills: Go, Rust\n'], 'cv.txt', { type: 'text/plain' }));
    const cv = await (await api('/api/v1/profile/cv', { method: 'PUT', body: form })).json();
    // The profile is the user's own (saved above): the CV does not replace it.
    expect(cv).toMatchObject({ cvFileName: 'cv.txt', derivedFromCv: false, profile: { titles: ['Platform Engineer'] } });
    expect(cv.cvForModel).toContain('[email]');
    const notCv = new FormData();
    notCv.set('file', new File(['x'], 'cv.exe'));
    expect(await (await api('/api/v1/profile/cv', { method: 'PUT', body: notCv })).json()).toMatchObject({ errors: [{ field: 'file', message: 'cv.exe must be a .pdf, .md or .txt file' }] });
  });

  it('health lists the checks and channels; a test digest reaches the channel', async () => {
    const health = await (await api('/api/v1/health')).json() as { checks: { name: string }[]; channels: { channel: string }[]; gemini: { configured: boolean } };
    expect(health.checks.map((c) => c.name)).toEqual(['database', 'digests', 'systemd', 'disk']);
    expect(health.channels).toEqual([expect.objectContaining({ channel: 'ntfy', lastStatus: null })]);
    expect(health.gemini.configured).toBe(false);
    const sent = await (await api('/api/v1/health/test-digest', { method: 'POST' })).json();
    expect(sent).toEqual({ results: [{ channel: expect.stringContaining('ntfy'), ok: true, error: null }] });
    expect(ntfy.requests.some((r) => r.body.includes('Scoutly'))).toBe(true);
  });
});

describe('what an unknown path answers', () => {
  it('404 problem details under /api, a page elsewhere', async () => {
    const res = await api('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toBe('application/problem+json');
    const browser = new Client(web.url);
    await browser.signIn('alice@example.com');
    const page = await browser.request('/nothing-here');
    expect(page.status).toBe(404);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('nothing at /nothing-here');
  });
});
