// SmartRecruiters posting API: paged list (no descriptions in the list; titles and places suffice to
// track, analysis reads the title). Places from `fullLocation` when given; hybrid and remote flags kept.
// Filter: department ids or names.

import { z } from 'zod';
import { boardToken, firstBoardIn, firstSegment } from '../boardToken.js';
import { answered, dateMs, parseFeed, postingList } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const PAGE = 100;
const MAX_PAGES = 20;

const page = z.object({
  totalFound: z.number().nullish(),
  content: postingList(z.object({
    id: z.string(), name: z.string(), releasedDate: z.string().nullish(),
    location: z.object({ city: z.string().nullish(), region: z.string().nullish(), country: z.string().nullish(), remote: z.boolean().nullish(),
      hybrid: z.boolean().nullish(), fullLocation: z.string().nullish() }).nullish(),
    department: z.object({ id: z.string().nullish(), label: z.string().nullish() }).nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  if (!/^(careers|jobs)\.smartrecruiters\.com$/.test(url.hostname.toLowerCase())) return null;
  const token = boardToken(firstSegment(url));
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/(?:careers|jobs)\.smartrecruiters\.com\/[^"'\s<>]+/g, fromUrl);

async function fetchSmartRecruiters(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const out: RawPosting[] = [];
  const departments = ref.filter?.department;
  for (let n = 0; n < MAX_PAGES; n++) {
    const url = ctx.http.atsUrl('smartrecruiters', 'api.smartrecruiters.com', `/v1/companies/${encodeURIComponent(ref.token)}/postings?limit=${PAGE}&offset=${n * PAGE}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const data = parseFeed(page, answer, url);
    for (const p of data.content) {
      if (departments?.length && !(matchesAny(p.department?.id, departments) || matchesAny(p.department?.label, departments))) continue;
      const l = p.location;
      out.push({
        sourceId: p.id, title: p.name, url: `https://jobs.smartrecruiters.com/${ref.token}/${p.id}`,
        location: l?.fullLocation ?? ([l?.city, l?.region, l?.country?.toUpperCase()].filter(Boolean).join(', ') || null),
        workplaceType: l?.remote ? 'Remote' : l?.hybrid ? 'Hybrid' : null, department: p.department?.label ?? null, publishedAt: dateMs(p.releasedDate),
      });
    }
    if (answered(answer, 'content') < PAGE || (data.totalFound && (n + 1) * PAGE >= data.totalFound)) break;
  }
  return out;
}

export const smartRecruitersSource: FeedSource = {
  kind: 'smartrecruiters', fromUrl, fromHtml, fetch: fetchSmartRecruiters, filterParams: ['department'], pageParams: {},
};
