// Recruitee offers API: the whole board, descriptions inline, with the offer's remote/hybrid/on-site flags
// and its salary when published. Filter: department names.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, joinPlaces, parseFeed, postingList, salaryText } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const num = z.union([z.number(), z.string()]).nullish();
const offers = z.object({
  offers: postingList(z.object({
    id: z.number().nullish(), title: z.string(), careers_url: z.string(), location: z.string().nullish(), city: z.string().nullish(), country: z.string().nullish(),
    locations: z.array(z.object({ name: z.string().nullish(), city: z.string().nullish(), country: z.string().nullish() })).nullish(),
    remote: z.boolean().nullish(), hybrid: z.boolean().nullish(), on_site: z.boolean().nullish(), department: z.string().nullish(),
    description: z.string().nullish(), requirements: z.string().nullish(), published_at: z.string().nullish(),
    salary: z.object({ min: num, max: num, currency: z.string().nullish(), period: z.string().nullish() }).nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.recruitee\.com$/.exec(url.hostname.toLowerCase());
  const token = boardToken(m?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.recruitee\.com(?:\/[^"'\s<>]*)?/g, fromUrl);

async function fetchRecruitee(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('recruitee', `${ref.token}.recruitee.com`, '/api/offers/');
  const data = parseFeed(offers, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const departments = ref.filter?.department;
  return data.offers
    .filter((o) => !departments?.length || matchesAny(o.department, departments))
    .map((o) => ({
      sourceId: o.id != null ? String(o.id) : null, title: o.title, url: o.careers_url,
      location: o.locations?.length ? joinPlaces(o.locations.map((l) => l.name ?? ([l.city, l.country].filter(Boolean).join(', ') || null))) : o.location ?? null,
      workplaceType: o.remote ? 'Remote' : o.hybrid ? 'Hybrid' : o.on_site ? 'On-site' : null,
      department: o.department ?? null, descriptionText: htmlToText(`${o.description ?? ''}\n${o.requirements ?? ''}`) || null,
      publishedAt: dateMs(o.published_at), compensation: salaryText(o.salary?.min, o.salary?.max, o.salary?.currency, o.salary?.period),
    }));
}

export const recruiteeSource: FeedSource = {
  kind: 'recruitee', fromUrl, fromHtml, fetch: fetchRecruitee, filterParams: ['department'], pageParams: {},
};
