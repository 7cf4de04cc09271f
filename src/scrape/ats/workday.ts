// Workday: the careers site's own JSON search API (undocumented), 20 postings per page. `total` comes
// with the first page only (0 afterwards), so paging goes on while pages are full. The site's URL
// parameters are its facets (`?locations=…&jobFamilyGroup=…`) and go to `appliedFacets` as they are.

import { z } from 'zod';
import { boardToken, firstBoardIn, tokenShape } from '../boardToken.js';
import { answered, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const PAGE = 20;
const MAX_PAGES = 100;
const DAY_MS = 86_400_000;

const page = z.object({
  total: z.number().nullish(),
  jobPostings: postingList(z.object({
    title: z.string(), externalPath: z.string(), locationsText: z.string().nullish(), postedOn: z.string().nullish(),
    remoteType: z.string().nullish(), bulletFields: z.array(z.string()).nullish(),
  })).nullish(),
});

/** "Posted Today", "Posted Yesterday", "Posted 5 Days Ago", "Posted 30+ Days Ago" → a time; null otherwise. */
export function workdayPostedAt(postedOn: string | null | undefined, nowMs: number): number | null {
  if (!postedOn) return null;
  const startOfDay = nowMs - (nowMs % DAY_MS);
  if (/\btoday\b/i.test(postedOn)) return startOfDay;
  if (/\byesterday\b/i.test(postedOn)) return startOfDay - DAY_MS;
  // From the start of a digit run only: a long run is read once, not once per digit.
  const days = /(?<!\d)(\d+)\+?\s*days?\s+ago/i.exec(postedOn);
  return days ? startOfDay - Number(days[1]) * DAY_MS : null;
}

function fromUrl(url: URL): BoardRef | null {
  const host = /^([a-z0-9-]+)\.(wd\d+)\.myworkdayjobs\.com$/.exec(url.hostname.toLowerCase());
  if (!host) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  const site = tokenShape(/^[a-z]{2}-[A-Z]{2}$/.test(segs[0] ?? '') ? segs[1] : segs[0]);
  return site && boardToken(host[1]) ? { token: `${host[1]}.${host[2]}/${site}`, filter: filterFromUrl(url) } : null;
}

// A link to the site's search keeps its facets; a link to one job does not.
const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.wd\d+\.myworkdayjobs\.com\/[^"'\s<>]+/g, fromUrl, (u) => !/\/job\//.test(u.pathname));

async function fetchWorkday(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [hostPart, site] = ref.token.split('/') as [string, string];
  const tenant = hostPart.split('.')[0]!;
  const host = `${hostPart}.myworkdayjobs.com`;
  const { q, ...facets } = ref.filter ?? {};
  const out: RawPosting[] = [];
  let total = 0;
  for (let n = 0; n < MAX_PAGES; n++) {
    const url = ctx.http.atsUrl('workday', host, `/wday/cxs/${tenant}/${site}/jobs`);
    const body = { limit: PAGE, offset: n * PAGE, searchText: q?.join(' ') ?? '', appliedFacets: facets };
    const answer = await ctx.http.postJson(url, body, { signal: ctx.signal });
    const data = parseFeed(page, answer, url);
    if (n === 0) total = data.total ?? 0;
    const jobs = data.jobPostings ?? [];
    for (const j of jobs) {
      out.push({
        sourceId: j.bulletFields?.[0] ?? j.externalPath, title: j.title, url: `https://${host}/${site}${j.externalPath}`,
        // "3 Locations" is a count, not a place; the places are on the posting's own page.
        location: j.locationsText && !/^\d+\s+locations?$/i.test(j.locationsText.trim()) ? j.locationsText : null,
        workplaceType: workplaceFromText(j.remoteType), publishedAt: workdayPostedAt(j.postedOn, ctx.now()),
      });
    }
    if (answered(answer, 'jobPostings') < PAGE || (total > 0 && (n + 1) * PAGE >= total)) break;
  }
  return out;
}

export const workdaySource: FeedSource = {
  kind: 'workday', fromUrl, fromHtml, fetch: fetchWorkday, filterParams: 'any', pageParams: {},
};
