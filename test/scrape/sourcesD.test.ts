// Set D of the sources issue 26 adds (Dover, JOIN, JazzHR, Paylocity, SAP SuccessFactors): which careers URLs and
// page fingerprints name their boards, and the pure readers on the vendors' genuine answers (test/fixtures/ats/<vendor>/).
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl, unappliedFilter } from '../../src/scrape/detect.js';
import { joinCompanyId } from '../../src/scrape/ats/join.js';
import { parseJazzhrBoard } from '../../src/scrape/ats/jazzhr.js';
import { objectAfter, paylocityPageData } from '../../src/scrape/ats/paylocity.js';
import { MAX_MARKUP_DEPTH } from '../../src/scrape/markup.js';
import { successFactorsDate } from '../../src/scrape/ats/successfactors.js';
import { atsFixture } from '../helpers/farm/route.js';

const page = 'https://acme.example/careers';
const NCAEC = '211e692d-c45a-4e3a-ae01-3e497af97929';

describe('boards named by careers URLs', () => {
  it.each([
    ['https://app.dover.com/jobs/codingal', { kind: 'dover', token: 'codingal', filter: null }],
    ['https://app.dover.com/apply/codingal/23891f33-004d-42ab-a720-0647b834dee0', { kind: 'dover', token: 'codingal', filter: null }],
    ['https://join.com/companies/alteos', { kind: 'join', token: 'alteos', filter: null }],
    ['https://join.com/companies/alteos/16769212-customer-care-and-claims-agent-netherlands-m-f-d?utm_source=x', { kind: 'join', token: 'alteos', filter: null }],
    ['https://hackerearth.applytojob.com/apply', { kind: 'jazzhr', token: 'hackerearth', filter: null }],
    ['https://hackerearth.applytojob.com/apply/8un9zUEE06/Account-Executive-SMB-Sales', { kind: 'jazzhr', token: 'hackerearth', filter: null }],
    [`https://recruiting.paylocity.com/recruiting/jobs/All/${NCAEC}`, { kind: 'paylocity', token: NCAEC, filter: null }],
    [`https://recruiting.paylocity.com/Recruiting/Jobs/All/${NCAEC}/North-Carolina-Advanced-Energy-Corporation`, { kind: 'paylocity', token: NCAEC, filter: null }],
    ['https://careers.skyworksinc.com/job/Principal-Programmer-Analyst-2/76824-en_US', { kind: 'successfactors', token: 'careers.skyworksinc.com', filter: null }],
    ['https://jobs.standardchartered.com/job/Analyst/1234-en_GB/', { kind: 'successfactors', token: 'jobs.standardchartered.com|en_GB', filter: null }],
    ['https://careers.example.com/TaroPharma/job/Hawthorne-Line-Mechanic/6196744-en_US/', { kind: 'successfactors', token: 'careers.example.com', filter: null }],
    ['https://careers.skyworksinc.com/services/recruiting/v1/jobs', { kind: 'successfactors', token: 'careers.skyworksinc.com', filter: null }],
  ])('%s', (url, expected) => expect(detectFromUrl(url)).toEqual(expected));

  it('the vendors\' own sites and apps are no boards', () => {
    for (const url of [
      'https://www.dover.com/', 'https://app.dover.com/login', 'https://app.dover.com/jobs/', 'https://join.com/', 'https://join.com/companies',
      'https://join.com/jobs/12345', 'https://www.applytojob.com/', 'https://app.applytojob.com/apply', 'https://www.jazzhr.com/job-seekers',
      'https://recruiting.paylocity.com/', 'https://recruiting.paylocity.com/Recruiting/Jobs/Details/4141169', 'https://www.paylocity.com/careers/',
      'https://careers.skyworksinc.com/search/?q=', 'https://www.sap.com/about/careers.html', 'https://acme.example/job/engineer/12',
    ]) expect(detectFromUrl(url), url).toBeNull();
  });

  it('a filter pasted with these boards\' URLs is not theirs to apply: the page is read, which applies it', () => {
    for (const url of ['https://app.dover.com/jobs/codingal?department=Sales', 'https://join.com/companies/alteos?department=Sales',
      'https://hackerearth.applytojob.com/apply?department=Sales', `https://recruiting.paylocity.com/Recruiting/Jobs/All/${NCAEC}?department=Sales`]) {
      const found = detectFromUrl(url)!;
      expect(found.filter, url).toEqual({ department: ['Sales'] });
      expect(unappliedFilter(found), url).toEqual(['department']);
    }
  });
});

describe('boards found on a company\'s own careers page', () => {
  it.each([
    ['<a href="https://app.dover.com/apply/codingal/23891f33-004d-42ab-a720-0647b834dee0?rs=42">Apply</a>', { kind: 'dover', token: 'codingal', filter: null }],
    ['<a href="https://join.com/companies/alteos?pid=x">Open positions</a>', { kind: 'join', token: 'alteos', filter: null }],
    ['<a href="https://hackerearth.applytojob.com/apply/ZhjBt8T9ip/Senior-Software-Engineer-Backend">Backend</a>', { kind: 'jazzhr', token: 'hackerearth', filter: null }],
    ['<script src="https://app.jazz.co/widgets/basic/create/kodiakcakes" charset="utf-8"></script>', { kind: 'jazzhr', token: 'kodiakcakes', filter: null }],
    [`<iframe src="https://recruiting.paylocity.com/recruiting/jobs/All/${NCAEC}"></iframe>`, { kind: 'paylocity', token: NCAEC, filter: null }],
    ['<a href="https://careers.skyworksinc.com/job/Principal-Programmer-Analyst-2/76824-en_US">Analyst</a>', { kind: 'successfactors', token: 'careers.skyworksinc.com', filter: null }],
  ])('%s', (html, expected) => expect(detectFromHtml(html, page)?.source).toEqual(expected));

  it('a SuccessFactors site by the engine\'s assets on its own host, searched in the page\'s language (genuine page)', () => {
    const html = atsFixture('successfactors/tatapower-search-empty.html');
    expect(detectFromHtml(html, 'https://careers.tatapower.com/search/?q=')?.source)
      .toEqual({ kind: 'successfactors', token: 'careers.tatapower.com|en_GB', filter: null });
    expect(detectFromHtml(html.replace('lang="en-GB"', 'lang="en-US"'), 'https://careers.tatapower.com/search/')?.source)
      .toEqual({ kind: 'successfactors', token: 'careers.tatapower.com', filter: null });
  });

  it('a SuccessFactors page repeating an unclosed `<html` is read for its language in one pass (the capped parser, no pattern)', () => {
    const html = `<script src="/platform/js/j2w/min/j2w.core.min.js"></script>${'<html '.repeat(100_000)}`;
    expect(detectFromHtml(html, 'https://careers.acme.example/')?.source).toEqual({ kind: 'successfactors', token: 'careers.acme.example', filter: null });
  });

  it('mentions of the vendors are no boards', () => {
    for (const html of [
      '<a href="https://www.dover.com/">Powered by Dover</a>', '<a href="https://join.com/">Recruiting with JOIN</a>',
      '<a href="https://www.jazzhr.com/">JazzHR</a>', '<a href="https://www.paylocity.com/">Paylocity</a>',
      '<img src="/images/j2w-logo.png"><a href="/job/engineer/12">Engineer</a>',
    ]) expect(detectFromHtml(html, page), html).toBeNull();
  });
});

describe('readers on the genuine answers', () => {
  it('JazzHR: every job of the board\'s list with its place; an empty board has none', () => {
    expect(parseJazzhrBoard(atsFixture('jazzhr/hackerearth-apply.html'), 'hackerearth')).toEqual([
      { sourceId: '8un9zUEE06', title: 'Account Executive - SMB Sales', url: 'https://hackerearth.applytojob.com/apply/8un9zUEE06/Account-Executive-SMB-Sales',
        location: 'Bangalore, Karnataka, India', workplaceType: null },
      { sourceId: 'ZhjBt8T9ip', title: 'Senior Software Engineer ( Backend)', url: 'https://hackerearth.applytojob.com/apply/ZhjBt8T9ip/Senior-Software-Engineer-Backend',
        location: 'Remote, India', workplaceType: 'Remote' },
    ]);
    expect(parseJazzhrBoard(atsFixture('jazzhr/smuleinc-apply-empty.html'), 'smuleinc')).toEqual([]);
    // Another board's jobs linked from this one are not its own.
    expect(parseJazzhrBoard(atsFixture('jazzhr/hackerearth-apply.html'), 'smuleinc')).toEqual([]);
  });

  it('Paylocity: the page\'s data object, whatever its strings hold; nothing when the page has none', () => {
    const data = objectAfter(atsFixture('paylocity/ncaec-jobs-all.html'), /\bpageData\s*=/) as { Jobs: { JobId: number }[]; ModuleTitle: string };
    expect(data.Jobs.map((j) => j.JobId)).toEqual([4141169, 4401262]);
    expect(data.ModuleTitle).toBe('North Carolina Advanced Energy Corporation');
    expect(objectAfter('<script>window.pageData = {"a":"} {\\"b\\"}","c":{"d":1}};</script>', /\bpageData\s*=/)).toEqual({ a: '} {"b"}', c: { d: 1 } });
    expect(objectAfter('<div id="app"></div>', /\bpageData\s*=/)).toBeNull();
    expect(objectAfter('<script>pageData = {"a": </script>', /\bpageData\s*=/)).toBeNull();
  });

  it('Paylocity: the board\'s data is read from the page\'s scripts (capped parser), never from the page\'s text or too deep', () => {
    expect(paylocityPageData(atsFixture('paylocity/ncaec-jobs-all.html'))).toMatchObject({ Jobs: [{ JobId: 4141169 }, { JobId: 4401262 }] });
    expect(paylocityPageData('<p>window.pageData = {"Jobs": [{"JobId": 1, "JobTitle": "Forged"}]}</p>')).toBeNull();
    expect(paylocityPageData(`${'<div>'.repeat(MAX_MARKUP_DEPTH)}<script>pageData = {"Jobs": []}</script>`)).toBeNull();
    expect(paylocityPageData('<script>var x = 1;</script><script>window.pageData = {"Jobs": []};</script>')).toEqual({ Jobs: [] });
  });

  it('JOIN: the company id from the page data; the site\'s not-found page says the company is gone', () => {
    const next = (pageProps: unknown) => `<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps } })}</script>`;
    expect(joinCompanyId(next({ initialState: { company: { id: 1080, name: 'Alteos GmbH' } } }))).toBe('1080');
    expect(joinCompanyId(next({ statusCode: 404 }))).toBe('gone');
    expect(joinCompanyId(next({ statusCode: 410 }))).toBe('gone');
    expect(joinCompanyId(next({ initialState: { company: { id: '../1' } } }))).toBeNull();
    // Each is read on its own: a status it does not know says nothing, a broken state does not hide a not-found page.
    expect(joinCompanyId(next({ statusCode: 'ok', initialState: { company: { id: 1080 } } }))).toBe('1080');
    expect(joinCompanyId(next({ statusCode: 404, initialState: 'broken' }))).toBe('gone');
    expect(joinCompanyId('<script id="__NEXT_DATA__">{not json</script>')).toBeNull();
    expect(joinCompanyId('<html></html>')).toBeNull();
  });

  it('SuccessFactors: dates in the order of the search\'s locale, as UTC days', () => {
    expect(successFactorsDate('7/9/26', 'en_US')).toBe(Date.UTC(2026, 6, 9));
    expect(successFactorsDate('3/11/26', 'en_US')).toBe(Date.UTC(2026, 2, 11));
    expect(successFactorsDate('29/06/2026', 'en_GB')).toBe(Date.UTC(2026, 5, 29));
    expect(successFactorsDate('2.1.1970', 'de_DE')).toBe(Date.UTC(1970, 0, 2));
    for (const bad of ['13/1/26', '2/30/26', 'recently', '', null]) expect(successFactorsDate(bad, 'en_US'), String(bad)).toBeNull();
  });
});
