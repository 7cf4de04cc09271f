// Softgarden: the schema.org DataFeed every career site publishes at `/jobs.feed.json` (the whole board,
// descriptions inline; no paging, no server-side filters). Places from each JobPosting's postal addresses.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, joinPlaces, parseFeed, postingList } from '../feed.js';
import { PermanentError } from '../../core/errors.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const CAREER_HOST = /^([a-z0-9-]+)\.career\.softgarden\.de$/;
/** Older career sites, whose tenant name the current host keeps (their feeds link to these for migrated jobs). */
const LEGACY_HOST = /^([a-z0-9-]+)\.softgarden\.io$/;

const text = z.string().nullish();
const place = z.object({
  address: z.object({ addressLocality: text, addressRegion: text, addressCountry: text }).nullish(),
});
// A JobPosting needs a title and its link.
const feed = z.object({
  dataFeedElement: postingList(z.object({
    item: z.object({
      title: z.string(), url: z.string(), description: text, datePosted: text,
      identifier: z.object({ value: z.union([z.string(), z.number()]).nullish() }).nullish(),
      jobLocation: z.union([place, z.array(place)]).nullish(),
    }),
  })),
});
type Place = z.infer<typeof place>;

/** "Emden, Niedersachsen, Deutschland"; the feed writes "-" for a part it does not know. */
const placeName = (p: Place) =>
  [p.address?.addressLocality, p.address?.addressRegion, p.address?.addressCountry].filter((v) => v && v.trim() !== '-').join(', ') || null;

function fromUrl(url: URL): BoardRef | null {
  const token = boardToken(CAREER_HOST.exec(url.hostname.toLowerCase())?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

/** A link to a tenant's career site; a legacy `*.softgarden.io` link names the same tenant (a guess the tick checks). */
function fromHtml(html: string): BoardRef | null {
  const found = firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.career\.softgarden\.de(?:\/[^"'\s<>]*)?/g, fromUrl);
  if (found) return found;
  return firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.softgarden\.io(?:\/[^"'\s<>]*)?/g, (u) => {
    const token = boardToken(LEGACY_HOST.exec(u.hostname.toLowerCase())?.[1]);
    return token ? { token, filter: null } : null;
  });
}

async function fetchSoftgarden(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  // The tenant becomes a host name: a board set by hand must be one label (set-source accepts . / | :).
  if (!/^[a-z0-9-]+$/i.test(ref.token) || !boardToken(ref.token)) {
    throw new PermanentError('invalid_payload', 'a softgarden board is the TENANT of TENANT.career.softgarden.de; ' +
      'set it again with `scoutly companies set-source SLUG https://TENANT.career.softgarden.de/`');
  }
  const url = ctx.http.atsUrl('softgarden', `${ref.token}.career.softgarden.de`, '/jobs.feed.json');
  const data = parseFeed(feed, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  return data.dataFeedElement.map(({ item }) => {
    const places = Array.isArray(item.jobLocation) ? item.jobLocation : [item.jobLocation];
    const id = item.identifier?.value;
    return {
      sourceId: id === null || id === undefined || id === '' ? null : String(id), title: item.title, url: item.url,
      location: joinPlaces(places.map((p) => (p ? placeName(p) : null))),
      descriptionText: item.description ? htmlToText(item.description) : null, publishedAt: dateMs(item.datePosted),
    };
  });
}

export const softgardenSource: FeedSource = {
  kind: 'softgarden', fromUrl, fromHtml, fetch: fetchSoftgarden, filterParams: [], pageParams: {},
};
