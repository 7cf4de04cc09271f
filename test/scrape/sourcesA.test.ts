// Set A of the sources issue 26 adds (Rippling, BambooHR, Teamtailor, Jobvite, iCIMS, Pinpoint): which careers
// URLs and page fingerprints name their boards, which filters each applies, and the two HTML readers on the
// vendors' genuine pages (test/fixtures/ats/<vendor>/).
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl, unappliedFilter } from '../../src/scrape/detect.js';
import { parseJobviteBoard } from '../../src/scrape/ats/jobvite.js';
import { parseIcimsPage } from '../../src/scrape/ats/icims.js';
import { MAX_MARKUP_DEPTH } from '../../src/scrape/markup.js';
import { atsFixture } from '../helpers/farm/route.js';

const nested = (depth: number, inner: string, tag = 'div') => `${`<${tag}>`.repeat(depth)}${inner}${`</${tag}>`.repeat(depth)}`;

describe('boards named by careers URLs', () => {
  it.each([
    ['https://ats.rippling.com/rippling/jobs', { kind: 'rippling', token: 'rippling', filter: null }],
    ['https://ats.rippling.com/de-DE/acme/jobs/2f0674e6-f01f-4ecd-b459-e947241c211f', { kind: 'rippling', token: 'acme', filter: null }],
    ['https://api.rippling.com/platform/api/ats/v1/board/acme/jobs', { kind: 'rippling', token: 'acme', filter: null }],
    ['https://acme.bamboohr.com/careers', { kind: 'bamboohr', token: 'acme', filter: null }],
    ['https://acme.bamboohr.com/careers/86', { kind: 'bamboohr', token: 'acme', filter: null }],
    ['https://acme.bamboohr.com/jobs/view.php?id=86', { kind: 'bamboohr', token: 'acme', filter: null }],
    ['https://upcloud.teamtailor.com/jobs', { kind: 'teamtailor', token: 'upcloud.teamtailor.com', filter: null }],
    ['https://upcloud.teamtailor.com/jobs/8323453-business-intelligence-analyst', { kind: 'teamtailor', token: 'upcloud.teamtailor.com', filter: null }],
    ['https://jobs.jobvite.com/feedingamerica/jobs', { kind: 'jobvite', token: 'feedingamerica', filter: null }],
    ['https://jobs.jobvite.com/feedingamerica/job/octxAfww', { kind: 'jobvite', token: 'feedingamerica', filter: null }],
    ['https://jobs.jobvite.com/careers/feedingamerica/jobs', { kind: 'jobvite', token: 'feedingamerica', filter: null }],
    ['https://careers-wipfli.icims.com/jobs/8214/payroll-tax-specialist/job', { kind: 'icims', token: 'careers-wipfli', filter: null }],
    ['https://careers-wipfli.icims.com/jobs/search?ss=1&in_iframe=1&pr=2', { kind: 'icims', token: 'careers-wipfli', filter: null }],
    ['https://careers-wipfli.icims.com/jobs/search?ss=1&searchCategory=21962&searchLocation=12781-12817-Raleigh',
      { kind: 'icims', token: 'careers-wipfli', filter: { searchCategory: ['21962'], searchLocation: ['12781-12817-Raleigh'] } }],
    ['https://workwithus.pinpointhq.com/', { kind: 'pinpoint', token: 'workwithus', filter: null }],
    ['https://workwithus.pinpointhq.com/en/postings/ce6c9e5c-a2d3-42b0-a01e-9edeae315b04', { kind: 'pinpoint', token: 'workwithus', filter: null }],
    ['https://workwithus.pinpointhq.com/postings.json?utm_source=x', { kind: 'pinpoint', token: 'workwithus', filter: null }],
  ])('%s', (url, expected) => expect(detectFromUrl(url)).toEqual(expected));

  it('the vendors\' own sites and apps are no boards', () => {
    for (const url of [
      'https://www.rippling.com/careers', 'https://ats.rippling.com/', 'https://ats.rippling.com/en-GB/', 'https://api.rippling.com/platform/api/companies',
      'https://www.bamboohr.com/careers/', 'https://app.bamboohr.com/login', 'https://www.teamtailor.com/en/', 'https://app.teamtailor.com/companies/x/dashboard',
      'https://jobs.jobvite.com/', 'https://www.jobvite.com/careers/', 'https://www.icims.com/',
      'https://developer.icims.com/', 'https://www.pinpointhq.com/', 'https://developers.pinpointhq.com/docs/jobs-widget-overview',
    ]) expect(detectFromUrl(url), url).toBeNull();
  });

  it('only iCIMS applies a pasted filter itself (its search takes it); the others leave a filtered board to its page', () => {
    expect(unappliedFilter(detectFromUrl('https://careers-wipfli.icims.com/jobs/search?ss=1&searchKeyword=payroll')!)).toEqual([]);
    for (const url of [
      'https://ats.rippling.com/acme/jobs?department=Sales', 'https://acme.bamboohr.com/careers?department=Legal',
      'https://upcloud.teamtailor.com/jobs?department=123', 'https://jobs.jobvite.com/feedingamerica/search?c=Development',
      'https://workwithus.pinpointhq.com/?department=Operations',
    ]) expect(unappliedFilter(detectFromUrl(url)!).length, url).toBeGreaterThan(0);
  });
});

describe('boards a careers page carries', () => {
  const page = 'https://acme.example/careers';
  it.each([
    ['Rippling job links', '<a href="https://ats.rippling.com/acme/jobs/2f0674e6-f01f-4ecd-b459-e947241c211f">Account Executive</a>', 'rippling', 'acme'],
    ['BambooHR embed', '<div id="BambooHR" data-domain="acme.bamboohr.com" data-version="1.0.0"></div><script src="https://acme.bamboohr.com/js/embed.js"></script>', 'bamboohr', 'acme'],
    ['BambooHR embed, script without a scheme', '<div id="BambooHR" data-domain="acme.bamboohr.com"></div><script src="//acme.bamboohr.com/js/embed.js"></script>', 'bamboohr', 'acme'],
    ['Teamtailor job links', '<a href="https://upcloud.teamtailor.com/jobs/7958695-full-stack-developer">Full Stack Developer</a>', 'teamtailor', 'upcloud.teamtailor.com'],
    ['Jobvite job links', '<a href="https://jobs.jobvite.com/feedingamerica/job/octxAfww?nl=0">Manager</a>', 'jobvite', 'feedingamerica'],
    ['iCIMS portal iframe', '<iframe id="icims_content_iframe" src="https://careers-wipfli.icims.com/jobs/search?ss=1&amp;in_iframe=1"></iframe>', 'icims', 'careers-wipfli'],
    ['Pinpoint job links', '<a href="https://workwithus.pinpointhq.com/en/postings/ce6c9e5c-a2d3-42b0-a01e-9edeae315b04">Counsel</a>', 'pinpoint', 'workwithus'],
    ['Pinpoint jobs widget', '<div data-pinpoint-subdomain="workwithus" class="pinpoint-external-jobs-table-widget"></div>', 'pinpoint', 'workwithus'],
  ])('%s', (_name, html, kind, token) => expect(detectFromHtml(html, page)?.source).toEqual({ kind, token, filter: null }));

  it('a Teamtailor career site on the company\'s own domain is read from that domain', () => {
    const site = '<link rel="stylesheet" href="https://assets-aws.teamtailor-cdn.com/assets/careersite.css"><a href="/jobs/1-engineer">Engineer</a>';
    expect(detectFromHtml(site, 'https://careers.acme.example/jobs')?.source).toEqual({ kind: 'teamtailor', token: 'careers.acme.example', filter: null });
  });

  it('a page repeating an unclosed `<link` is looked through for Teamtailor\'s assets in one pass (the capped parser, no pattern)', () => {
    const logo = '<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/x/original.png">';
    expect(detectFromHtml(`${logo}${'<link '.repeat(100_000)}`, page)).toBeNull();
  });

  it('traps: vendor footers, logos and marketing links name no board', () => {
    for (const html of [
      '<footer>Powered by <a href="https://www.icims.com/">iCIMS</a> · <a href="https://www.jobvite.com/">Jobvite</a></footer>',
      '<img src="https://images.teamtailor-cdn.com/images/s3/teamtailor-production/logotype-v3/x/original.png">',
      '<a href="https://www.bamboohr.com/careers/">BambooHR</a><a href="https://www.rippling.com/">Rippling</a><a href="https://www.pinpointhq.com/">Pinpoint</a>',
      '<a href="https://jobs.jobvite.com/">Jobvite</a><a href="https://ats.rippling.com/">Rippling</a>',
    ]) expect(detectFromHtml(html, page), html).toBeNull();
  });
});

describe('the HTML boards, read from their genuine pages', () => {
  it('Jobvite: each job link with the place in its row', () => {
    expect(parseJobviteBoard(atsFixture('jobvite/feedingamerica.html'), 'feedingamerica')).toEqual([
      { sourceId: 'octxAfww', title: 'Manager, Development (Chicago/Hybrid)', url: 'https://jobs.jobvite.com/feedingamerica/job/octxAfww', location: 'Chicago, Illinois' },
      { sourceId: 'ohAzAfwK', title: 'Manager, Technology Vendor Management (Chicago/Hybrid)', url: 'https://jobs.jobvite.com/feedingamerica/job/ohAzAfwK',
        location: 'Chicago, Illinois' },
    ]);
    expect(parseJobviteBoard(atsFixture('jobvite/feedingamerica.html'), 'otherco')).toEqual([]); // another board's links
  });

  it('iCIMS: cards of both layouts, the heading as title, places under their label, the iframe flag dropped from the link', () => {
    expect(parseIcimsPage(atsFixture('icims/wipfli-search.html'), 'careers-wipfli.icims.com')).toEqual([
      { sourceId: '8214', title: 'Payroll Tax Specialist', url: 'https://careers-wipfli.icims.com/jobs/8214/payroll-tax-specialist/job', location: 'US' },
      { sourceId: '8212', title: 'Payroll Support Specialist', url: 'https://careers-wipfli.icims.com/jobs/8212/payroll-support-specialist/job', location: 'US' },
    ]);
    expect(parseIcimsPage(atsFixture('icims/kimley-horn-search.html'), 'careers-kimley-horn.icims.com').map((p) => [p.sourceId, p.title, p.location])).toEqual([
      ['18290', 'Experienced Civil EIT - Land Development', 'US-NV-Las Vegas'],
      ['23448', 'Senior Civil Designer Tech', 'US-NV-Las Vegas'],
    ]);
  });
});

describe('the HTML boards, hostile pages', () => {
  it('read with the depth-capped parser: a job link nested past the cap is not read, the jobs after the nest are', () => {
    const jobvite = `<table><tr><td><a href="/acme/job/one">First</a></td></tr></table>${nested(30_000, '<a href="/acme/job/FORGED">Forged</a>')}
      <table><tr><td><a href="/acme/job/two">Second</a></td><td class="jv-job-list-location">Berlin</td></tr></table>`;
    expect(parseJobviteBoard(jobvite, 'acme').map((p) => [p.sourceId, p.title, p.location])).toEqual([['one', 'First', null], ['two', 'Second', 'Berlin']]);
    const icims = `<div class="row"><a class="iCIMS_Anchor" href="/jobs/1/a/job"><h3>First</h3></a></div>${nested(30_000, '<a class="iCIMS_Anchor" href="/jobs/9/x/job">Forged</a>')}`;
    expect(parseIcimsPage(icims, 'careers-acme.icims.com').map((p) => p.title)).toEqual(['First']);
  });

  it('links nested in one another around a large block each read a bounded part of it for their title', () => {
    const block = '<b>x</b> '.repeat(100_000);
    const links = (href: (i: number) => string) =>
      `<table><tr><td>${Array.from({ length: MAX_MARKUP_DEPTH - 10 }, (_, i) => `<a href="${href(i)}">`).join('')}${block}${'</a>'.repeat(MAX_MARKUP_DEPTH - 10)}</td></tr></table>`;
    const jobs = parseJobviteBoard(links((i) => `/acme/job/j${i}`), 'acme');
    expect(jobs).toHaveLength(MAX_MARKUP_DEPTH - 10);
    // Each title is a line's worth of the block (the stored title keeps 300 characters), not the whole block again.
    expect(Math.max(...jobs.map((j) => j.title.length))).toBeLessThan(20_000);
  });
});
