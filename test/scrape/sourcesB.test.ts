// Detection of the Softgarden boards: the careers-URL forms each recognises, the fingerprints on a
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
