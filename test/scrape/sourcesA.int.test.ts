// Set A of the sources issue 26 adds, each through whole ticks against the stand-in farm serving the vendor's
// genuine answers (test/fixtures/ats/<vendor>/) with its paging: boards named by careers URLs, boards found
// on a company's own page, filters, and boards that are not there or no longer what they were. Real SQLite,
// real HTTP on 127.0.0.1, real Chromium where a page is read.
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/db/client.js';
import { pinCompanySource } from '../../src/companies/repo.js';
import { runTick } from '../../src/tick/runTick.js';
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
  farm.pages.set('/bamboohr-embed', `<h1>Careers</h1><div id="BambooHR" data-domain="scottsdale.bamboohr.com" data-version="1.0.0" data-departmentId=""></div>
    <script src="//scottsdale.bamboohr.com/js/embed.js" type="text/javascript" async defer></script>`);
  farm.pages.set('/pinpoint-widget', `<h1>Work with us</h1>
    <div data-pinpoint-subdomain="workwithus" class="pinpoint-external-jobs-table-widget"></div>`);
  farm.pages.set('/icims-embed', `<h1>Careers</h1><iframe id="icims_content_iframe" src="https://careers-kimley-horn.icims.com/jobs/search?ss=1&amp;hashed=-625&amp;mobile=false&amp;width=1200&amp;height=500&amp;bga=true&amp;needsRedirect=false&amp;jan1offset=-300&amp;jun1offset=-240&amp;in_iframe=1"></iframe>`);
  // A Teamtailor career site on the company's own domain (the farm's host): its career-site assets give it away.
  farm.pages.set('/jobs', `<link rel="stylesheet" href="https://assets-aws.teamtailor-cdn.com/assets/careersite.css">
    <ul class="jobs"><li><a href="/jobs/7167985-account-executive-italy-madrid-based">Account Executive - Italy (Madrid based)</a></li></ul>`);
  farm.pages.set('/teamtailor-page', '<ul class="jobs"><li><a href="/jobs/1-full-stack-developer">Full Stack Developer</a></li></ul>');
});
afterAll(() => farm.close());
beforeEach(async () => {
  store = await openTestStore();
  clock.set(Date.UTC(2026, 11, 5, 8));
  logged.length = 0;
});
afterEach(() => cleanupTempDirs([store]));

const tick = () => runTick(farmTickDeps(store, farm, clock, logged), tickOptions({ budgetMs: 60_000, graceMs: 1_000 }));
const track = (slug: string, careersUrl: string, selector: string | null = null) => trackCompany(store, clock, slug, careersUrl, selector);
const companyRow = (slug: string) => store.sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  source_filter AS filter, last_error_kind AS errorKind, drift_note AS drift FROM companies WHERE slug = ?`).get(slug);
interface Row { key: string; title: string; url: string; location: string | null; workplace: string | null; department: string | null;
  description: string | null; published: number | null; compensation: string | null }
const postings = () => store.sqlite.prepare(`SELECT posting_key AS key, title, url, location, workplace_type AS workplace, department,
  description_text AS description, published_at AS published, compensation FROM postings WHERE closed_at IS NULL ORDER BY id`).all() as Row[];
const asked = (prefix: string) => farm.server.requests.filter((r) => r.url.startsWith(prefix)).map((r) => r.url);

describe('Rippling', () => {
  it('reads a board named by its URL: places, departments and the workplace its place names', async () => {
    track('rippling', 'https://ats.rippling.com/rippling/jobs');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(companyRow('rippling')).toMatchObject({ kind: 'rippling', token: 'rippling', origin: 'url' });
    expect(postings().map((p) => [p.key, p.title, p.location, p.department, p.url])).toEqual([
      ['id:75ad50c6-778f-42ee-9c63-70d1cd687202', 'Account Executive, Broker Channel (Austin & San Antonio)', 'Austin, TX', 'Sales',
        'https://ats.rippling.com/rippling/jobs/75ad50c6-778f-42ee-9c63-70d1cd687202'],
      ['id:94486f41-6474-446a-b67a-c164e11354ea', 'Account Executive, Broker Channel (Pittsburgh or Cleveland)', 'Cleveland, OH', 'Sales',
        'https://ats.rippling.com/rippling/jobs/94486f41-6474-446a-b67a-c164e11354ea'],
    ]);
  });

  it('a job listed once per place is one posting with all its places (the URL of one of its jobs names the board)', async () => {
    track('acme', 'https://ats.rippling.com/en-GB/acme/jobs/2f0674e6-f01f-4ecd-b459-e947241c211f');
    await tick();
    expect(postings().map((p) => [p.title, p.location, p.workplace])).toEqual([
      ['Account Executive - Accountants Channel (East Coast)', 'Remote (New Jersey, US); New York, NY', 'Remote'],
    ]);
  });
});

describe('BambooHR', () => {
  it('reads a careers site named by its URL: the job\'s place, department and how it is worked', async () => {
    track('acme', 'https://acme.bamboohr.com/careers');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(postings().map((p) => [p.key, p.title, p.location, p.workplace, p.department, p.url])).toEqual([
      ['id:86', 'Nurse Paralegal', 'Fort Lauderdale, Florida', 'On-site', 'Legal', 'https://acme.bamboohr.com/careers/86'],
      ['id:87', 'Marketing & Social Media Intern', 'Fort Lauderdale, Florida', 'On-site', 'Marketing', 'https://acme.bamboohr.com/careers/87'],
    ]);
  });

  it('finds the board a company\'s page embeds, and takes the place from the ATS location when the site gives none', async () => {
    track('scottsdale', `${farm.url}/bamboohr-embed`);
    await tick();
    expect(companyRow('scottsdale')).toMatchObject({ kind: 'bamboohr', token: 'scottsdale', origin: 'page' });
    expect(postings().map((p) => [p.title, p.location, p.workplace, p.department])).toEqual([
      ['Product Associate/Manager', 'Scottsdale, Arizona', 'Hybrid', 'PRO001 - Product'],
      ['Applied Data Scientist', 'Scottsdale, Arizona, United States', 'Remote', 'DEV001 - Development'],
    ]);
  });
});

describe('Teamtailor', () => {
  it('reads a career site\'s JSON Feed, following its next_url: description, date and places of every job', async () => {
    track('upcloud', 'https://upcloud.teamtailor.com/jobs');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 3 } } });
    expect(asked('/teamtailor/')).toEqual(['/teamtailor/upcloud.teamtailor.com/jobs.json', '/teamtailor/upcloud.teamtailor.com/jobs.json?page=2']);
    const rows = postings();
    expect(rows.map((p) => [p.key, p.title, p.location, p.published])).toEqual([
      ['id:d8938509-ff5a-4755-a5f7-5f89a0ac791e', 'Business Intelligence Analyst', 'Helsinki, FI', Date.parse('2026-09-04T14:50:13+03:00')],
      ['id:2a4eb6a0-7aa9-4acf-bcce-4d8b37287035', 'Full Stack Developer', 'Helsinki, FI', Date.parse('2026-06-23T16:35:08+03:00')],
      ['id:fc1257d7-c11a-4074-a0a3-883330ac9b39', 'Growth Engineer, Lifecycle Marketing', 'Helsinki, FI', Date.parse('2026-06-17T12:51:10+03:00')],
    ]);
    expect(rows[0]!.description).toMatch(/^We are looking for a Business Intelligence Analyst to join UpCloud’s Finance team/);
    expect(rows[0]!.url).toBe('https://upcloud.teamtailor.com/jobs/8323453-business-intelligence-analyst');
  });

  it('a career site on the company\'s own domain is read from that domain\'s feed', async () => {
    track('teamtailor', `${farm.url}/jobs`);
    await tick();
    expect(companyRow('teamtailor')).toMatchObject({ kind: 'teamtailor', token: new URL(farm.url).host, origin: 'page' });
    expect(postings().map((p) => [p.title, p.location])).toEqual([
      ['Account Executive - Italy (Madrid based)', 'Madrid, ES'],
      ['Mid-Market Account Executive - Copenhagen', 'Stockholm, SE; København, DK'],
    ]);
  });

  it('a filter the feed cannot apply: the page is read, which applies it, rather than the whole board', async () => {
    const id = track('upcloud', `${farm.url}/teamtailor-page?department=123`, '.jobs');
    pinCompanySource(store, id, { kind: 'teamtailor', token: 'upcloud.teamtailor.com', origin: 'user' }, undefined, clock.now());
    const before = asked('/teamtailor/').length;
    await tick();
    expect(postings().map((p) => p.title)).toEqual(['Full Stack Developer']);
    expect(asked('/teamtailor/')).toHaveLength(before);
    expect(logged.join('')).toMatch(/the teamtailor reader cannot apply the filter department; the page is read/);
  });
});

describe('Jobvite', () => {
  it('reads a hosted board\'s page of jobs', async () => {
    track('feedingamerica', 'https://jobs.jobvite.com/feedingamerica/jobs');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(postings().map((p) => [p.key, p.title, p.location, p.url])).toEqual([
      ['id:octxAfww', 'Manager, Development (Chicago/Hybrid)', 'Chicago, Illinois', 'https://jobs.jobvite.com/feedingamerica/job/octxAfww'],
      ['id:ohAzAfwK', 'Manager, Technology Vendor Management (Chicago/Hybrid)', 'Chicago, Illinois', 'https://jobs.jobvite.com/feedingamerica/job/ohAzAfwK'],
    ]);
  });

  it('a board that is not there (Jobvite redirects to its search) is an http_4xx of the company, not an empty board', async () => {
    track('ghost', 'https://jobs.jobvite.com/ghostco/jobs');
    expect(await tick()).toMatchObject({ exitCode: 1, summary: { failed: 1 } });
    expect(companyRow('ghost')).toMatchObject({ errorKind: 'http_4xx' });
    expect(postings()).toEqual([]);
  });
});

describe('iCIMS', () => {
  it('sends the search parameters pasted with the portal URL to its search, pages on until a page brings nothing new', async () => {
    track('wipfli', 'https://careers-wipfli.icims.com/jobs/search?ss=1&searchCategory=21962&in_iframe=1&utm_source=x');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(companyRow('wipfli')).toMatchObject({ kind: 'icims', token: 'careers-wipfli', filter: '{"searchCategory":["21962"]}' });
    expect(asked('/icims/')).toEqual([
      '/icims/careers-wipfli.icims.com/jobs/search?ss=1&in_iframe=1&pr=0&searchCategory=21962',
      '/icims/careers-wipfli.icims.com/jobs/search?ss=1&in_iframe=1&pr=1&searchCategory=21962',
    ]);
    expect(postings().map((p) => [p.key, p.title, p.location, p.url])).toEqual([
      ['id:8214', 'Payroll Tax Specialist', 'US', 'https://careers-wipfli.icims.com/jobs/8214/payroll-tax-specialist/job'],
      ['id:8212', 'Payroll Support Specialist', 'US', 'https://careers-wipfli.icims.com/jobs/8212/payroll-support-specialist/job'],
    ]);
  });

  it('finds the portal a company\'s page frames, without the frame\'s display parameters; stops at the pager\'s last page', async () => {
    track('kimley', `${farm.url}/icims-embed`);
    await tick();
    expect(companyRow('kimley')).toMatchObject({ kind: 'icims', token: 'careers-kimley-horn', origin: 'page', filter: null });
    expect(asked('/icims/careers-kimley-horn')).toEqual(['/icims/careers-kimley-horn.icims.com/jobs/search?ss=1&in_iframe=1&pr=0']);
    expect(postings().map((p) => [p.title, p.location])).toEqual([
      ['Experienced Civil EIT - Land Development', 'US-NV-Las Vegas'], ['Senior Civil Designer Tech', 'US-NV-Las Vegas'],
    ]);
  });
});

describe('Pinpoint', () => {
  it('reads a careers site\'s postings.json: the advert\'s sections under their headings, visible pay, place and workplace', async () => {
    track('pinpoint', 'https://workwithus.pinpointhq.com/');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    const rows = postings();
    expect(rows.map((p) => [p.key, p.title, p.location, p.workplace, p.department, p.compensation])).toEqual([
      ['id:559663', 'Founding Legal Counsel', 'Remote; London', 'Remote', 'Operations', null],
      ['id:567495', 'Enterprise Implementation Manager', 'United Kingdom', 'Remote', 'Implementation', '£70,000 - £90,000 / year'],
    ]);
    expect(rows[0]!.description).toMatch(/^Hi 👋 I'm Ellis, COO at Pinpoint\.\nWe're a high growth HR tech company[\s\S]*\n\nWhat you'll do\nSales legal \(35%\)\n• Own commercial/);
    expect(rows[0]!.description).toMatch(/\n\nWhat you'll bring\n• 4\+ years as a qualified lawyer[\s\S]*\n\nWhat we offer\nWe want Pinpoint/);
    expect(rows[0]!.url).toBe('https://workwithus.pinpointhq.com/en/postings/ce6c9e5c-a2d3-42b0-a01e-9edeae315b04');
  });

  it('finds the board behind Pinpoint\'s jobs widget on a company\'s page', async () => {
    track('widget', `${farm.url}/pinpoint-widget`);
    await tick();
    expect(companyRow('widget')).toMatchObject({ kind: 'pinpoint', token: 'workwithus', origin: 'page' });
    expect(postings()).toHaveLength(2);
  });

  it('one posting\'s broken place: every posting kept, with the drift reported; a board without titles fails as drift', async () => {
    track('malformed', 'https://malformed.pinpointhq.com/');
    track('drifted', 'https://drifted.pinpointhq.com/');
    expect(await tick()).toMatchObject({ exitCode: 1, summary: { succeeded: 1, failed: 1 } });
    expect(postings().map((p) => [p.title, p.location])).toEqual([['Founding Legal Counsel', null], ['Enterprise Implementation Manager', 'United Kingdom']]);
    expect(companyRow('malformed')).toMatchObject({ errorKind: null, drift: expect.stringMatching(/^pinpoint board malformed: 1 posting kept without location \(.+\)$/) });
    expect(companyRow('drifted')).toMatchObject({ errorKind: 'extraction_drift' });
  });
});
