// Rippling ATS: the public job board API (`api.rippling.com/platform/api/ats/v1/board/<board>/jobs`), the
// whole board in one answer with no descriptions or dates. A job open in several places comes once per
// place under the same uuid; those rows are one posting with all its places. Board URL filters are not
// known to it, so a filtered URL is read as a page.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { identityOrLink, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

// A job needs a title and its uuid or its link, either will do (the link is built from the uuid).
const labelled = z.object({ label: z.string().nullish() }).nullish();
const jobs = postingList(identityOrLink(z.object({
  uuid: z.string().nullish(), name: z.string(), url: z.string().nullish(), department: labelled, workLocation: labelled,
}), 'uuid', 'url'));

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
  // One job, one entry per place: rows are grouped by uuid, else by link.
  const byJob = new Map<string, { job: (typeof rows)[number]; places: (string | null | undefined)[] }>();
  for (const job of rows) {
    const key = job.uuid ? `uuid:${job.uuid}` : `url:${job.url}`;
    const seen = byJob.get(key);
    if (seen) seen.places.push(job.workLocation?.label);
    else byJob.set(key, { job, places: [job.workLocation?.label] });
  }
  return [...byJob.values()].map(({ job, places }) => ({
    sourceId: job.uuid || null, title: job.name, url: job.url || `https://ats.rippling.com/${ref.token}/jobs/${job.uuid}`,
    location: joinPlaces(places), workplaceType: workplaceFromText(...places), department: job.department?.label ?? null,
  }));
}

export const ripplingSource: FeedSource = {
  kind: 'rippling', fromUrl, fromHtml, fetch: fetchRippling, filterParams: [], pageParams: {},
};
