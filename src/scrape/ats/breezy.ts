// Breezy HR: the public JSON list of a company's positions. Filter: department names, as the hosted
// board's `?department=`.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, parseFeed, postingList, salaryText } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const named = z.union([z.string(), z.object({ name: z.string().nullish() })]).nullish();
const nameOf = (v: z.infer<typeof named>) => (typeof v === 'string' ? v : v?.name ?? null);
const positions = postingList(z.object({
  id: z.string().nullish(), _id: z.string().nullish(), name: z.string(), url: z.string(),
  location: z.object({ name: z.string().nullish(), city: z.string().nullish(), country: named, is_remote: z.boolean().nullish() }).nullish(),
  department: named, published_date: z.string().nullish(), description: z.string().nullish(),
  salary: z.union([z.string(), z.object({ min: z.union([z.number(), z.string()]).nullish(), max: z.union([z.number(), z.string()]).nullish(),
    currency: z.string().nullish(), period: z.string().nullish() })]).nullish(),
}));

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.breezy\.hr$/.exec(url.hostname.toLowerCase());
  const token = boardToken(m?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.breezy\.hr(?:\/[^"'\s<>]*)?/g, fromUrl);

async function fetchBreezy(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('breezy', `${ref.token}.breezy.hr`, '/json');
  const data = parseFeed(positions, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const departments = ref.filter?.department;
  return data
    .filter((p) => !departments?.length || matchesAny(nameOf(p.department), departments))
    .map((p) => ({
      sourceId: p.id ?? p._id ?? null, title: p.name, url: p.url,
      location: p.location?.name ?? ([p.location?.city, nameOf(p.location?.country)].filter(Boolean).join(', ') || null),
      workplaceType: p.location?.is_remote ? 'Remote' : null, department: nameOf(p.department),
      descriptionText: p.description ? htmlToText(p.description) : null, publishedAt: dateMs(p.published_date),
      compensation: typeof p.salary === 'string' ? p.salary.trim() || null : salaryText(p.salary?.min, p.salary?.max, p.salary?.currency, p.salary?.period),
    }));
}

export const breezySource: FeedSource = {
  kind: 'breezy', fromUrl, fromHtml, fetch: fetchBreezy, filterParams: ['department'], pageParams: {},
};
