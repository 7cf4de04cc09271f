// Oracle Recruiting Cloud (token `host/SITE`): the candidate-experience site's own REST search, the
// `findReqs` finder of recruitingCEJobRequisitions, paged by `limit`/`offset` up to `TotalJobsCount`.

import { z } from 'zod';
import { firstBoardIn, tokenShape } from '../boardToken.js';
import { answered, dateMs, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { MAX_POSTINGS_PER_SCRAPE, htmlToText } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const PAGE = 100;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)*\.oraclecloud\.com$/;
const SITE_PATH = /^\/hcmUI\/CandidateExperience\/[A-Za-z_-]+\/sites\/([^/?#]+)/;

/** The finder variables the site's search page puts in its URL (same names); anything else there is navigation. */
const FINDER_FILTERS = [
  'keyword', 'location', 'locationId', 'locationLevel', 'radius', 'radiusUnit', 'selectedCategoriesFacet', 'selectedLocationsFacet',
  'selectedPostingDatesFacet', 'selectedTitlesFacet', 'selectedOrganizationsFacet', 'selectedWorkLocationsFacet',
  'selectedWorkplaceTypesFacet', 'selectedFlexFieldsFacets',
] as const;
/** Free text goes into the finder quoted, so its commas and semicolons stay inside the value. */
const QUOTED = new Set(['keyword', 'location']);

// A requisition needs its Id (its link is built from it) and a Title.
const requisition = z.object({
  Id: z.string(), Title: z.string(),
  PostedDate: z.string().nullish(), PrimaryLocation: z.string().nullish(),
  secondaryLocations: z.array(z.object({ Name: z.string().nullish() })).nullish(),
  WorkplaceType: z.string().nullish(), ShortDescriptionStr: z.string().nullish(),
  Department: z.string().nullish(), JobFamily: z.string().nullish(),
});
const search = z.object({
  items: z.array(z.object({ TotalJobsCount: z.number().nullish(), requisitionList: postingList(requisition).nullish() })),
});

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const site = HOST.test(host) ? tokenShape(SITE_PATH.exec(url.pathname)?.[1]) : null;
  if (!site) return null;
  const filter = filterFromUrl(url, ['mode', 'sortBy', 'lastSelectedFacet']);
  return { token: `${host}/${site}`, filter };
}

const fromHtml = (html: string) =>
  firstBoardIn(html, /https?:\/\/[a-z0-9.-]+\.oraclecloud\.com\/hcmUI\/CandidateExperience\/[A-Za-z_-]+\/sites\/[^"'\s<>]+/g, fromUrl);

/** `findReqs;siteNumber=CX_1,limit=100,offset=0,…`: the user's search as the site sends it. */
export function oracleFinder(site: string, filter: Record<string, string[]> | null, offset: number): string {
  const vars = [`siteNumber=${site}`, `limit=${PAGE}`, `offset=${offset}`, 'sortBy=POSTING_DATES_DESC'];
  for (const name of FINDER_FILTERS) {
    const values = filter?.[name];
    if (!values?.length) continue;
    const value = values.join(';');
    vars.push(QUOTED.has(name) ? `${name}="${value.replace(/"/g, '')}"` : `${name}=${value.replace(/,/g, '')}`);
  }
  return `findReqs;${vars.join(',')}`;
}

async function fetchOracle(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host, site] = ref.token.split('/') as [string, string];
  const out: RawPosting[] = [];
  for (let offset = 0; out.length < MAX_POSTINGS_PER_SCRAPE;) {
    const query = `onlyData=true&expand=requisitionList.secondaryLocations&finder=${encodeURIComponent(oracleFinder(site, ref.filter, offset))}`;
    const url = ctx.http.atsUrl('oracle', host, `/hcmRestApi/resources/latest/recruitingCEJobRequisitions?${query}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const page = parseFeed(search, answer, url).items[0];
    const list = page?.requisitionList ?? [];
    for (const r of list) {
      out.push({
        sourceId: r.Id, title: r.Title, url: `https://${host}/hcmUI/CandidateExperience/en/sites/${site}/job/${encodeURIComponent(r.Id)}`,
        location: joinPlaces([r.PrimaryLocation, ...(r.secondaryLocations ?? []).map((l) => l.Name)]),
        workplaceType: workplaceFromText(r.WorkplaceType), department: r.Department ?? r.JobFamily ?? null,
        descriptionText: r.ShortDescriptionStr ? htmlToText(r.ShortDescriptionStr) || null : null, publishedAt: dateMs(r.PostedDate),
      });
    }
    const sent = answered((answer as { items: unknown[] }).items[0], 'requisitionList');
    offset += sent;
    // A tenant may cap `limit` below what was asked: the total decides, a short page only without one.
    const total = page?.TotalJobsCount ?? null;
    if (sent === 0 || (total !== null ? offset >= total : sent < PAGE)) break;
  }
  return out;
}

export const oracleSource: FeedSource = {
  kind: 'oracle', fromUrl, fromHtml, fetch: fetchOracle, filterParams: [...FINDER_FILTERS], pageParams: {},
};
