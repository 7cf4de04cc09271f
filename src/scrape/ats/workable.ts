// Workable widget API: the account's published jobs with descriptions. A job open in several places is
// listed once per place under the same shortcode; those rows are one posting with all its places.
// Filter: department names, as the hosted board's `?department=`.

import { z } from 'zod';
import { boardToken, firstBoardIn, firstSegment } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, joinPlaces, parseFeed, postingList } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const account = z.object({
  jobs: postingList(z.object({
    shortcode: z.string(), title: z.string(), url: z.string().nullish(), shortlink: z.string().nullish(), department: z.string().nullish(),
    city: z.string().nullish(), state: z.string().nullish(), country: z.string().nullish(), telecommuting: z.boolean().nullish(),
    locations: z.array(z.object({ city: z.string().nullish(), region: z.string().nullish(), country: z.string().nullish(), hidden: z.boolean().nullish() })).nullish(),
    published_on: z.string().nullish(), created_at: z.string().nullish(), description: z.string().nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const segs = url.pathname.split('/').filter(Boolean);
  let raw: string | null = null;
  if (host === 'apply.workable.com') {
    // /api/v1/widget/accounts/TOKEN, else /TOKEN[/j/CODE]; the short link /j/CODE names no account.
    raw = segs[0] === 'api' ? (segs[3] === 'accounts' ? segs[4] ?? null : null) : firstSegment(url);
  } else if (/^[a-z0-9-]+\.workable\.com$/.test(host)) {
    raw = host.split('.')[0]!;
  }
  const token = boardToken(raw);
  return token ? { token, filter: filterFromUrl(url, ['details']) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.workable\.com(?:\/[^"'\s<>]*)?/g, fromUrl);

async function fetchWorkable(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('workable', 'apply.workable.com', `/api/v1/widget/accounts/${encodeURIComponent(ref.token)}?details=true`);
  const data = parseFeed(account, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const departments = ref.filter?.department;
  const byCode = new Map<string, { job: (typeof data.jobs)[number]; places: (string | null)[] }>();
  for (const job of data.jobs) {
    const places = [
      [job.city, job.state, job.country].filter(Boolean).join(', ') || null,
      ...(job.locations ?? []).filter((l) => !l.hidden).map((l) => [l.city, l.region, l.country].filter(Boolean).join(', ') || null),
    ];
    const seen = byCode.get(job.shortcode);
    if (seen) seen.places.push(...places);
    else byCode.set(job.shortcode, { job, places });
  }
  return [...byCode.values()]
    .filter(({ job }) => !departments?.length || matchesAny(job.department, departments))
    .map(({ job, places }) => ({
      sourceId: job.shortcode, title: job.title, url: job.url ?? job.shortlink ?? `https://apply.workable.com/${ref.token}/j/${job.shortcode}/`,
      location: joinPlaces(places), workplaceType: job.telecommuting ? 'Remote' : null,
      department: job.department ?? null, descriptionText: job.description ? htmlToText(job.description) : null,
      publishedAt: dateMs(job.published_on ?? job.created_at),
    }));
}

export const workableSource: FeedSource = {
  kind: 'workable', fromUrl, fromHtml, fetch: fetchWorkable, filterParams: ['department'], pageParams: {},
};
