// Softgarden through whole ticks: boards named by careers URLs and found on companies' own pages, read from
// the stand-in farm serving a genuine sample, and boards whose answers lost a field. Real SQLite, real HTTP.
import { describe, expect, it } from 'vitest';
import { useFarmTicks } from '../helpers/farmTicks.js';
import { SOFTGARDEN_FEED } from '../helpers/farm/softgarden.js';

const t = useFarmTicks(Date.UTC(2026, 11, 5, 8));
const { tick, track } = t;
const companyRow = (slug: string) => t.store().sqlite.prepare(`SELECT source_kind AS kind, source_token AS token, source_origin AS origin,
  last_error_kind AS errorKind, consecutive_failures AS failures FROM companies WHERE slug = ?`).get(slug);
const postings = () => t.store().sqlite.prepare(`SELECT posting_key AS key, title, url, location, workplace_type AS workplace, department,
  description_text AS description, published_at AS publishedAt FROM postings WHERE closed_at IS NULL ORDER BY posting_key`).all();

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

  it('a malformed optional field leaves that field empty and keeps the posting', async () => {
    t.farm.pages.set('/softgarden/drifty.career.softgarden.de/jobs.feed.json', editedFeed((item, i) => {
      if (i === 1) Object.assign(item, { jobLocation: 42, datePosted: { at: 'soon' }, identifier: 'one' });
    }));
    track('drifty', 'https://drifty.career.softgarden.de/');
    expect(await tick()).toMatchObject({ exitCode: 0, summary: { succeeded: 1, counters: { postingsNew: 2 } } });
    expect(postings()).toMatchObject([
      { key: 'id:60111660', location: 'Emden, Niedersachsen, Deutschland' },
      { key: 'url:https://abeking.career.softgarden.de/jobs/1/Fertigungskoordinator-m-w-d', location: null, publishedAt: null },
    ]);
  });

  it('a feed whose postings lost their titles is extraction drift, and nothing is stored', async () => {
    t.farm.pages.set('/softgarden/gone.career.softgarden.de/jobs.feed.json', editedFeed((item) => delete item.title));
    track('gone', 'https://gone.career.softgarden.de/');
    expect(await tick()).toMatchObject({ summary: { succeeded: 0 } });
    expect(companyRow('gone')).toMatchObject({ kind: 'softgarden', errorKind: 'extraction_drift', failures: 1 });
    expect(postings()).toEqual([]);
  });
});
