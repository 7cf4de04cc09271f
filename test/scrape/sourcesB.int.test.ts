// Softgarden and Comeet through whole ticks: boards named by careers URLs and found on companies' own pages,
// read from the stand-in farm serving genuine samples with each vendor's semantics (Comeet's token from the
// hosted page, `details` only when asked), and boards whose answers lost a field. Real SQLite, real HTTP.
import { describe, expect, it } from 'vitest';
import { pinCompanySource } from '../../src/companies/repo.js';
import { useFarmTicks } from '../helpers/farmTicks.js';
import { SOFTGARDEN_FEED } from '../helpers/farm/softgarden.js';
import { COMEET_COMPANIES } from '../helpers/farm/comeet.js';

const t = useFarmTicks(Date.UTC(2026, 11, 5, 8));
const { tick, track } = t;
const companyRow = (slug: string) => t.store().sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  last_error_kind AS errorKind, consecutive_failures AS failures, drift_note AS drift FROM companies WHERE slug = ?`).get(slug);
const postings = () => t.store().sqlite.prepare(`SELECT posting_key AS key, title, url, location, workplace_type AS workplace, department,
  description_text AS description, published_at AS publishedAt FROM postings WHERE closed_at IS NULL ORDER BY posting_key`).all();
const apiRequests = (prefix: string) => t.farm.server.requests.filter((r) => r.url.startsWith(prefix)).map((r) => new URL(r.url, 'http://x'));

/** The genuine Softgarden feed with its JobPostings changed by `edit`. */
function editedFeed(edit: (item: Record<string, unknown>, index: number) => void): string {
  const feed = JSON.parse(SOFTGARDEN_FEED) as { dataFeedElement: { item: Record<string, unknown> }[] };
  feed.dataFeedElement.forEach((e, i) => edit(e.item, i));
  return JSON.stringify(feed);
}

describe('Softgarden', () => {
  it('a career site URL is read from its feed: places from the postal addresses, descriptions as text, dates', async () => {
    track('abeking', 'https://abeking.career.softgarden.de/');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 2 } } });
    expect(companyRow('abeking')).toMatchObject({ kind: 'softgarden', token: 'abeking', origin: 'url', errorKind: null });
    expect(postings()).toEqual([
      { key: 'id:1', title: 'Fertigungskoordinator (m/w/d)', url: 'https://abeking.career.softgarden.de/jobs/1/Fertigungskoordinator-m-w-d',
        location: 'Berlin, Deutschland; Paris, France', workplace: null, department: null, description: 'Build ships with an experienced team.',
        publishedAt: Date.parse('2026-07-20T16:37:48.875+02:00') },
      { key: 'id:60111660', title: 'Fertigungskoordinator (m/w/d)', url: 'https://abeking.career.softgarden.de/jobs/60111660/Fertigungskoordinator-m-w-d',
        location: 'Emden, Niedersachsen, Deutschland', workplace: null, department: null, description: 'Build ships with an experienced team.',
        publishedAt: Date.parse('2026-07-20T16:37:48.875+02:00') },
    ]);
  });

  it('a company page linking to its career site: the feed is read at once and remembered as found on the page', async () => {
    t.farm.pages.set('/abeking-karriere', `<h1>Karriere</h1><p>Alle Stellen auf
      <a href="https://abeking.career.softgarden.de/jobs/60111660/Fertigungskoordinator-m-w-d/?jobDbPVId=9">unserer Karriereseite</a>.</p>`);
    track('abeking', `${t.farm.url}/abeking-karriere`);
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 2 } } });
    expect(companyRow('abeking')).toMatchObject({ kind: 'softgarden', token: 'abeking', origin: 'page' });
  });

  it('broken optional fields: the posting is kept without them, with the drift reported', async () => {
    t.farm.pages.set('/softgarden/drifty.career.softgarden.de/jobs.feed.json', editedFeed((item, i) => {
      if (i === 1) Object.assign(item, { jobLocation: 42, datePosted: { at: 'soon' }, identifier: 'one' });
    }));
    track('drifty', 'https://drifty.career.softgarden.de/');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 2 } } });
    expect(postings()).toMatchObject([
      { key: 'id:60111660', location: 'Emden, Niedersachsen, Deutschland' },
      { key: 'url:https://abeking.career.softgarden.de/jobs/1/Fertigungskoordinator-m-w-d', location: null, publishedAt: null },
    ]);
    const { drift } = companyRow('drifty') as { drift: string };
    expect(drift).toMatch(/^softgarden board drifty: 1 posting kept without item\.datePosted \(.+\); 1 posting kept without item\.identifier \(.+\); 1 posting kept without item\.jobLocation \(.+\)$/);
  });

  it('a board set by hand that is no tenant name fails at once, saying how to set it again', async () => {
    const id = track('typo', 'https://typo.example.com/careers');
    pinCompanySource(t.store(), id, { kind: 'softgarden', token: 'abeking/../x', origin: 'user' }, undefined, t.clock.now());
    const before = t.farm.server.requests.length;
    await tick();
    expect(t.store().sqlite.prepare('SELECT last_error_kind AS kind, last_error AS message FROM companies WHERE slug = ?').get('typo')).toEqual({
      kind: 'invalid_payload', message: expect.stringMatching(/TENANT of TENANT\.career\.softgarden\.de; set it again/),
    });
    expect(t.farm.server.requests).toHaveLength(before);
  });

  it('a feed whose postings lost their titles is extraction drift, and nothing is stored', async () => {
    t.farm.pages.set('/softgarden/gone.career.softgarden.de/jobs.feed.json', editedFeed((item) => delete item.title));
    track('gone', 'https://gone.career.softgarden.de/');
    expect(await tick()).toMatchObject({ summary: { succeeded: 0 } });
    expect(companyRow('gone')).toMatchObject({ kind: 'softgarden', errorKind: 'extraction_drift', failures: 1 });
    expect(postings()).toEqual([]);
  });
});

describe('Comeet', () => {
  it('a hosted careers URL: the token from the hosted page, the list with details from the Careers API; internal positions skipped', async () => {
    track('mwdn', 'https://www.comeet.com/jobs/mwdn/61.005');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 1 } } });
    expect(companyRow('mwdn')).toMatchObject({ kind: 'comeet', token: 'mwdn/61.005', origin: 'url', errorKind: null });
    expect(postings()).toEqual([{
      key: 'id:8A.26E-E5.60A', title: 'Backend Software Engineer Intern, AI Infrastructure',
      url: 'https://www.comeet.com/jobs/mwdn/61.005/backend-software-engineer-intern/8A.26E-E5.60A', location: 'Remote US',
      workplace: 'Remote', department: 'Engineering', publishedAt: Date.parse('2026-06-21T15:43:11Z'),
      description: 'Description\nBuild backend services and LLM evaluation tooling.\n\nRequirements\nInternship candidates graduating in 2026.',
    }]);
    const asked = apiRequests('/comeet/www.comeet.co/').at(-1)!;
    expect([asked.searchParams.get('token'), asked.searchParams.get('details')]).toEqual(['tok_123', 'true']);
  });

  it('the careers widget on a company\'s own page gives UID and token: the list is read at once, remembered as found on the page', async () => {
    const { token } = COMEET_COMPANIES['30.005']!;
    t.farm.pages.set('/company-careers', `<h1>Join us</h1><div class="comeet-outer"></div><script type="text/javascript">
      window.comeetInit = function() { COMEET.init({ "token": "${token}", "company-uid": "30.005", "company-name": "Company Name" }); };
      (function(d, s, id) { var js = d.createElement(s); js.id = id; js.src = "//www.comeet.co/careers-api/api.js";
        d.body.appendChild(js); }(document, 'script', 'comeet-jsapi'));</script>`);
    track('companyname', `${t.farm.url}/company-careers`);
    const hostedBefore = apiRequests('/comeet/www.comeet.com/').length;
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { counters: { postingsNew: 1 } } });
    expect(companyRow('companyname')).toMatchObject({ kind: 'comeet', token: `30.005|${token}`, origin: 'page' });
    expect(postings()).toEqual([{
      key: 'id:87.405', title: 'Account Executive, Austin', url: 'https://www.comeet.co/jobs/companyname/30.005/account-executive-austin/87.405',
      location: null, workplace: 'Remote', department: 'Sales', description: null, publishedAt: Date.parse('2017-05-26T14:22:46Z'),
    }]);
    expect(apiRequests('/comeet/www.comeet.com/')).toHaveLength(hostedBefore); // the widget's token needs no hosted page
  });

  it('a hosted page that no longer carries the company\'s UID and token, or carries another company\'s, is extraction drift', async () => {
    t.farm.pages.set('/comeet/www.comeet.com/jobs/gone/AB.123', '<h1>Careers</h1><div ng-view></div>');
    t.farm.pages.set('/comeet/www.comeet.com/jobs/moved/AB.126', '<script>COMPANY_DATA = {"company_uid": "61.005", "token": "tok_123"};</script>');
    track('gone', 'https://www.comeet.com/jobs/gone/AB.123');
    track('moved', 'https://www.comeet.com/jobs/moved/AB.126');
    const listsBefore = apiRequests('/comeet/www.comeet.co/').length;
    expect(await tick()).toMatchObject({ summary: { succeeded: 0 } });
    expect(companyRow('gone')).toMatchObject({ kind: 'comeet', errorKind: 'extraction_drift', failures: 1 });
    expect(companyRow('moved')).toMatchObject({ kind: 'comeet', errorKind: 'extraction_drift', failures: 1 });
    expect(apiRequests('/comeet/www.comeet.co/')).toHaveLength(listsBefore); // no list read with another company's token
  });

  it('a board set by hand in neither form fails at once, saying which forms there are and how to set it again', async () => {
    const id = track('typo', 'https://typo.example.com/careers');
    pinCompanySource(t.store(), id, { kind: 'comeet', token: 'mwdn', origin: 'user' }, undefined, t.clock.now());
    const before = apiRequests('/comeet/').length;
    await tick();
    expect(t.store().sqlite.prepare('SELECT last_error_kind AS kind, last_error AS message FROM companies WHERE slug = ?').get('typo')).toEqual({
      kind: 'invalid_payload', message: expect.stringMatching(/SLUG\/UID .*or UID\|TOKEN; set it again with `scoutly companies set-source/),
    });
    expect(apiRequests('/comeet/')).toHaveLength(before);
  });

  it('a position with broken optional fields is kept, with the drift reported; positions without names, or without any page URL, are extraction drift', async () => {
    const hosted = (uid: string) => `<script>COMPANY_DATA = {"company_uid": "${uid}", "token": "T0K", "slug": "x"};</script>`;
    const [position] = COMEET_COMPANIES['61.005']!.positions() as Record<string, unknown>[];
    t.farm.pages.set('/comeet/www.comeet.com/jobs/odd/AB.124', hosted('AB.124'));
    t.farm.pages.set('/comeet/www.comeet.co/careers-api/2.0/company/AB.124/positions', JSON.stringify([
      { ...position, location: 'Tel Aviv', details: 'soon' }, { ...position, uid: '8A.26E-E5.61B', is_internal: true }, // for employees only
    ]));
    t.farm.pages.set('/comeet/www.comeet.com/jobs/nameless/AB.125', hosted('AB.125'));
    t.farm.pages.set('/comeet/www.comeet.co/careers-api/2.0/company/AB.125/positions', JSON.stringify([{ ...position, name: null }]));
    const { url_comeet_hosted_page: _hosted, url_active_page: _active, ...unlinked } = position!;
    t.farm.pages.set('/comeet/www.comeet.com/jobs/unlinked/AB.127', hosted('AB.127'));
    t.farm.pages.set('/comeet/www.comeet.co/careers-api/2.0/company/AB.127/positions', JSON.stringify([unlinked]));
    track('odd', 'https://www.comeet.com/jobs/odd/AB.124');
    track('nameless', 'https://www.comeet.com/jobs/nameless/AB.125');
    track('unlinked', 'https://www.comeet.com/jobs/unlinked/AB.127');
    expect(await tick()).toMatchObject({ summary: { succeeded: 1 } });
    expect(postings()).toMatchObject([{ key: 'id:8A.26E-E5.60A', location: null, workplace: 'Remote', description: null }]);
    expect(companyRow('odd')).toMatchObject({ errorKind: null, failures: 0,
      drift: expect.stringMatching(/^comeet board odd\/AB\.124: 1 posting kept without location \(.+\); 1 posting kept without details \(.+\)$/) });
    expect(companyRow('nameless')).toMatchObject({ errorKind: 'extraction_drift', failures: 1 });
    expect(companyRow('unlinked')).toMatchObject({ errorKind: 'extraction_drift', failures: 1 });
  });
});
