// Rippling ATS: the public job board API (`api.rippling.com/platform/api/ats/v1/board/<board>/jobs`), the
// whole board in one answer with no descriptions or dates. A job open in several places comes once per
// place under the same uuid; those rows are one posting with all its places. Board URL filters are not
// known to it, so a filtered URL is read as a page.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { joinPlaces, parseFeed, workplaceFromText } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

// Only the uuid and a title are required; any other field may be missing or malformed without losing the posting.
const labelled = z.object({ label: z.string().nullish().catch(null) }).nullish().catch(null);
const jobs = z.array(z.object({ uuid: z.string(), name: z.string(), url: z.string().nullish().catch(null), department: labelled, workLocation: labelled }));

const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/;

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  const segs = url.pathname.split('/').filter(Boolean);
  let raw: string | undefined;
  // ats.rippling.com/[de-DE/]BOARD/jobs[/UUID]; api.rippling.com/platform/api/ats/v1/board/BOARD/jobs
  if (host === 'ats.rippling.com') raw = LOCALE.test(segs[0] ?? '') ? segs[1] : segs[0];
  else if (host === 'api.rippling.com' && segs.slice(0, 5).join('/') === 'platform/api/ats/v1/board') raw = segs[5];
  const token = boardToken(raw);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/(?:ats|api)\.rippling\.com\/[^"'\s<>]+/g, fromUrl);

async function fetchRippling(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('rippling', 'api.rippling.com', `/platform/api/ats/v1/board/${encodeURIComponent(ref.token)}/jobs`);
  const rows = parseFeed(jobs, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const byUuid = new Map<string, { job: (typeof rows)[number]; places: (string | null | undefined)[] }>();
  for (const job of rows) {
    const seen = byUuid.get(job.uuid);
    if (seen) seen.places.push(job.workLocation?.label);
    else byUuid.set(job.uuid, { job, places: [job.workLocation?.label] });
  }
  return [...byUuid.values()].map(({ job, places }) => ({
    sourceId: job.uuid, title: job.name, url: job.url ?? `https://ats.rippling.com/${ref.token}/jobs/${job.uuid}`,
    location: joinPlaces(places), workplaceType: workplaceFromText(...places), department: job.department?.label ?? null,
  }));
}

export const ripplingSource: FeedSource = {
  kind: 'rippling', fromUrl, fromHtml, fetch: fetchRippling, filterParams: [], pageParams: {},
};
