import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl, unappliedFilter } from '../../src/scrape/detect.js';
import { filterFromUrl } from '../../src/scrape/sourceFilter.js';
import { boardToken } from '../../src/scrape/boardToken.js';
import { REAL_COMPANIES_FILE } from '../helpers/seed.js';

const companies = JSON.parse(readFileSync(REAL_COMPANIES_FILE, 'utf8')) as { companyID: string; careers_url: string }[];

describe('source detection from the careers URL', () => {
  it('recognises the ATS boards among the 111 companies of the original app, and only those', () => {
    const detected = Object.fromEntries(companies.flatMap((c) => {
      const d = detectFromUrl(c.careers_url);
      return d ? [[c.companyID, { kind: d.kind, token: d.token }]] : [];
    }));
    expect(detected).toEqual({
      clipboard_health: { kind: 'greenhouse', token: 'clipboardhealth' }, sourcegraph: { kind: 'greenhouse', token: 'sourcegraph91' },
      runway: { kind: 'greenhouse', token: 'runwayml' }, openzeppelin: { kind: 'greenhouse', token: 'openzeppelin' },
      envato: { kind: 'lever', token: 'envato-2' }, hotjar: { kind: 'lever', token: 'contentsquare' }, sonatype: { kind: 'lever', token: 'sonatype' },
      contentsquare: { kind: 'lever', token: 'contentsquare' },
      deel: { kind: 'ashby', token: 'Deel' }, kraken: { kind: 'ashby', token: 'kraken.com' }, mural: { kind: 'ashby', token: 'mural' },
      elevate_labs: { kind: 'ashby', token: 'elevate-labs' }, cinder: { kind: 'ashby', token: 'cinder' }, revenuecat: { kind: 'ashby', token: 'revenuecat' },
      red_hat: { kind: 'workday', token: 'redhat.wd5/jobs' },
      requis: { kind: 'breezy', token: 'requis' }, time_doctor: { kind: 'breezy', token: 'time-doctor' }, timezest: { kind: 'breezy', token: 'www-timezest-com' },
      tldv: { kind: 'notion', token: 'tldv.notion.site/8da9921dfaaa40d68450790a09d81efe' },
      pocket_worlds: { kind: 'notion', token: 'pocketworlds.notion.site/ae368383a74e4d75a7cb751e4de7644b' },
      jamie: { kind: 'notion', token: 'meetjamie.notion.site/6078dad30d2847ae873f5c272766e1a0' },
    });
    // Ashby's own marketing site is not an Ashby board
    expect(detectFromUrl('https://www.ashbyhq.com/careers?ashby_department_id=1')).toBeNull();
  });

  it('keeps the filter each of those users pasted, without tracking parameters, and every filter can be applied', () => {
    const filters = Object.fromEntries(companies.flatMap((c) => {
      const d = detectFromUrl(c.careers_url);
      return d?.filter ? [[c.companyID, d.filter]] : [];
    }));
    expect(filters).toEqual({
      clipboard_health: { departments: ['4013035004'] }, runway: { departments: ['4010359005'] },
      envato: { department: ['Technology'], team: ['Engineering'] },
      hotjar: { department: ['Engineering, Product, and Design'], workplaceType: ['remote'] },
      contentsquare: { department: ['Engineering, Product, and Design'], workplaceType: ['remote'] },
      sonatype: { workplaceType: ['remote'] },
      deel: { departmentId: ['8c27e7fa-f898-4de1-adf6-70c67c1e1c11'] }, kraken: { departmentId: ['5f67bd79-103b-4ac1-8d79-952b45ea47c9'] },
      elevate_labs: { departmentId: ['7a1bb605-c947-4052-8e02-a8e143d238be'] }, cinder: { departmentId: ['98ef73a4-44ab-4e81-a372-093920ab79cc'] },
      revenuecat: { departmentId: ['8dcde971-b533-404f-8e67-e94e5f89b590'] },
      red_hat: { c: ['48e76bf7cb5510011a9542195ab40001'], d: ['c18026e77576010f6ef6126f4e43ec4a'] },
      time_doctor: { department: ['Product Engineering'] },
    });
    for (const c of companies) {
      const d = detectFromUrl(c.careers_url);
      if (d) expect(unappliedFilter(d), c.companyID).toEqual([]);
    }
  });

  it.each([
    ['https://job-boards.eu.greenhouse.io/acme', { kind: 'greenhouse', token: 'eu:acme', filter: null }],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', { kind: 'greenhouse', token: 'acme', filter: null }],
    ['https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true', { kind: 'greenhouse', token: 'acme', filter: null }],
    ['https://jobs.eu.lever.co/acme/123', { kind: 'lever', token: 'eu:acme', filter: null }],
    ['https://acme.workable.com/', { kind: 'workable', token: 'acme', filter: null }],
    ['https://acme.recruitee.com/o/dev', { kind: 'recruitee', token: 'acme', filter: null }],
    ['https://jobs.smartrecruiters.com/Acme1/123-dev', { kind: 'smartrecruiters', token: 'Acme1', filter: null }],
    ['https://acme.jobs.personio.com/job/9', { kind: 'personio', token: 'acme.jobs.personio.com', filter: null }],
    ['https://acme.wd12.myworkdayjobs.com/Careers', { kind: 'workday', token: 'acme.wd12/Careers', filter: null }],
    ['https://acme.eightfold.ai/careers?domain=acme.com', { kind: 'eightfold', token: 'acme.eightfold.ai|acme.com', filter: null }],
  ])('%s', (url, expected) => expect(detectFromUrl(url)).toEqual(expected));

  it('vendor hosts and paths are never board tokens', () => {
    for (const url of [
      'https://www.breezy.hr/', 'https://app.breezy.hr/signup', 'https://apply.workable.com/j/8A1B2C3D4E/', 'https://www.workable.com/',
      'https://api.recruitee.com/', 'https://jobs.lever.co/', 'https://boards.greenhouse.io/embed/job_board', 'https://jobs.ashbyhq.com/api/non-user-graphql',
      'https://help.recruitee.com/en', 'https://jobs.lever.co/%2e%2e', 'not a url',
    ]) expect(detectFromUrl(url), url).toBeNull();
    expect(boardToken('WWW')).toBeNull();
    expect(boardToken('www-timezest-com')).toBe('www-timezest-com');
  });
});

describe('source detection from what a careers page carries', () => {
  const page = 'https://acme.example/careers';
  it.each([
    ['Greenhouse embed script', '<div id="grnhse_app"></div><script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script>', 'greenhouse', 'acme'],
    ['Greenhouse iframe (rendered)', '<iframe id="grnhse_iframe" src="https://job-boards.greenhouse.io/embed/job_board?for=acme&amp;b=https%3A%2F%2Facme.example"></iframe>', 'greenhouse', 'acme'],
    ['Greenhouse API call in inline JS', '<script>fetch("https://boards-api.greenhouse.io/v1/boards/acme/jobs?content=true")</script><a href="?gh_jid=1">x</a>', 'greenhouse', 'acme'],
    ['Lever postings API', '<script>$.get("https://api.lever.co/v0/postings/acme?mode=json")</script>', 'lever', 'acme'],
    ['Lever jobs embed', '<script>window.leverJobsOptions = {accountName: \'acme\', includeCss: true};</script>', 'lever', 'acme'],
    ['Lever job links', '<a href="https://jobs.lever.co/acme/abc">Engineer</a>', 'lever', 'acme'],
    ['Ashby embed', '<div id="ashby_embed"></div><script src="https://jobs.ashbyhq.com/Acme/embed?version=2"></script>', 'ashby', 'Acme'],
    ['Ashby posting API', '<script>fetch("https://api.ashbyhq.com/posting-api/job-board/Acme")</script>', 'ashby', 'Acme'],
    ['Workable widget links (rendered .whr-items)', '<ul class="whr-items"><li class="whr-item"><a href="https://apply.workable.com/vandelay/j/A1B2C3D4E5/">Engineer</a></li></ul>', 'workable', 'vandelay'],
    ['Workday links', '<a href="https://acme.wd5.myworkdayjobs.com/en-US/Ext/job/1">x</a>', 'workday', 'acme.wd5/Ext'],
    ['Recruitee', '<a href="https://kramerica.recruitee.com/o/dev">Dev</a>', 'recruitee', 'kramerica'],
  ])('%s', (_name, html, kind, token) => expect(detectFromHtml(html, page)?.source).toMatchObject({ kind, token }));

  it('traps: vendor footers, short links and marketing pages name no board', () => {
    for (const html of [
      '<footer>Powered by <a href="https://www.breezy.hr/?utm_source=x">Breezy</a></footer>',
      '<a href="https://apply.workable.com/j/8A1B2C3D4E/">Apply</a><script>whr_embed(407621, {detail: "titles"})</script>',
      '<a href="https://www.workable.com/">Workable</a><a href="https://www.greenhouse.io/">Greenhouse</a>',
      '<a href="https://app.recruitee.com/">Recruitee</a><a href="https://jobs.lever.co/">Lever</a>',
      '<a href="/jobs/1">Engineer</a>',
    ]) expect(detectFromHtml(html, page), html).toBeNull();
  });

  it('a page\'s filter is carried over to the board it embeds, or the page is kept', () => {
    const ashbyPage = 'https://www.ashbyhq.com/careers?ashby_department_id=2c32d70f-d7cb-4a06-bd87-048084e3eb10&utm_source=x';
    const embed = '<script src="https://jobs.ashbyhq.com/ashby/embed?version=2"></script>';
    expect(detectFromHtml(embed, ashbyPage, filterFromUrl(new URL(ashbyPage)))).toEqual({
      source: { kind: 'ashby', token: 'ashby', filter: { departmentId: ['2c32d70f-d7cb-4a06-bd87-048084e3eb10'] } },
    });
    const miro = 'https://miro.com/careers/open-positions/?department=4099198002';
    const found = detectFromHtml('<script src="https://boards.greenhouse.io/embed/job_board/js?for=realtimeboardglobal"></script>', miro, filterFromUrl(new URL(miro)));
    expect(found?.filterNotCarried).toMatch(/cannot be carried over/);
  });

  it('Eightfold behind a branded host: its assets and domain give it away', () => {
    expect(detectFromHtml('<link href="https://static.vscdn.net/images/careers/demo/eightfold/x.css"><script>var cfg={"domain": "acme.com"}</script>',
      'https://careers.acme.com/careers')?.source).toEqual({ kind: 'eightfold', token: 'careers.acme.com|acme.com', filter: null });
  });
});
