// BambooHR: the JSON list a company's careers site (`<name>.bamboohr.com/careers`) loads, every opening in
// one answer without descriptions or dates. `locationType` says how the job is worked (0 on-site, 1 remote,
// 2 hybrid). Board URL filters are not known to it, so a filtered URL is read as a page.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { parseFeed, postingList } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

// An opening needs its id (its link is built from it) and a title.
const text = z.string().nullish();
const list = z.object({
  result: postingList(z.object({
    id: z.union([z.string(), z.number()]), jobOpeningName: z.string(), departmentLabel: text,
    location: z.object({ city: text, state: text }).nullish(),
    atsLocation: z.object({ city: text, state: text, province: text, country: text }).nullish(),
    isRemote: z.boolean().nullish(), locationType: z.union([z.string(), z.number()]).nullish(),
  })),
});

const WORKPLACE: Record<string, string> = { 0: 'On-site', 1: 'Remote', 2: 'Hybrid' };

const placeOf = (...parts: (string | null | undefined)[]) => parts.map((p) => p?.trim()).filter(Boolean).join(', ') || null;

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.bamboohr\.com$/.exec(url.hostname.toLowerCase());
  const token = boardToken(m?.[1]);
  // /careers/12, /jobs/view.php?id=12: the id names a job, not a filter.
  return token ? { token, filter: filterFromUrl(url, ['id']) } : null;
}

function fromHtml(html: string): BoardRef | null {
  // Links to the careers site, and the embed's script (`https://<name>.bamboohr.com/js/embed.js`) …
  const linked = firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.bamboohr\.com(?:\/[^"'\s<>]*)?/gi, fromUrl);
  if (linked) return linked;
  // … or the embed's own element, whose script may be loaded without a scheme: <div id="BambooHR" data-domain="acme.bamboohr.com">
  const token = boardToken(/data-domain\s*=\s*["']([a-z0-9-]+)\.bamboohr\.com["']/i.exec(html)?.[1]?.toLowerCase());
  return token ? { token, filter: null } : null;
}

async function fetchBambooHr(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const host = `${ref.token}.bamboohr.com`;
  const url = ctx.http.atsUrl('bamboohr', host, '/careers/list');
  const data = parseFeed(list, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  return data.result.map((j) => {
    const ats = j.atsLocation;
    return {
      sourceId: String(j.id), title: j.jobOpeningName, url: `https://${host}/careers/${j.id}`,
      location: placeOf(j.location?.city, j.location?.state) ?? placeOf(ats?.city, ats?.state ?? ats?.province, ats?.country),
      workplaceType: j.isRemote ? 'Remote' : WORKPLACE[String(j.locationType)] ?? null, department: j.departmentLabel?.trim() || null,
    };
  });
}

export const bambooHrSource: FeedSource = {
  kind: 'bamboohr', fromUrl, fromHtml, fetch: fetchBambooHr, filterParams: [], pageParams: {},
};
