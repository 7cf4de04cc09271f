// Detection of the Softgarden and Comeet boards: the careers-URL forms each recognises, the fingerprints on a
// company's own page, the vendors' own hosts and paths that name no board, and which pasted filters apply.
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl, unappliedFilter } from '../../src/scrape/detect.js';

describe('Softgarden', () => {
  it.each([
    ['https://abeking.career.softgarden.de/', { kind: 'softgarden', token: 'abeking', filter: null }],
    ['https://ABEKING.career.softgarden.de/jobs/60111660/Fertigungskoordinator-m-w-d/', { kind: 'softgarden', token: 'abeking', filter: null }],
    ['https://abeking.career.softgarden.de/jobs.feed.json', { kind: 'softgarden', token: 'abeking', filter: null }],
    ['https://abeking.career.softgarden.de/?utm_source=linkedin', { kind: 'softgarden', token: 'abeking', filter: null }],
  ])('recognises %s', (url, expected) => {
    expect(detectFromUrl(url)).toEqual(expected);
  });

  it.each([
    'https://career.softgarden.de/', 'https://www.career.softgarden.de/', 'https://www.softgarden.io/', 'https://softgarden.de/karriere',
    'https://abeking.career.softgarden.de.example.com/',
  ])('names no board: %s', (url) => {
    expect(detectFromUrl(url)).toBeNull();
  });

  it('a filter pasted with the career site cannot be applied by the feed: the page applies it', () => {
    const d = detectFromUrl('https://abeking.career.softgarden.de/?department=Produktion')!;
    expect(d.filter).toEqual({ department: ['Produktion'] });
    expect(unappliedFilter(d)).toEqual(['department']);
  });

  it('finds the career site a company page links to; a legacy softgarden.io link names the same tenant', () => {
    const page = '<a href="https://abeking.career.softgarden.de/jobs/60111660/Fertigungskoordinator-m-w-d/?jobDbPVId=1">Fertigungskoordinator</a>';
    expect(detectFromHtml(page, 'https://www.abeking.com/karriere')).toEqual({ source: { kind: 'softgarden', token: 'abeking', filter: null } });
    expect(detectFromHtml('<iframe src="https://abeking.softgarden.io/job/1/title/?jobDbPVId=123"></iframe>', 'https://www.abeking.com/karriere'))
      .toEqual({ source: { kind: 'softgarden', token: 'abeking', filter: null } });
    expect(detectFromHtml('<footer><a href="https://www.softgarden.io/">softgarden</a></footer>', 'https://acme.example/jobs')).toBeNull();
  });
});

describe('Comeet', () => {
  it.each([
    ['https://www.comeet.com/jobs/mwdn/61.005', { kind: 'comeet', token: 'mwdn/61.005', filter: null }],
    ['https://www.comeet.com/jobs/quantummachines/d6.000/', { kind: 'comeet', token: 'quantummachines/D6.000', filter: null }],
    ['https://www.comeet.com/jobs/mwdn/61.005/backend-software-engineer-intern/8A.26E-E5.60A', { kind: 'comeet', token: 'mwdn/61.005', filter: null }],
    ['https://www.comeet.co/jobs/companyname/30.005/account-executive-austin/87.405', { kind: 'comeet', token: 'companyname/30.005', filter: null }],
    ['https://www.comeet.co/careers-api/2.0/company/61.005/positions?token=tok_123&details=true', { kind: 'comeet', token: '61.005|tok_123', filter: null }],
    ['https://www.comeet.co/jobs/E9.008/35.C68/apply?token=9E845581DB8009E83B7027A001DB8', { kind: 'comeet', token: 'E9.008|9E845581DB8009E83B7027A001DB8', filter: null }],
  ])('recognises %s', (url, expected) => {
    expect(detectFromUrl(url)).toEqual(expected);
  });

  it.each([
    'https://www.comeet.com/', 'https://www.comeet.com/jobs', 'https://www.comeet.com/jobs/mwdn', 'https://www.comeet.com/jobs/mwdn/careers',
    'https://www.comeet.com/resources/blog', 'https://www.comeet.co/careers-api/api.js', 'https://www.comeet.co/careers-api/2.0/company/61.005/positions',
    'https://www.comeet.co/jobs/E9.008/35.C68/apply', 'https://comeet.example.com/jobs/mwdn/61.005',
  ])('names no board: %s', (url) => {
    expect(detectFromUrl(url)).toBeNull();
  });

  it('reads the UID and token from the careers widget, whatever its quoting; a template placeholder is no token', () => {
    const widget = `<script>window.comeetInit = function() { COMEET.init({
        "token":       "45B15C715C78B6273322D88B6D111A22D11",
        "company-uid": "54.00B", "company-name": "uala", "thankyou-token": "x" }); };
      (function(d, s, id) { var js = d.createElement(s); js.src = "//www.comeet.co/careers-api/api.js"; }(document, 'script', 'comeet-jsapi'));</script>`;
    expect(detectFromHtml(widget, 'https://www.uala.com.ar/sumate')).toEqual({ source: { kind: 'comeet', token: '54.00B|45B15C715C78B6273322D88B6D111A22D11', filter: null } });
    const bare = "<script>COMEET.init({ 'css-options': {'size': 14}, token: 'FEDCBA9876543210FE', 'company-uid': 'f6.007' });</script>";
    expect(detectFromHtml(bare, 'https://acme.example/careers')?.source.token).toBe('F6.007|FEDCBA9876543210FE');
    const placeholder = '<script>COMEET.init({ "token": "${process.env.NEXT_PUBLIC_COMEET_TOKEN}", "company-uid": "${process.env.UID}" })</script>';
    expect(detectFromHtml(placeholder, 'https://acme.example/careers')).toBeNull();
  });

  it('reads a hosted page served on the company\'s own domain (COMPANY_DATA), and links to hosted positions', () => {
    const hosted = '<script>COMPANY_DATA = {"company_uid": "D6.000", "token": "6D02A1B2C3", "slug": "quantummachines"};</script>';
    expect(detectFromHtml(hosted, 'https://careers.quantum-machines.co/')?.source).toEqual({ kind: 'comeet', token: 'D6.000|6D02A1B2C3', filter: null });
    const link = '<a href="https://www.comeet.com/jobs/mwdn/61.005/backend-software-engineer-intern/8A.26E-E5.60A?coref=1.1.u1">Apply</a>';
    expect(detectFromHtml(link, 'https://www.mwdn.com/careers')?.source).toEqual({ kind: 'comeet', token: 'mwdn/61.005', filter: null });
    expect(detectFromHtml('<script src="https://www.comeet.co/careers-api/api.js"></script>', 'https://acme.example/careers')).toBeNull();
  });

  it('the API URL\'s own token and details are no filter; anything else pasted is, and the API cannot apply it', () => {
    expect(detectFromUrl('https://www.comeet.co/careers-api/2.0/company/61.005/positions?token=tok_123&details=true')!.filter).toBeNull();
    const d = detectFromUrl('https://www.comeet.com/jobs/mwdn/61.005?department=Engineering')!;
    expect(unappliedFilter(d)).toEqual(['department']);
  });
});
