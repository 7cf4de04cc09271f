// Dover, JOIN, JazzHR, Paylocity and SAP SuccessFactors through whole ticks (real SQLite, real HTTP): boards named by
// careers URLs and found on companies' own pages, read from the farm serving genuine samples with each vendor's paging
// (Dover's limit/offset, JOIN's pages, SuccessFactors' pageNumber), and boards that are gone or lost a field.
import { describe, expect, it } from 'vitest';
import { useFarmTicks } from '../helpers/farmTicks.js';
import { atsFixture } from '../helpers/farm/route.js';
import { DOVER_BOARDS } from '../helpers/farm/dover.js';
import { PAYLOCITY_DRIFTED, PAYLOCITY_MALFORMED, PAYLOCITY_NCAEC } from '../helpers/farm/paylocity.js';
import { SKYWORKS_HOST } from '../helpers/farm/successfactors.js';

const t = useFarmTicks(Date.UTC(2026, 11, 5, 8));
const { tick, track } = t;
const companyRow = (slug: string) => t.store().sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  last_error_kind AS errorKind, last_error AS error, consecutive_failures AS failures, drift_note AS drift FROM companies WHERE slug = ?`).get(slug);
const postings = () => t.store().sqlite.prepare(`SELECT posting_key AS key, title, url, location, workplace_type AS workplace, department,
  published_at AS publishedAt FROM postings WHERE closed_at IS NULL ORDER BY id`).all() as Record<string, unknown>[];
const requests = (prefix: string) => t.farm.server.requests.filter((r) => r.url.startsWith(prefix));

describe('Dover', () => {
  it('a careers page URL: the slug names the page\'s id, whose jobs are read page by page; samples and drafts are left out', async () => {
    const before = requests('/dover/').length;
    track('dover', 'https://app.dover.com/jobs/dover');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 120 } } });
    expect(companyRow('dover')).toMatchObject({ kind: 'dover', token: 'dover', origin: 'url', errorKind: null });
    const stored = postings();
    expect(stored.slice(0, 2)).toEqual([
      { key: 'id:aa378aa1-79f3-4995-8667-b78a61c12b11', title: 'Head of People', url: 'https://app.dover.com/apply/dover/aa378aa1-79f3-4995-8667-b78a61c12b11',
        location: 'United States', workplace: 'Remote', department: null, publishedAt: null },
      { key: 'id:066865ee-3ba5-4098-9420-53cd8d45cd12', title: 'Marketing Leader', url: 'https://app.dover.com/apply/dover/066865ee-3ba5-4098-9420-53cd8d45cd12',
        location: 'United States', workplace: 'Remote', department: null, publishedAt: null },
    ]);
    expect(stored.map((p) => p.title)).not.toContain('Example Role');
    expect(stored.map((p) => p.title)).not.toContain('Draft Role');
    const asked = requests('/dover/').slice(before).map((r) => new URL(r.url, 'http://x'));
    expect(asked.map((u) => `${u.pathname.replace(DOVER_BOARDS.dover!.id, 'ID')}?${u.searchParams}`)).toEqual([
      '/dover/app.dover.com/api/v1/careers-page-slug/dover?',
      '/dover/app.dover.com/api/v1/careers-page/ID/jobs?limit=100&offset=0', '/dover/app.dover.com/api/v1/careers-page/ID/jobs?limit=100&offset=100',
    ]);
  });

  it('a company page linking to a job on its Dover page: the board is read at once, remembered as found on the page', async () => {
    t.farm.pages.set('/codingal-careers', '<h1>Join us</h1><a href="https://app.dover.com/apply/codingal/23891f33-004d-42ab-a720-0647b834dee0?rs=4">Apply</a>');
    track('codingal', `${t.farm.url}/codingal-careers`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 1 } } });
    expect(companyRow('codingal')).toMatchObject({ kind: 'dover', token: 'codingal', origin: 'page' });
    expect(postings()).toEqual([{
      key: 'id:23891f33-004d-42ab-a720-0647b834dee0', title: 'Business Development Associate',
      url: 'https://app.dover.com/apply/codingal/23891f33-004d-42ab-a720-0647b834dee0', location: 'Bengaluru, India', workplace: 'On-site',
      department: null, publishedAt: null,
    }]);
  });

  it('a job without its title is dropped and one with broken places kept, with the drift reported; paging goes by what each page sent', async () => {
    track('drifty', 'https://app.dover.com/jobs/drifty');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 119 } } });
    expect(companyRow('drifty')).toMatchObject({ errorKind: null, drift: expect.stringMatching(
      /^dover board drifty: 1 posting kept without locations \(.+\); 1 posting dropped for lacking title \(.+\)$/) });
    expect(postings().find((p) => p.key === 'id:00000-copy')).toMatchObject({ title: 'Account Executive 0', location: null });
    const offsets = requests(`/dover/app.dover.com/api/v1/careers-page/${DOVER_BOARDS.drifty!.id}/jobs`)
      .map((r) => new URL(r.url, 'http://x').searchParams.get('offset'));
    expect(offsets).toEqual(['0', '100']); // the first page sent 100, of which 99 were kept
  });

  it('a slug Dover does not know is a 404 for the company; jobs whose titles are gone are extraction drift', async () => {
    track('nobody', 'https://app.dover.com/jobs/nobody-here');
    track('drifted', 'https://app.dover.com/jobs/drifted');
    expect(await tick()).toMatchObject({ summary: { succeeded: 0 } });
    expect(companyRow('nobody')).toMatchObject({ errorKind: 'http_4xx', error: expect.stringMatching(/careers-page-slug\/nobody-here/) });
    expect(companyRow('drifted')).toMatchObject({ errorKind: 'extraction_drift', failures: 1 });
    expect(postings()).toEqual([]);
  });
});

describe('JOIN', () => {
  it('a company URL: its id from the page data, then every page of its public list', async () => {
    track('alteos', 'https://join.com/companies/alteos/16737152-lead-software-engineer-m-f-d');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 6 } } });
    expect(companyRow('alteos')).toMatchObject({ kind: 'join', token: 'alteos', origin: 'url', errorKind: null });
    const stored = postings();
    expect(stored[0]).toEqual({
      key: 'id:16717796', title: 'Customer Care & Claims Agent Netherlands (m/f/d)',
      url: 'https://join.com/companies/alteos/16769212-customer-care-and-claims-agent-netherlands-m-f-d', location: 'Berlin, Germany',
      workplace: 'On-site', department: 'Customer Service', publishedAt: Date.parse('2026-09-17T11:34:31.734Z'),
    });
    expect(stored.map((p) => p.department)).toEqual(['Customer Service', 'Customer Service', 'Software Development', 'Sales', 'Customer Service', 'Customer Service']);
    const pages = requests('/join/join.com/api/public/companies/1080/jobs').map((r) => new URL(r.url, 'http://x').searchParams.toString());
    expect(pages).toEqual(['page=1&pageSize=5', 'page=2&pageSize=5']);
  });

  it('a company JOIN answers with its not-found page is gone: a 404 for the company, no list asked', async () => {
    const before = requests('/join/join.com/api/').length;
    track('gone', 'https://join.com/companies/gone-gmbh');
    await tick();
    expect(companyRow('gone')).toMatchObject({ errorKind: 'http_4xx', error: expect.stringMatching(/no company gone-gmbh/) });
    expect(requests('/join/join.com/api/')).toHaveLength(before);
  });
});

describe('JazzHR', () => {
  it('a hosted board: every job of its page with its place; an empty board is read as empty, not as a failure', async () => {
    track('hackerearth', 'https://hackerearth.applytojob.com/apply/8un9zUEE06/Account-Executive-SMB-Sales');
    track('smule', 'https://smuleinc.applytojob.com/apply');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 2, counters: { postingsNew: 2 } } });
    expect(companyRow('hackerearth')).toMatchObject({ kind: 'jazzhr', token: 'hackerearth', origin: 'url' });
    expect(companyRow('smule')).toMatchObject({ kind: 'jazzhr', token: 'smuleinc', errorKind: null, failures: 0 });
    expect(postings()).toEqual([
      { key: 'id:8un9zUEE06', title: 'Account Executive - SMB Sales', url: 'https://hackerearth.applytojob.com/apply/8un9zUEE06/Account-Executive-SMB-Sales',
        location: 'Bangalore, Karnataka, India', workplace: null, department: null, publishedAt: null },
      { key: 'id:ZhjBt8T9ip', title: 'Senior Software Engineer ( Backend)', url: 'https://hackerearth.applytojob.com/apply/ZhjBt8T9ip/Senior-Software-Engineer-Backend',
        location: 'Remote, India', workplace: 'Remote', department: null, publishedAt: null },
    ]);
  });

  it('a name JazzHR does not host lands on JazzHR\'s own site: a 404 for the company, not an empty board', async () => {
    track('typo', 'https://hackerearht.applytojob.com/apply');
    await tick();
    expect(companyRow('typo')).toMatchObject({ errorKind: 'http_4xx', error: expect.stringMatching(/no JazzHR board hackerearht/) });
  });

  it('found on a company page by JazzHR\'s job widget', async () => {
    t.farm.pages.set('/he-careers', '<h1>Careers</h1><script src="https://app.jazz.co/widgets/basic/create/hackerearth" charset="utf-8"></script>');
    track('he', `${t.farm.url}/he-careers`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(companyRow('he')).toMatchObject({ kind: 'jazzhr', token: 'hackerearth', origin: 'page' });
  });
});

describe('Paylocity', () => {
  it('a board URL: the jobs in the page\'s own data, with their places, arrangement and dates', async () => {
    track('ncaec', `https://recruiting.paylocity.com/recruiting/jobs/All/${PAYLOCITY_NCAEC}`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 2 } } });
    expect(companyRow('ncaec')).toMatchObject({ kind: 'paylocity', token: PAYLOCITY_NCAEC, origin: 'url' });
    expect(postings()).toEqual([
      { key: 'id:4141169', title: 'Engineer/Associate Engineer, Power Systems', url: 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/4141169',
        location: 'Raleigh, NC, USA', workplace: 'Hybrid', department: null, publishedAt: Date.parse('2026-08-08T11:27:44-05:00') },
      { key: 'id:4401262', title: 'Administrative Assistant (Hybrid)', url: 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/4401262',
        location: 'Raleigh, NC, USA', workplace: 'Hybrid', department: null, publishedAt: Date.parse('2026-08-07T10:57:23-05:00') },
    ]);
  });

  it('a broken location: its job kept without a place, with the drift reported; a page without its jobs\' data is extraction drift', async () => {
    track('kept', `https://recruiting.paylocity.com/Recruiting/Jobs/All/${PAYLOCITY_MALFORMED}`);
    track('drifted', `https://recruiting.paylocity.com/Recruiting/Jobs/All/${PAYLOCITY_DRIFTED}`);
    await tick();
    expect(companyRow('kept')).toMatchObject({ kind: 'paylocity', errorKind: null, failures: 0,
      drift: expect.stringMatching(new RegExp(`^paylocity board ${PAYLOCITY_MALFORMED}: 1 posting kept without JobLocation \\(.+\\)$`)) });
    expect(postings().map((p) => [p.key, p.location, p.workplace])).toEqual([['id:4141169', null, 'Hybrid'], ['id:4401262', 'Raleigh, NC, USA', 'Hybrid']]);
    expect(companyRow('drifted')).toMatchObject({ errorKind: 'extraction_drift', error: expect.stringMatching(/pageData/) });
  });
});

describe('SAP SuccessFactors', () => {
  it('a job URL on a career site names the site: its search, ten a page up to the announced total, in the URL\'s locale', async () => {
    const before = requests(`/successfactors/${SKYWORKS_HOST}/`).length;
    track('skyworks', `https://${SKYWORKS_HOST}/job/Principal-Programmer-Analyst-2/76824-en_US`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 23 } } });
    expect(companyRow('skyworks')).toMatchObject({ kind: 'successfactors', token: SKYWORKS_HOST, origin: 'url' });
    const stored = postings();
    expect(stored.slice(0, 2)).toEqual([
      { key: 'id:76824', title: 'Principal Programmer / Analyst 2', url: `https://${SKYWORKS_HOST}/job/Principal-Programmer-Analyst-2/76824-en_US`,
        location: 'Bangalore, KA, IND', workplace: null, department: null, publishedAt: Date.UTC(2026, 6, 9) },
      { key: 'id:77184', title: 'Sr. Buyer 2 (Strategic Sourcing Specialist)', // the ideographic space made plain
        url: `https://${SKYWORKS_HOST}/job/Sr_-Buyer-2%E3%80%80%28Strategic-Sourcing-Specialist%29/77184-en_US`,
        location: 'Suminoe-ku, 27, JPN', workplace: null, department: null, publishedAt: Date.UTC(2026, 2, 11) },
    ]);
    expect(new Set(stored.map((p) => p.key)).size).toBe(23);
    expect(stored.every((p) => String(p.url).startsWith(`https://${SKYWORKS_HOST}/job/`))).toBe(true);
    const sent = requests(`/successfactors/${SKYWORKS_HOST}/`).slice(before).map((r) => JSON.parse(r.body) as { pageNumber: number; locale: string });
    expect(sent.map((b) => [b.pageNumber, b.locale])).toEqual([[0, 'en_US'], [1, 'en_US'], [2, 'en_US']]);
  });

  it('a career site recognised by its engine\'s assets on its own host is searched there, in the page\'s language', async () => {
    t.farm.pages.set('/search/', atsFixture('successfactors/tatapower-search-empty.html'));
    track('tatapower', `${t.farm.url}/search/`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1 } });
    const host = new URL(t.farm.url).host;
    expect(companyRow('tatapower')).toMatchObject({ kind: 'successfactors', token: `${host}|en_GB`, origin: 'page', errorKind: null });
    const sent = requests(`/successfactors/${host}/services/recruiting/v1/jobs`).map((r) => JSON.parse(r.body) as { locale: string });
    expect(sent.map((b) => b.locale)).toEqual(['en_GB']);
    expect(postings()).toEqual([]);
  });
});
