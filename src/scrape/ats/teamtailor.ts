// Teamtailor: a career site's JSON Feed (`/jobs.json`, jsonfeed.org 1.1) with each job's schema.org
// JobPosting under `_jobposting`. The token is the site's host: `<name>.teamtailor.com`, or a company's own
// domain recognised by the career site's Teamtailor assets. Pages follow the feed's `next_url` (JSON Feed's
// paging) on the same host. Career-site URL filters are not known to it, so a filtered URL is read as a page.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { dateMs, joinPlaces, parseFeed, postingList } from '../feed.js';
import { parseMarkup } from '../markup.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const MAX_PAGES = 20;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;
/** Teamtailor's career-site assets (not just its images), which a career site on a company's own domain loads. */
const CAREER_SITE_ASSET = /^https:\/\/assets[a-z0-9-]*\.teamtailor-cdn\.com\//i;

// A job needs a title and its link (the feed's id cannot make one).
const text = z.string().nullish();
const place = z.object({ address: z.object({ addressLocality: text, addressCountry: text }).nullish() });
const feed = z.object({
  next_url: text,
  items: postingList(z.object({
    id: z.union([z.string(), z.number()]).nullish(), url: z.string(), title: z.string(), date_published: text, content_html: text,
    _jobposting: z.object({ description: text, datePosted: text, jobLocation: z.union([z.array(place), place]).nullish() }).nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.teamtailor\.com$/.exec(url.hostname.toLowerCase());
  return m && boardToken(m[1]) ? { token: url.hostname.toLowerCase(), filter: filterFromUrl(url) } : null;
}

function fromHtml(html: string, pageUrl: URL): BoardRef | null {
  const linked = firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.teamtailor\.com(?:\/[^"'\s<>]*)?/gi, fromUrl);
  if (linked) return linked;
  return loadsCareerSiteAssets(html) && HOST.test(pageUrl.host) ? { token: pageUrl.host.toLowerCase(), filter: filterFromUrl(pageUrl) } : null;
}

/** A script or stylesheet of the page is Teamtailor's career site's, read with the capped parser (only pages that name Teamtailor's CDN are parsed). */
function loadsCareerSiteAssets(html: string): boolean {
  if (!/teamtailor-cdn\.com/i.test(html)) return false;
  let found = false;
  parseMarkup(html, {
    onopentag(name, attribs) {
      if (!found && (name === 'script' || name === 'link')) found = [attribs.src, attribs.href].some((u) => u !== undefined && CAREER_SITE_ASSET.test(u));
    },
  });
  return found;
}

async function fetchTeamtailor(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const out: RawPosting[] = [];
  let path: string | null = '/jobs.json';
  for (let n = 0; path && n < MAX_PAGES; n++) {
    const url = ctx.http.atsUrl('teamtailor', ref.token, path);
    const page = parseFeed(feed, await ctx.http.getJson(url, { signal: ctx.signal }), url);
    for (const item of page.items) {
      const job = item._jobposting;
      const places = job?.jobLocation ? [job.jobLocation].flat() : [];
      const html = item.content_html ?? job?.description;
      out.push({
        sourceId: item.id == null ? null : String(item.id), title: item.title, url: item.url,
        location: joinPlaces(places.map((p) => [p.address?.addressLocality, p.address?.addressCountry].filter(Boolean).join(', '))),
        descriptionText: html ? htmlToText(html) : null, publishedAt: dateMs(item.date_published ?? job?.datePosted),
      });
    }
    path = nextPath(page.next_url, ref.token);
  }
  return out;
}

/** The next page's path and query when `next_url` stays on the board's host; null otherwise. */
function nextPath(nextUrl: string | null | undefined, host: string): string | null {
  if (!nextUrl) return null;
  try {
    const u = new URL(nextUrl);
    return u.host.toLowerCase() === host ? `${u.pathname}${u.search}` : null;
  } catch {
    return null;
  }
}

export const teamtailorSource: FeedSource = {
  kind: 'teamtailor', fromUrl, fromHtml, fetch: fetchTeamtailor, filterParams: [], pageParams: {},
};
