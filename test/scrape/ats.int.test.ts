// Each ATS fetcher against a local server answering with that ATS's real response shape, through the
// real HTTP client (SCOUTLY_ATS_BASE_URL routing, politeness, status mapping).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { DEMO_SITE_DIR } from '../../src/demo/server.js';
import { createHttpClient } from '../../src/scrape/http.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { scrape } from '../../src/scrape/registry.js';
import type { DetectedSource, ScrapeContext } from '../../src/scrape/types.js';
import { json, serve, type TestServer } from '../helpers/servers.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../fixtures/ats/${name}`, import.meta.url)), 'utf8');
const demo = (path: string) => readFileSync(`${DEMO_SITE_DIR}/${path}`, 'utf8');

let server: TestServer;
const lever = Array.from({ length: 130 }, (_, i) => ({ id: `lv-${i}`, text: `Engineer ${i}`, hostedUrl: `https://jobs.lever.co/big/lv-${i}`, categories: { location: 'Remote' } }));
const smart = Array.from({ length: 120 }, (_, i) => ({ id: `sr-${i}`, name: `Role ${i}`, location: { city: 'Lisbon', country: 'pt', remote: i % 2 === 0 } }));
const workday = Array.from({ length: 45 }, (_, i) => ({ title: `Analyst ${i}`, externalPath: `/job/Remote/Analyst-${i}_R${i}`, locationsText: 'Remote', bulletFields: [`R${i}`] }));

beforeAll(async () => {
  server = await serve((req, res, body) => {
    const url = new URL(req.url!, 'http://x');
    const p = url.pathname;
    if (p === '/greenhouse/boards-api.greenhouse.io/v1/boards/hooli/jobs') return json(res, JSON.parse(demo('greenhouse/boards-api.greenhouse.io/v1/boards/hooli/jobs.json')));
    if (p === '/lever/api.lever.co/v0/postings/piedpiper') return json(res, JSON.parse(demo('lever/api.lever.co/v0/postings/piedpiper.json')));
    if (p === '/lever/api.lever.co/v0/postings/big') {
      const skip = Number(url.searchParams.get('skip'));
      return json(res, lever.slice(skip, skip + Number(url.searchParams.get('limit'))));
    }
    if (p === '/ashby/api.ashbyhq.com/posting-api/job-board/Umbrella') return json(res, JSON.parse(demo('ashby/api.ashbyhq.com/posting-api/job-board/Umbrella.json')));
    if (p === '/workable/apply.workable.com/api/v1/widget/accounts/vandelay') return json(res, JSON.parse(fixture('workable.json')));
    if (p === '/recruitee/kramerica.recruitee.com/api/offers/') return json(res, JSON.parse(fixture('recruitee.json')));
    if (p === '/breezy/pendant.breezy.hr/json') return json(res, JSON.parse(fixture('breezy.json')));
    if (p === '/personio/bizarro.jobs.personio.de/xml') return void res.writeHead(200, { 'content-type': 'application/xml' }).end(fixture('personio.xml'));
    if (p === '/smartrecruiters/api.smartrecruiters.com/v1/companies/Kruger/postings') {
      const offset = Number(url.searchParams.get('offset'));
      return json(res, { totalFound: smart.length, offset, limit: 100, content: smart.slice(offset, offset + 100) });
    }
    if (p === '/workday/globo.wd3.myworkdayjobs.com/wday/cxs/globo/External/jobs' && req.method === 'POST') {
      const { offset, limit } = JSON.parse(body) as { offset: number; limit: number };
      return json(res, { total: workday.length, jobPostings: workday.slice(offset, offset + limit) });
    }
    return json(res, { error: 'not found' }, 404);
  });
});
afterAll(() => server.close());

function context(): ScrapeContext {
  const http = createHttpClient({ allowPrivate: true, clock: systemClock, atsBaseUrl: server.url, politenessMs: 0 });
  return {
    signal: AbortSignal.timeout(20_000), log: createLogger({ format: 'plain', level: 'error' }), http,
    browser: () => Promise.reject(new Error('an ATS company must never launch the browser')),
  };
}

const fetchFrom = async (careersUrl: string, known: DetectedSource | null = null) => {
  const outcome = await scrape({ careersUrl, selector: null }, known, context(), 10_000);
  return { ...outcome, postings: normalizeAll(outcome.postings) };
};

describe('ATS fetchers', () => {
  it('Greenhouse: decodes double-encoded HTML descriptions', async () => {
    const r = await fetchFrom('https://boards.greenhouse.io/hooli');
    expect(r.source).toEqual({ kind: 'greenhouse', token: 'hooli' });
    expect(r.postings).toHaveLength(2);
    expect(r.postings[0]).toMatchObject({
      postingKey: 'id:4001001', title: 'Senior Backend Engineer, Search', url: 'https://boards.greenhouse.io/hooli/jobs/4001001',
      location: 'Remote - Europe', department: 'Engineering', descriptionText: 'Build search with TypeScript and Postgres.\n• 5+ years',
    });
    expect(r.postings[0]!.publishedAt).toBe(Date.parse('2026-11-02T09:00:00-05:00'));
  });

  it('Lever: pages through skip/limit and keeps salary and workplace', async () => {
    const small = await fetchFrom('https://jobs.lever.co/piedpiper');
    expect(small.postings[0]).toMatchObject({ title: 'Full-Stack Engineer (TypeScript)', workplaceType: 'remote', compensation: '150000–190000 USD per-year-salary' });
    expect((await fetchFrom('https://jobs.lever.co/big')).postings).toHaveLength(130);
  });

  it('Ashby: case-sensitive board, unlisted jobs skipped, secondary locations kept', async () => {
    const r = await fetchFrom('https://jobs.ashbyhq.com/Umbrella');
    expect(r.postings.map((p) => p.title)).toEqual(['Site Reliability Engineer']);
    expect(r.postings[0]).toMatchObject({ location: 'Remote; London', compensation: '£90K – £120K' });
    await expect(fetchFrom('https://jobs.ashbyhq.com/umbrella')).rejects.toMatchObject({ kind: 'http_4xx', disposition: 'permanent' });
  });

  it('Workable, Recruitee and Breezy map to one posting shape', async () => {
    expect((await fetchFrom('https://apply.workable.com/vandelay/')).postings[0]).toMatchObject({
      postingKey: 'id:A1B2C3D4E5', location: 'Amsterdam, North Holland, Netherlands', workplaceType: 'Remote', descriptionText: 'Run our Kubernetes platform.',
    });
    expect((await fetchFrom('https://kramerica.recruitee.com/')).postings[0]).toMatchObject({
      title: 'Frontend Engineer', descriptionText: 'React & TypeScript.\n• 3 years', location: 'Utrecht, Netherlands',
    });
    expect((await fetchFrom('https://pendant.breezy.hr/')).postings[0]).toMatchObject({ title: 'QA Engineer', workplaceType: 'Remote' });
  });

  it('Personio: reads the XML feed and builds URLs from ids', async () => {
    const r = await fetchFrom('https://bizarro.jobs.personio.de/');
    expect(r.postings[0]).toMatchObject({
      title: 'Backend Entwickler (m/w/d) & Team Lead', url: 'https://bizarro.jobs.personio.de/job/1234567', location: 'Berlin',
      descriptionText: 'Your tasks\nBuild APIs in Go.',
    });
  });

  it('SmartRecruiters and Workday: paginate', async () => {
    expect((await fetchFrom('https://careers.smartrecruiters.com/Kruger')).postings).toHaveLength(120);
    const wd = await fetchFrom('https://globo.wd3.myworkdayjobs.com/en-US/External');
    expect(wd.source).toEqual({ kind: 'workday', token: 'globo.wd3/External' });
    expect(wd.postings).toHaveLength(45);
    expect(wd.postings[0]!.url).toBe('https://globo.wd3.myworkdayjobs.com/External/job/Remote/Analyst-0_R0');
  });

  it('sends an honest User-Agent on every request', () => {
    expect(server.requests.length).toBeGreaterThan(10);
    for (const r of server.requests) expect(r.headers['user-agent']).toMatch(/^Scoutly\/\S+ \(personal job scout/);
  });
});
