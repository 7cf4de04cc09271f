// Each source's reader against a local stand-in answering in that API's documented shapes, with its
// documented paging and filtering, through the real HTTP client and the real source ladder.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { sourceOfCareersUrl } from '../../src/companies/repo.js';
import { createHttpClient, meteredHttp } from '../../src/scrape/http.js';
import { newCost } from '../../src/scrape/cost.js';
import { normalizeAll } from '../../src/scrape/normalize.js';
import { scrape, type KnownSource } from '../../src/scrape/registry.js';
import { parseStoredFilter } from '../../src/scrape/sourceFilter.js';
import type { ScrapeContext } from '../../src/scrape/types.js';
import { atsFixture, EIGHTFOLD_POSITIONS, startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';

const NOW = Date.UTC(2026, 10, 27, 15, 0);
let farm: AtsFarm;
beforeAll(async () => {
  farm = await startAtsFarm();
});
afterAll(() => farm.close());

function context(): ScrapeContext {
  const cost = newCost();
  const http = meteredHttp(createHttpClient({ allowPrivate: true, clock: systemClock, atsBaseUrl: farm.url, politenessMs: 0 }), cost);
  return {
    signal: AbortSignal.timeout(20_000), log: createLogger({ format: 'plain', level: 'error' }), http, cost, now: () => NOW,
    browser: () => Promise.reject(new Error('a company on a feed must never launch the browser')),
  };
}

/** A careers URL as a user pastes it: source and filter as import stores them, then one scrape. */
const fetchFrom = async (careersUrl: string, known: KnownSource | null = null) => {
  const filter = parseStoredFilter(sourceOfCareersUrl(careersUrl).sourceFilter);
  const outcome = await scrape({ careersUrl, selector: null, filter }, known, context(), 10_000);
  return { ...outcome, postings: normalizeAll(outcome.postings) };
};
const titles = (r: { postings: { title: string }[] }) => r.postings.map((p) => p.title);

describe('Greenhouse', () => {
  it('reads the whole board: workplace from the location name or metadata, cities from the offices', async () => {
    const r = await fetchFrom('https://boards.greenhouse.io/acme');
    expect(r.source).toEqual({ kind: 'greenhouse', token: 'acme', filter: null });
    expect(r.postings.map((p) => [p.title, p.location, p.workplaceType])).toEqual([
      ['Senior Backend Engineer', 'Hybrid, Amsterdam', 'Hybrid'],
      ['Data Engineer', 'Remote - US', 'Remote'],
      ['Account Executive', 'London', null],
      ['Product Designer', 'Remote; Amsterdam, Netherlands', 'Remote'],
    ]);
    expect(r.postings[0]).toMatchObject({ postingKey: 'id:4001', descriptionText: 'Build APIs in Go & Postgres.\n• 5+ years', department: 'Backend' });
  });

  it('departments[] and offices[] as the board applies them: a parent includes its children; tracking parameters are no filter', async () => {
    const byDepartment = await fetchFrom('https://job-boards.greenhouse.io/acme?gh_src=b2e829504us&departments%5B%5D=10');
    expect(byDepartment.source.filter).toEqual({ departments: ['10'] });
    expect(titles(byDepartment)).toEqual(['Senior Backend Engineer', 'Data Engineer']);
    expect(titles(await fetchFrom('https://job-boards.greenhouse.io/acme?offices[]=20'))).toEqual(['Senior Backend Engineer', 'Account Executive', 'Product Designer']);
    expect(titles(await fetchFrom('https://job-boards.greenhouse.io/acme?departments[]=11&departments[]=30'))).toEqual(['Senior Backend Engineer', 'Account Executive']);
    expect(titles(await fetchFrom('https://boards.greenhouse.io/embed/job_board?for=acme&utm_source=x'))).toHaveLength(4);
  });
});

describe('Lever', () => {
  it('sends the board filters to the API, filters workplaceType itself, keeps every location, decodes list entities', async () => {
    const r = await fetchFrom('https://jobs.lever.co/acme/?department=Engineering%2C%20Product%2C%20and%20Design&workplaceType=remote&lever-source=x');
    expect(r.source.filter).toEqual({ department: ['Engineering, Product, and Design'], workplaceType: ['remote'] });
    expect(titles(r)).toEqual(['Frontend Engineer', 'Platform Engineer']);
    const asked = farm.server.requests.filter((q) => q.url.startsWith('/lever/')).at(-1)!.url;
    expect(new URL(asked, 'http://x').searchParams.getAll('department')).toEqual(['Engineering, Product, and Design']);
    expect(new URL(asked, 'http://x').searchParams.has('workplaceType')).toBe(false); // not filterable by the API

    const all = await fetchFrom('https://jobs.lever.co/acme');
    expect(all.postings[0]).toMatchObject({
      title: 'Backend Engineer', location: 'Amsterdam; Berlin', workplaceType: 'hybrid', compensation: '70000–90000 EUR per-year-salary',
    });
    expect(all.postings[0]!.descriptionText).toContain('5+ years of Go\n• R&D experience');
    expect(all.postings[0]!.descriptionText).not.toMatch(/&nbsp;|&amp;/);
    expect(all.postings.find((p) => p.title === 'Staff Backend Engineer')!.workplaceType).toBeNull(); // "unspecified"
  });

  it('several values of one filter are OR\'ed; different filters AND\'ed', async () => {
    expect(titles(await fetchFrom('https://jobs.lever.co/acme?team=Backend&team=Platform'))).toEqual(['Backend Engineer', 'Platform Engineer', 'Staff Backend Engineer']);
    expect(titles(await fetchFrom('https://jobs.lever.co/acme?team=Backend&location=Berlin'))).toEqual(['Staff Backend Engineer']);
  });
});

describe('Ashby', () => {
  it('departmentId is resolved through the board\'s teams, sub-teams included; HubSpot tracking dropped', async () => {
    const r = await fetchFrom('https://jobs.ashbyhq.com/Acme?__hsfp=1088227782&__hssc=29278755.1.1&__hstc=29278755.b6&departmentId=0a1b0000-0000-4000-8000-00000000e001');
    expect(r.source.filter).toEqual({ departmentId: ['0a1b0000-0000-4000-8000-00000000e001'] });
    expect(titles(r)).toEqual(['Backend Engineer', 'Data Analyst', 'VP Engineering']);
    expect(titles(await fetchFrom('https://jobs.ashbyhq.com/Acme?departmentId=0a1b0000-0000-4000-8000-00000000e003'))).toEqual(['Data Analyst']);
  });

  it('reads the whole board without a filter (unlisted postings skipped), with secondary locations and compensation', async () => {
    const r = await fetchFrom('https://jobs.ashbyhq.com/Acme');
    expect(titles(r)).toEqual(['Backend Engineer', 'Data Analyst', 'Sales Lead', 'VP Engineering']);
    expect(r.postings[0]).toMatchObject({ location: 'Amsterdam; Remote - Netherlands', workplaceType: 'Hybrid', compensation: '€70K – €90K' });
    await expect(fetchFrom('https://jobs.ashbyhq.com/acme')).rejects.toMatchObject({ kind: 'http_4xx', disposition: 'permanent' });
  });
});

describe('Workable, Recruitee, Breezy, SmartRecruiters', () => {
  it('Workable: a job listed once per place is one posting with all its places; department filter', async () => {
    const r = await fetchFrom('https://apply.workable.com/vandelay/');
    expect(r.postings.map((p) => [p.postingKey, p.location])).toEqual([
      ['id:A1B2C3D4E5', 'Amsterdam, North Holland, Netherlands; Berlin, Berlin, Germany'],
      ['id:F6G7H8J9K0', 'New York, New York, United States'],
    ]);
    expect(titles(await fetchFrom('https://apply.workable.com/vandelay/?department=Sales'))).toEqual(['Import Sales Manager']);
  });

  it('Recruitee: hybrid and on-site flags, published salary', async () => {
    const r = await fetchFrom('https://kramerica.recruitee.com/');
    expect(r.postings.map((p) => [p.title, p.workplaceType, p.compensation])).toEqual([
      ['Frontend Engineer', 'Remote', null], ['Backend Engineer', 'Hybrid', '55000–70000 EUR year'], ['Office Manager', 'On-site', null],
    ]);
  });

  it('Breezy: salary and place kept; department filter as pasted', async () => {
    const r = await fetchFrom('https://pendant.breezy.hr/?&department=Product%20Engineering#positions');
    expect(r.postings).toHaveLength(1);
    expect(r.postings[0]).toMatchObject({ title: 'Product Engineer', location: 'Porto, PT', compensation: '€50,000 - €60,000 / year' });
  });

  it('SmartRecruiters: paginates; fullLocation and hybrid kept', async () => {
    const r = await fetchFrom('https://careers.smartrecruiters.com/Kruger');
    expect(r.postings).toHaveLength(120);
    expect(r.postings[0]).toMatchObject({ location: 'Lisbon, Lisbon, Portugal', workplaceType: 'Remote' });
    expect(r.postings[1]).toMatchObject({ location: 'Lisbon, Lisbon, PT', workplaceType: 'Hybrid' });
  });
});

describe('Personio', () => {
  it('keeps the whole description when white space surrounds CDATA, and every office', async () => {
    const r = await fetchFrom('https://bizarro.jobs.personio.de/');
    expect(r.postings[0]).toMatchObject({
      title: 'Backend Entwickler (m/w/d) & Team Lead', url: 'https://bizarro.jobs.personio.de/job/1234567', location: 'Berlin; Hamburg; München',
      descriptionText: 'Your tasks\nBuild APIs in Go.\n• Own the billing service\n• Review code\n\nYour profile\n5+ years of backend work; German is a plus.',
    });
    expect(r.postings[1]).toMatchObject({ title: 'Recruiter', location: 'Berlin', descriptionText: 'About\nHire & grow.' });
    for (const p of r.postings) expect(p.descriptionText).not.toMatch(/\]\]>|CDATA/);
  });
});

describe('Workday', () => {
  it('pages on while pages are full (total comes with the first page only); counts are not places; relative dates', async () => {
    const r = await fetchFrom('https://globo.wd3.myworkdayjobs.com/en-US/External');
    expect(r.source).toMatchObject({ kind: 'workday', token: 'globo.wd3/External' });
    expect(r.postings).toHaveLength(45);
    expect(r.postings[0]).toMatchObject({ url: 'https://globo.wd3.myworkdayjobs.com/External/job/Remote/Analyst-0_R0', location: null });
    const day = NOW - (NOW % 86_400_000);
    expect(r.postings.slice(0, 4).map((p) => p.publishedAt)).toEqual([day, day - 86_400_000, day - 30 * 86_400_000, day - 3 * 86_400_000]);
  });

  it('the site\'s URL facets become appliedFacets', async () => {
    const r = await fetchFrom('https://globo.wd3.myworkdayjobs.com/External?locations=loc-ams');
    expect(r.source.filter).toEqual({ locations: ['loc-ams'] });
    expect(r.postings).toHaveLength(15);
    const body = JSON.parse(farm.server.requests.filter((q) => q.url.includes('/workday/')).at(-1)!.body) as { appliedFacets: unknown };
    expect(body.appliedFacets).toEqual({ locations: ['loc-ams'] });
  });
});

describe('Eightfold (custom source)', () => {
  it('pages by what the tenant returns (capped pages), builds the posting from its position', async () => {
    const r = await fetchFrom('https://acme.eightfold.ai/careers?domain=acme.com', { kind: 'eightfold', token: 'careers.acme.com|acme.com', origin: 'user' });
    expect(r.postings).toHaveLength(25);
    expect(r.postings[0]).toMatchObject({
      postingKey: 'id:790000', url: 'https://careers.acme.com/careers/job/790000', location: 'Amsterdam, Netherlands; Remote, Netherlands',
      workplaceType: 'Remote', descriptionText: 'Build & run service 0.', publishedAt: 1_763_000_000_000,
    });
  });
});

describe('feeds that changed shape', () => {
  it('an answer that is not the documented shape is extraction drift, naming where', async () => {
    farm.pages.set('/greenhouse/boards-api.greenhouse.io/v1/boards/drifted/jobs', '{"postings": []}');
    await expect(fetchFrom('https://boards.greenhouse.io/drifted')).rejects.toMatchObject({ kind: 'extraction_drift', message: /jobs/ });
  });

  type Answer = Record<string, unknown>;
  const fixture = (name: string) => JSON.parse(atsFixture(name)) as unknown;
  const list = (answer: unknown, key?: string) => (key ? (answer as Record<string, Answer[]>)[key]! : answer as Answer[]);
  /** Each reader's answer with one posting's optional field broken and another posting's title (or name) gone. */
  const DRIFTED = [
    { kind: 'greenhouse', careersUrl: 'https://boards.greenhouse.io/driftco', path: '/greenhouse/boards-api.greenhouse.io/v1/boards/driftco/jobs',
      answer: fixture('greenhouse-acme-jobs.json'), key: 'jobs', title: 'title', broken: (p: Answer) => void ((p.departments as Answer[])[0]!.id = undefined),
      emptied: 'departments[].id' },
    { kind: 'lever', careersUrl: 'https://jobs.lever.co/driftco', path: '/lever/api.lever.co/v0/postings/driftco', answer: fixture('lever-acme.json'),
      title: 'text', broken: (p: Answer) => void (p.categories = 'Backend'), emptied: 'categories' },
    { kind: 'ashby', careersUrl: 'https://jobs.ashbyhq.com/DriftCo', path: '/ashby/api.ashbyhq.com/posting-api/job-board/DriftCo', answer: fixture('ashby-acme.json'),
      key: 'jobs', title: 'title', broken: (p: Answer) => void (p.compensation = 95000), emptied: 'compensation', shown: (p: Answer) => p.isListed !== false },
    { kind: 'workable', careersUrl: 'https://apply.workable.com/driftco', path: '/workable/apply.workable.com/api/v1/widget/accounts/driftco',
      answer: fixture('workable.json'), key: 'jobs', title: 'title', broken: (p: Answer) => void (p.telecommuting = 'yes'), emptied: 'telecommuting' },
    { kind: 'recruitee', careersUrl: 'https://driftco.recruitee.com/', path: '/recruitee/driftco.recruitee.com/api/offers/', answer: fixture('recruitee.json'),
      key: 'offers', title: 'title', broken: (p: Answer) => void (p.salary = 'competitive'), emptied: 'salary' },
    { kind: 'breezy', careersUrl: 'https://driftco.breezy.hr/', path: '/breezy/driftco.breezy.hr/json', answer: fixture('breezy.json'),
      title: 'name', broken: (p: Answer) => void (p.location = 'Remote'), emptied: 'location' },
    { kind: 'smartrecruiters', careersUrl: 'https://jobs.smartrecruiters.com/DriftCo', path: '/smartrecruiters/api.smartrecruiters.com/v1/companies/DriftCo/postings',
      answer: { totalFound: 3, content: [0, 1, 2].map((i) => ({ id: `9${i}`, name: `Role ${i}`, location: { city: 'Lisbon' } })) }, key: 'content', title: 'name',
      broken: (p: Answer) => void ((p.location as Answer).remote = 'often'), emptied: 'location.remote' },
    { kind: 'workday', careersUrl: 'https://driftco.wd1.myworkdayjobs.com/External', path: '/workday/driftco.wd1.myworkdayjobs.com/wday/cxs/driftco/External/jobs',
      answer: { total: 3, jobPostings: [0, 1, 2].map((i) => ({ title: `Analyst ${i}`, externalPath: `/job/A_${i}`, bulletFields: [`R${i}`] })) }, key: 'jobPostings',
      title: 'title', broken: (p: Answer) => void (p.bulletFields = 'R0'), emptied: 'bulletFields' },
    { kind: 'eightfold', careersUrl: 'https://driftco.eightfold.ai/careers?domain=driftco.com', path: '/eightfold/driftco.eightfold.ai/api/apply/v2/jobs',
      answer: { count: 3, positions: EIGHTFOLD_POSITIONS.slice(0, 3) }, key: 'positions', title: 'name',
      broken: (p: Answer) => void (p.locations = 'Amsterdam'), emptied: 'locations' },
  ];

  it.each(DRIFTED)('$kind: a posting with a broken optional field is kept without it, one without its title is dropped, both noted', async (c) => {
    const answer = structuredClone(c.answer);
    const postings = list(answer, c.key);
    c.broken(postings[0]!);
    delete postings[1]![c.title];
    farm.pages.set(c.path, JSON.stringify(answer));
    const r = await fetchFrom(c.careersUrl);
    expect(r.source.kind).toBe(c.kind);
    const shown = postings.filter((p) => c.title in p && c.shown?.(p) !== false).map((p) => String(p[c.title]));
    expect(r.postings.map((p) => p.title)).toEqual(shown.filter((t, i) => shown.indexOf(t) === i)); // one per title: Workable lists a job once per place
    expect(r.drift).toEqual({
      emptied: [{ of: 'posting', field: c.emptied, count: 1, problem: expect.any(String) }],
      dropped: [{ of: 'posting', field: c.title, count: 1, problem: expect.any(String) }],
    });
  });

  it('a posting without its link gets the board\'s own address for it; one without its id is keyed by its link', async () => {
    const greenhouse = fixture('greenhouse-acme-jobs.json') as { jobs: Answer[] };
    delete greenhouse.jobs[0]!.absolute_url;
    delete greenhouse.jobs[1]!.id;
    farm.pages.set('/greenhouse/boards-api.greenhouse.io/v1/boards/linkless/jobs', JSON.stringify(greenhouse));
    const gh = await fetchFrom('https://boards.greenhouse.io/linkless');
    expect(gh.postings.slice(0, 2).map((p) => [p.postingKey, p.url])).toEqual([
      ['id:4001', 'https://job-boards.greenhouse.io/linkless/jobs/4001'], ['url:https://acme.example/careers?gh_jid=4002', 'https://acme.example/careers?gh_jid=4002'],
    ]);
    expect(gh.drift).toBeUndefined();
    const lever = fixture('lever-acme.json') as Answer[];
    delete lever[0]!.hostedUrl;
    farm.pages.set('/lever/api.eu.lever.co/v0/postings/linkless', JSON.stringify(lever));
    expect((await fetchFrom('https://jobs.eu.lever.co/linkless')).postings[0]).toMatchObject({ url: `https://jobs.eu.lever.co/linkless/${String(lever[0]!.id)}` });
  });

  it('personio: a position without its name is dropped and noted, the others are read', async () => {
    farm.pages.set('/personio/driftco.jobs.personio.de/xml', atsFixture('personio.xml').replace('<name>Recruiter</name>', ''));
    const r = await fetchFrom('https://driftco.jobs.personio.de/');
    expect(r.postings.map((p) => p.title)).toEqual(['Backend Entwickler (m/w/d) & Team Lead']);
    expect(r.drift).toEqual({ emptied: [], dropped: [{ of: 'posting', field: 'name', count: 1, problem: expect.any(String) }] });
  });

  it('a Greenhouse department filter reads the board\'s departments leniently too: one without its id is dropped and noted', async () => {
    farm.pages.set('/greenhouse/boards-api.greenhouse.io/v1/boards/driftco/jobs', atsFixture('greenhouse-acme-jobs.json'));
    const departments = fixture('greenhouse-acme-departments.json') as { departments: Answer[] };
    departments.departments.push({ name: 'No id', parent_id: null, child_ids: [] });
    farm.pages.set('/greenhouse/boards-api.greenhouse.io/v1/boards/driftco/departments', JSON.stringify(departments));
    const r = await fetchFrom('https://job-boards.greenhouse.io/driftco?departments[]=10');
    expect(titles(r)).toEqual(['Senior Backend Engineer', 'Data Engineer']);
    expect(r.drift?.dropped).toEqual([{ of: 'department', field: 'id', count: 1, problem: expect.any(String) }]);
  });

  it('sends an honest User-Agent on every request', () => {
    expect(farm.server.requests.length).toBeGreaterThan(10);
    for (const r of farm.server.requests) expect(r.headers['user-agent']).toMatch(/^Scoutly\/\S+ \(personal job scout/);
  });
});

describe('a request that stalls', () => {
  it('times out by itself and frees its host for the next request, which is not blamed', async () => {
    const slow = await import('../helpers/servers.js').then((m) => m.serve((req, res) => {
      if (req.url === '/hang') return; // never answers
      res.writeHead(200, { 'content-type': 'text/plain' }).end('fine');
    }));
    try {
      const http = createHttpClient({ allowPrivate: true, clock: systemClock, politenessMs: 0, requestTimeoutMs: 400 });
      const signal = new AbortController().signal; // a task signal that never fires: only the request's own deadline can
      const hung = http.getText(`${slow.url}/hang`, { signal });
      const next = http.getText(`${slow.url}/ok`, { signal });
      await expect(hung).rejects.toMatchObject({ name: 'TimeoutError', message: /no answer within 0.4 s/ });
      await expect(next).resolves.toMatchObject({ status: 200, text: 'fine' });
    } finally {
      await slow.close();
    }
  });
});
