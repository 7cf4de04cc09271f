import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl } from '../../src/scrape/detect.js';
import { SHARED_COMPANIES } from '../helpers/seed.js';

describe('source detection from the careers URL', () => {
  it('recognises the ATS boards among the 111 companies of the original app, and only those', () => {
    const companies = JSON.parse(readFileSync(SHARED_COMPANIES, 'utf8')) as { companyID: string; careers_url: string }[];
    const detected = Object.fromEntries(companies.map((c) => [c.companyID, detectFromUrl(c.careers_url)]).filter(([, d]) => d !== null));
    expect(detected).toEqual({
      clipboard_health: { kind: 'greenhouse', token: 'clipboardhealth' }, sourcegraph: { kind: 'greenhouse', token: 'sourcegraph91' },
      runway: { kind: 'greenhouse', token: 'runwayml' }, openzeppelin: { kind: 'greenhouse', token: 'openzeppelin' },
      envato: { kind: 'lever', token: 'envato-2' }, hotjar: { kind: 'lever', token: 'contentsquare' }, sonatype: { kind: 'lever', token: 'sonatype' },
      contentsquare: { kind: 'lever', token: 'contentsquare' },
      deel: { kind: 'ashby', token: 'Deel' }, kraken: { kind: 'ashby', token: 'kraken.com' }, mural: { kind: 'ashby', token: 'mural' },
      elevate_labs: { kind: 'ashby', token: 'elevate-labs' }, cinder: { kind: 'ashby', token: 'cinder' }, revenuecat: { kind: 'ashby', token: 'revenuecat' },
      red_hat: { kind: 'workday', token: 'redhat.wd5/jobs' },
      requis: { kind: 'breezy', token: 'requis' }, time_doctor: { kind: 'breezy', token: 'time-doctor' }, timezest: { kind: 'breezy', token: 'www-timezest-com' },
    });
    // Ashby's own marketing site is not an Ashby board
    expect(detectFromUrl('https://www.ashbyhq.com/careers?ashby_department_id=1')).toBeNull();
  });

  it.each([
    ['https://job-boards.eu.greenhouse.io/acme', { kind: 'greenhouse', token: 'eu:acme' }],
    ['https://boards.greenhouse.io/embed/job_board?for=acme', { kind: 'greenhouse', token: 'acme' }],
    ['https://jobs.eu.lever.co/acme/123', { kind: 'lever', token: 'eu:acme' }],
    ['https://acme.workable.com/', { kind: 'workable', token: 'acme' }],
    ['https://acme.recruitee.com/o/dev', { kind: 'recruitee', token: 'acme' }],
    ['https://jobs.smartrecruiters.com/Acme1/123-dev', { kind: 'smartrecruiters', token: 'Acme1' }],
    ['https://acme.jobs.personio.com/job/9', { kind: 'personio', token: 'acme.jobs.personio.com' }],
    ['https://acme.wd12.myworkdayjobs.com/Careers', { kind: 'workday', token: 'acme.wd12/Careers' }],
  ])('%s', (url, expected) => expect(detectFromUrl(url)).toEqual(expected));

  it('refuses tokens outside a strict charset', () => {
    expect(detectFromUrl('https://jobs.lever.co/%2e%2e')).toBeNull();
    expect(detectFromUrl('not a url')).toBeNull();
  });
});

describe('source detection from ATS fingerprints in a page', () => {
  it.each([
    ['<script src="https://boards.greenhouse.io/embed/job_board/js?for=acme"></script><div id="grnhse_app"></div>', { kind: 'greenhouse', token: 'acme' }],
    ['<a href="https://jobs.lever.co/acme/abc">Engineer</a>', { kind: 'lever', token: 'acme' }],
    ['<iframe src="https://jobs.ashbyhq.com/Acme/embed"></iframe>', { kind: 'ashby', token: 'Acme' }],
    ['<a href="https://acme.wd5.myworkdayjobs.com/en-US/Ext/job/1">x</a>', { kind: 'workday', token: 'acme.wd5/Ext' }],
  ])('%s', (page, expected) => expect(detectFromHtml(page)).toEqual(expected));

  it('finds nothing on a plain page', () => expect(detectFromHtml('<a href="/jobs/1">Engineer</a>')).toBeNull());
});
