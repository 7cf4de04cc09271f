// Detection and the pure rules of the set-C sources (Oracle Recruiting Cloud, pages on notion.site; Eightfold's
// PCSX search is found as Eightfold already is): which URLs and pages name a board, the finder Oracle is
// sent, and which blocks of a Notion page are postings — on the genuine record map in test/fixtures/ats/notion.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFromHtml, detectFromUrl, unappliedFilter } from '../../src/scrape/detect.js';
import { oracleFinder } from '../../src/scrape/ats/oracle.js';
import { notionSubPages, type NotionBlock } from '../../src/scrape/ats/notion.js';
import { REAL_COMPANIES_FILE } from '../helpers/seed.js';
import { atsFixture } from '../helpers/atsFarm.js';

const companies = JSON.parse(readFileSync(REAL_COMPANIES_FILE, 'utf8')) as { companyID: string; careers_url: string }[];
const page = 'https://acme.example/careers';

describe('Oracle Recruiting Cloud', () => {
  it.each([
    ['https://efds.fa.em5.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs', 'efds.fa.em5.oraclecloud.com/CX_1', null],
    ['https://fa-epmd-saasfaprod1.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/fr-FR/sites/CX_3001/job/12142', 'fa-epmd-saasfaprod1.fa.ocs.oraclecloud.com/CX_3001', null],
    ['https://ibqbjb.fa.ocs.oraclecloud.com/hcmUI/CandidateExperience/en/sites/Honeywell/requisitions?keyword=engineer&mode=location&sortBy=RELEVANCY',
      'ibqbjb.fa.ocs.oraclecloud.com/Honeywell', { keyword: ['engineer'] }],
    ['https://EFDS.fa.em5.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs?selectedLocationsFacet=300000000425151&utm_source=x',
      'efds.fa.em5.oraclecloud.com/CX_1', { selectedLocationsFacet: ['300000000425151'] }],
  ])('%s', (url, token, filter) => {
    const found = detectFromUrl(url);
    expect(found).toEqual({ kind: 'oracle', token, filter });
    expect(unappliedFilter(found!)).toEqual([]);
  });

  it('only candidate-experience sites on Oracle\'s cloud: not Oracle\'s own pages, not other paths, not bad site names', () => {
    for (const url of [
      'https://www.oracle.com/careers/', 'https://efds.fa.em5.oraclecloud.com/hcmUI/faces/FuseWelcome',
      'https://efds.fa.em5.oraclecloud.com.evil.example/hcmUI/CandidateExperience/en/sites/CX_1/jobs',
      'https://efds.fa.em5.oraclecloud.com/hcmUI/CandidateExperience/en/sites/%3Cx%3E/jobs',
    ]) expect(detectFromUrl(url), url).toBeNull();
  });

  it('a parameter the search does not know is not silently dropped: the page applies it', () => {
    const found = detectFromUrl('https://efds.fa.em5.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/jobs?team=Platform');
    expect(unappliedFilter(found!)).toEqual(['team']);
  });

  it('found on a company\'s own page by its links to the site; a link\'s query string is not the user\'s filter', () => {
    const html = '<a href="https://efds.fa.em5.oraclecloud.com/hcmUI/CandidateExperience/en/sites/CX_1/job/59456?utm_medium=jobshare">Apply</a>';
    expect(detectFromHtml(html, page)?.source).toEqual({ kind: 'oracle', token: 'efds.fa.em5.oraclecloud.com/CX_1', filter: null });
    expect(detectFromHtml('<a href="https://www.oracle.com/careers/">Oracle</a>', page)).toBeNull();
  });

  it('the finder carries the site, the page and the search, free text quoted so its commas stay in the value', () => {
    expect(oracleFinder('CX_1', null, 0)).toBe('findReqs;siteNumber=CX_1,limit=100,offset=0,sortBy=POSTING_DATES_DESC');
    expect(oracleFinder('CX_1', { keyword: ['data, "platform"'], selectedCategoriesFacet: ['3001', '3002'], mode: ['location'] }, 200))
      .toBe('findReqs;siteNumber=CX_1,limit=100,offset=200,sortBy=POSTING_DATES_DESC,keyword="data, platform",selectedCategoriesFacet=3001;3002');
  });
});

describe('Careers pages on notion.site', () => {
  it('recognises the three real companies whose careers page is on Notion, by page id', () => {
    const notion = Object.fromEntries(companies.flatMap((c) => {
      const d = detectFromUrl(c.careers_url);
      return d?.kind === 'notion' ? [[c.companyID, d]] : [];
    }));
    expect(notion).toEqual({
      tldv: { kind: 'notion', token: 'tldv.notion.site/8da9921dfaaa40d68450790a09d81efe', filter: null },
      pocket_worlds: { kind: 'notion', token: 'pocketworlds.notion.site/ae368383a74e4d75a7cb751e4de7644b', filter: null },
      jamie: { kind: 'notion', token: 'meetjamie.notion.site/6078dad30d2847ae873f5c272766e1a0', filter: null },
    });
  });

  it.each([
    ['https://acme.notion.site/Careers-067dd719a912471ea9a3ac10710e7fdf?pvs=4', 'acme.notion.site/067dd719a912471ea9a3ac10710e7fdf'],
    ['https://acme.notion.site/067DD719A912471EA9A3AC10710E7FDF/', 'acme.notion.site/067dd719a912471ea9a3ac10710e7fdf'],
  ])('%s', (url, token) => expect(detectFromUrl(url)).toEqual({ kind: 'notion', token, filter: null }));

  it('a page without an id in its address, or Notion\'s own site, is no board', () => {
    for (const url of ['https://acme.notion.site/', 'https://www.notion.so/careers', 'https://www.notion.site/Careers-067dd719a912471ea9a3ac10710e7fdf',
      'https://acme.notion.site/Careers-067dd719a912471e']) expect(detectFromUrl(url), url).toBeNull();
  });

  it('found on a company\'s own page by a link to its Notion careers page', () => {
    const html = '<a href="https://acme.notion.site/Open-positions-ae368383a74e4d75a7cb751e4de7644b?pvs=4">Open positions</a>';
    expect(detectFromHtml(html, page)?.source).toEqual({ kind: 'notion', token: 'acme.notion.site/ae368383a74e4d75a7cb751e4de7644b', filter: null });
  });

  it('a page of links without a page id, none closed by a quote or space, is looked through in one pass', () => {
    expect(detectFromHtml('https://acme.notion.site/'.repeat(40_000), page)).toBeNull();
  });

  it('the sub-pages of the genuine record map, in reading order through columns; headers, text and bookmarks are not postings', () => {
    const recordMap = JSON.parse(atsFixture('notion/record-map.json')) as { block: Record<string, { value: NotionBlock }> };
    const blocks = new Map(Object.values(recordMap.block).map((r) => [r.value.id, r.value]));
    const { pages, unfollowed } = notionSubPages(blocks, '067dd719-a912-471e-a9a3-ac10710e7fdf');
    expect(pages.map((p) => [p.id, p.properties?.title?.[0]?.[0]])).toEqual([
      ['0be6efce-9daf-4268-8f65-c76b89f8eb27', 'Basic Blocks'], ['de14421f-1391-4ac7-b528-fa2e31eb1455', 'Lists'],
      ['72c5d33c-a466-42fe-aee0-6852cc57c588', 'Full Width'], ['38fa73d4-9b8f-40aa-b1f3-f8c82332e518', 'Checklists'],
      ['912379b0-c544-40a2-8661-9f76446cd753', 'Image Upload'], ['dc6f890f-ec6b-4766-bd9b-616324904187', 'Column Layouts'],
    ]);
    expect(unfollowed).toBe(0);
  });

  it('archived sub-pages are skipped; databases and links to pages are counted as unfollowed, not read as postings', () => {
    const block = (id: string, type: string, extra: Partial<NotionBlock> = {}): [string, NotionBlock] => [id, { id, type, ...extra }];
    const blocks = new Map([
      block('root', 'page', { content: ['a', 'b', 'c', 'd', 'missing'] }),
      block('a', 'page', { alive: false, properties: { title: [['Closed role']] } }),
      block('b', 'collection_view'), block('c', 'link_to_page'),
      block('d', 'toggle', { content: ['e'] }), block('e', 'page', { properties: { title: [['Data ', ['b']], ['Engineer']] } }),
    ]);
    const { pages, unfollowed } = notionSubPages(blocks, 'root');
    expect(pages.map((p) => p.id)).toEqual(['e']);
    expect(unfollowed).toBe(2);
  });
});
