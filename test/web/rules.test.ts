// The dashboard's pure rules: the profile form and back, the next states of an application, the slug
// offered for a pasted URL, listen addresses, socket activation's variables, and the exposure warning.
import { describe, expect, it } from 'vitest';
import { validateProfile } from '../../src/analyze/profile.js';
import { suggestCompanyNames } from '../../src/companies/manage.js';
import { loadConfig, parseListen } from '../../src/config/config.js';
import { APPLICATION_STATUSES } from '../../src/db/enums.js';
import { nextStatuses, STATUS_WORDS } from '../../src/matches/states.js';
import { dashboardUrl, exposureWarning } from '../../src/cli/commands/web.js';
import { profileFromFields, profileToFields } from '../../src/web/profileForm.js';
import { isLoopback, socketFromSystemd } from '../../src/web/server.js';

describe('the profile as a form', () => {
  const stored = {
    name: 'Alice', titles: ['Backend Engineer', 'Platform Engineer'], skills: ['TypeScript', 'SQL'], seniority: 'senior', yearsOfExperience: 9,
    logistics: { currentResidence: { city: 'Amsterdam', countryCode: 'NL' }, willingToRelocate: false, workAuthorization: [{ region: 'EU', status: 'citizen' }], maxCommuteKm: 30 },
    languages: [{ language: 'English', level: 'C1' }, { language: 'Dutch', level: 'native' }],
    preferences: { jobTypes: ['full-time'], workEnvironments: ['remote', 'hybrid'], exclusions: { industries: ['gambling'], titles: ['intern'] } },
    // The floor's keys the form does not show (how far under it excludes, a contract rate stated apart) stay as stored.
    salaryFloor: { amount: 70000, currency: 'EUR', period: 'year', excludeBelowPercent: 10, contract: { amount: 600, currency: 'EUR', period: 'day' } },
    derivedFrom: 'cv',
  };

  it('a stored profile shown as fields and saved unchanged comes back the same, keys the form does not show kept, derivedFrom dropped', () => {
    const fields = profileToFields(stored);
    expect(fields.titles).toBe('Backend Engineer, Platform Engineer');
    expect(fields.languages).toBe('English: C1\nDutch: native');
    const back = profileFromFields(fields, stored);
    const { derivedFrom: _d, ...own } = stored;
    expect(back).toEqual(own);
    expect(validateProfile(back).ok).toBe(true);
    // A day rate is a period the form offers too.
    expect(profileFromFields({ ...fields, salaryAmount: '650', salaryPeriod: 'day' }, stored).salaryFloor)
      .toEqual({ ...stored.salaryFloor, amount: 650, period: 'day' });
  });

  it('typed values become the profile shape: lists split on commas and lines, empty fields left out', () => {
    const p = profileFromFields({
      titles: 'SRE,\nDevOps Engineer', skills: '', seniority: '', city: 'Berlin', willingToRelocate: 'yes', languages: 'German: B2\nEnglish',
      workAuthorization: 'Germany', jobTypes: ['full-time', 'contract'], salaryAmount: '5000', salaryCurrency: 'eur', salaryPeriod: 'month',
    }, null);
    expect(p).toEqual({
      titles: ['SRE', 'DevOps Engineer'],
      logistics: { currentResidence: { city: 'Berlin' }, willingToRelocate: true, workAuthorization: [{ region: 'Germany', status: 'authorized' }] },
      languages: [{ language: 'German', level: 'B2' }, { language: 'English', level: '' }],
      preferences: { jobTypes: ['full-time', 'contract'] },
      salaryFloor: { amount: 5000, currency: 'EUR', period: 'month' },
    });
    // The level left out is named by the validation, with the field.
    const checked = validateProfile(p);
    expect(checked.ok).toBe(false);
    expect(!checked.ok && checked.message).toMatch(/^languages\.1\.level: /);
  });
});

describe('application states', () => {
  it('every state has words and its next states; "Not for me" is discarded', () => {
    for (const s of APPLICATION_STATUSES) {
      expect(STATUS_WORDS[s]).toBeTruthy();
      for (const n of nextStatuses(s)) expect(APPLICATION_STATUSES).toContain(n);
    }
    expect(STATUS_WORDS.discarded).toBe('Not for me');
    expect(nextStatuses('want_to_apply')[0]).toBe('applied');
    expect(nextStatuses('offer_received')).toEqual(['offer_accepted', 'offer_declined']);
  });
});

describe('a pasted careers URL', () => {
  it('offers the board token, else the distinctive part of the host', () => {
    expect(suggestCompanyNames('https://boards.greenhouse.io/acme', 'acme')).toEqual({ slug: 'acme', name: 'Acme' });
    expect(suggestCompanyNames('https://acme.wd5.myworkdayjobs.com/External', 'acme.wd5/External')).toEqual({ slug: 'acme', name: 'Acme' });
    expect(suggestCompanyNames('https://careers.initech-labs.com/jobs', null)).toEqual({ slug: 'initech-labs', name: 'Initech Labs' });
    expect(suggestCompanyNames('https://www.globex.co.uk/careers', null).slug).toBe('globex');
    expect(suggestCompanyNames('http://127.0.0.1:8080/careers', null).slug).toBe('company');
  });
});

describe('listening', () => {
  it('parses ADDRESS:PORT, IPv6 in brackets, and refuses anything else', () => {
    expect(parseListen('127.0.0.1:8377')).toEqual({ host: '127.0.0.1', port: 8377 });
    expect(parseListen('[::1]:80')).toEqual({ host: '::1', port: 80 });
    expect(parseListen('0.0.0.0:0')).toEqual({ host: '0.0.0.0', port: 0 });
    for (const bad of ['8377', 'localhost', '::1:80', '1.2.3.4:65536', '1.2.3.4:-1', 'a b:1']) expect(parseListen(bad), bad).toBeNull();
  });

  it('takes the socket only when LISTEN_PID names this process', () => {
    expect(socketFromSystemd({ LISTEN_FDS: '1', LISTEN_PID: '42' }, 42)).toBe(3);
    expect(socketFromSystemd({ LISTEN_FDS: '1', LISTEN_PID: '41' }, 42)).toBeNull();
    expect(socketFromSystemd({ LISTEN_FDS: '0', LISTEN_PID: '42' }, 42)).toBeNull();
    expect(socketFromSystemd({}, 42)).toBeNull();
  });

  it('warns off loopback unless HTTPS is in front; names the address a phone opens', () => {
    const plain = loadConfig({ env: {} });
    expect(isLoopback('127.0.0.1') && isLoopback('::1') && !isLoopback('0.0.0.0') && !isLoopback('192.168.1.5')).toBe(true);
    expect(exposureWarning('127.0.0.1', plain)).toBeNull();
    expect(exposureWarning('0.0.0.0', plain)).toMatch(/clear text/);
    expect(exposureWarning('0.0.0.0', loadConfig({ env: { SCOUTLY_WEB_TRUSTED_PROXIES: '127.0.0.1' } }))).toBeNull();
    expect(exposureWarning('0.0.0.0', loadConfig({ env: { SCOUTLY_WEB_URL: 'https://pi.example.ts.net' } }))).toBeNull();
    expect(dashboardUrl(plain)).toBe('http://127.0.0.1:8377');
    expect(dashboardUrl(loadConfig({ env: { SCOUTLY_WEB_URL: 'https://pi.example.ts.net/' } }))).toBe('https://pi.example.ts.net');
    expect(dashboardUrl(plain, { host: '::1', port: 9000 })).toBe('http://[::1]:9000');
  });

  it('the web variables are checked and named', () => {
    expect(() => loadConfig({ env: { SCOUTLY_WEB_IDLE: 'soon' } })).toThrow(/SCOUTLY_WEB_IDLE/);
    expect(() => loadConfig({ env: { SCOUTLY_WEB_URL: 'ftp://x' } })).toThrow(/SCOUTLY_WEB_URL/);
    expect(() => loadConfig({ env: { SCOUTLY_WEB_TRUSTED_PROXIES: '127.0.0.1,proxy.lan' } })).toThrow(/SCOUTLY_WEB_TRUSTED_PROXIES: .*proxy\.lan/);
    expect(loadConfig({ env: { SCOUTLY_WEB_IDLE: '90s' } }).web.idleMs).toBe(90_000);
  });
});
