// Dover: a company's careers page (`app.dover.com/jobs/<slug>`), read through the API its page calls: the
// slug names the careers page's id, whose jobs come paged by `limit`/`offset` (`count`, `results`).

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { answered, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = 'app.dover.com';
const PAGE = 100;

const text = z.string().nullish();
const careersPage = z.object({ id: z.string() });
// A job needs its id (its link is built from it) and a title.
const jobs = z.object({
  count: z.number().nullish(),
  next: text,
  results: postingList(z.object({
    id: z.string(), title: z.string(), workplace_type: text,
    is_published: z.boolean().nullish(), is_sample: z.boolean().nullish(),
    locations: z.array(z.object({
      name: text, location_type: text, location_option: z.object({ display_name: text }).nullish(),
    })).nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  if (url.hostname.toLowerCase() !== HOST) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  // app.dover.com/jobs/SLUG (the careers page), app.dover.com/apply/SLUG/JOB_ID (a job on it)
  const token = segs[0] === 'jobs' || segs[0] === 'apply' ? boardToken(segs[1]) : null;
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/app\.dover\.com\/(?:jobs|apply)\/[^"'\s<>]+/gi, fromUrl);

async function fetchDover(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const slug = encodeURIComponent(ref.token);
  const pageUrl = ctx.http.atsUrl('dover', HOST, `/api/v1/careers-page-slug/${slug}`);
  const { id } = parseFeed(careersPage, await ctx.http.getJson(pageUrl, { signal: ctx.signal }), pageUrl);
  const out: RawPosting[] = [];
  for (let offset = 0; offset < MAX_POSTINGS_PER_SCRAPE;) {
    const url = ctx.http.atsUrl('dover', HOST, `/api/v1/careers-page/${encodeURIComponent(id)}/jobs?limit=${PAGE}&offset=${offset}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const page = parseFeed(jobs, answer, url);
    // Sample jobs show an employer what a board looks like; unpublished ones are not open.
    for (const job of page.results.filter((j) => j.is_published !== false && j.is_sample !== true)) {
      const locations = job.locations ?? [];
      out.push({
        sourceId: job.id, title: job.title.trim(), url: `https://${HOST}/apply/${slug}/${encodeURIComponent(job.id)}`,
        location: joinPlaces(locations.map((l) => l.name ?? l.location_option?.display_name)),
        // The job's own workplace type first; a place's type ("REMOTE") only when the job has none.
        workplaceType: workplaceFromText(job.workplace_type) ?? workplaceFromText(...locations.map((l) => l.location_type)),
      });
    }
    const sent = answered(answer, 'results');
    offset += sent;
    // The count decides; without one, the link to a next page does.
    const more = page.count != null ? offset < page.count : Boolean(page.next);
    if (!sent || !more) break;
  }
  return out;
}

export const doverSource: FeedSource = {
  kind: 'dover', fromUrl, fromHtml, fetch: fetchDover, filterParams: [], pageParams: {},
};
