// Lever postings API: the published postings of a site, paged with skip/limit. The board's own filters
// (team, department, location, commitment, level) are applied by the API as documented (several values
// OR'ed); workplaceType is not filterable there, so it is applied here.

import { z } from 'zod';
import { boardToken, firstBoardIn, firstSegment } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { answered, identityOrLink, joinPlaces, parseFeed, postingList, salaryText } from '../feed.js';
import { filterFromUrl, matchesAny } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const PAGE = 100;
const MAX_PAGES = 20;
const SERVER_FILTERS = ['team', 'department', 'location', 'commitment', 'level'] as const;

const postings = postingList(identityOrLink(z.object({
  id: z.string().nullish(), text: z.string(), hostedUrl: z.string().nullish(), createdAt: z.number().nullish(), workplaceType: z.string().nullish(),
  country: z.string().nullish(),
  categories: z.object({
    location: z.string().nullish(), team: z.string().nullish(), department: z.string().nullish(), commitment: z.string().nullish(),
    allLocations: z.array(z.string()).nullish(),
  }).nullish(),
  descriptionPlain: z.string().nullish(), additionalPlain: z.string().nullish(),
  lists: z.array(z.object({ text: z.string().nullish(), content: z.string().nullish() })).nullish(),
  salaryRange: z.object({ currency: z.string().nullish(), interval: z.string().nullish(), min: z.number().nullish(), max: z.number().nullish() }).nullish(),
}), 'id', 'hostedUrl'));

function fromUrl(url: URL): BoardRef | null {
  const host = /^(jobs|api)(\.eu)?\.lever\.co$/.exec(url.hostname.toLowerCase());
  if (!host) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  const raw = host[1] === 'api' ? (segs[0] === 'v0' && segs[1] === 'postings' ? segs[2] : null) : firstSegment(url);
  const token = boardToken(raw);
  return token ? { token: `${host[2] ? 'eu:' : ''}${token}`, filter: filterFromUrl(url, ['mode', 'skip', 'limit', 'group', 'css', 'resize']) } : null;
}

/** The options object of lever-jobs-embed is read this far at most (it is a few lines). */
const EMBED_OPTIONS_CHARS = 2000;
/** Embeds looked at per page: a page has one; each look reads at most EMBED_OPTIONS_CHARS. */
const MAX_EMBEDS = 5;

function fromHtml(html: string): BoardRef | null {
  const found = firstBoardIn(html, /https?:\/\/(?:jobs|api)(?:\.eu)?\.lever\.co\/[^"'\s<>]+/g, fromUrl);
  if (found) return found;
  // lever-jobs-embed: window.leverJobsOptions = { accountName: 'acme', includeCss: true, … }. Read within a
  // bounded window after each of the first few mentions: a pattern scanning to the next "}" from every
  // mention would be quadratic on a page repeating the name without one.
  let from = 0;
  for (let n = 0; n < MAX_EMBEDS; n++) {
    const at = html.indexOf('leverJobsOptions', from);
    if (at < 0) break;
    const window = html.slice(at, at + EMBED_OPTIONS_CHARS);
    const embed = /^leverJobsOptions\s*=\s*\{[^}]*?accountName\s*:\s*["']([^"']{1,100})["']/.exec(window);
    const token = boardToken(embed?.[1]);
    if (token) return { token, filter: null };
    from = at + 1;
  }
  return null;
}

async function fetchLever(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const eu = ref.token.startsWith('eu:');
  const [host, site] = eu ? ['api.eu.lever.co', ref.token.slice(3)] : ['api.lever.co', ref.token];
  const query = SERVER_FILTERS.flatMap((k) => (ref.filter?.[k] ?? []).map((v) => `&${k}=${encodeURIComponent(v)}`)).join('');
  const all: z.infer<typeof postings> = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = ctx.http.atsUrl('lever', host, `/v0/postings/${encodeURIComponent(site)}?mode=json&skip=${page * PAGE}&limit=${PAGE}${query}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    all.push(...parseFeed(postings, answer, url));
    if (answered(answer) < PAGE) break;
  }
  const workplaces = ref.filter?.workplaceType;
  return all
    .filter((p) => !workplaces?.length || matchesAny(p.workplaceType, workplaces))
    .map((p) => ({
      sourceId: p.id ?? null, title: p.text, url: p.hostedUrl ?? `https://jobs.${eu ? 'eu.' : ''}lever.co/${encodeURIComponent(site)}/${p.id}`,
      location: joinPlaces(p.categories?.allLocations?.length ? p.categories.allLocations : [p.categories?.location]),
      workplaceType: p.workplaceType && p.workplaceType !== 'unspecified' ? p.workplaceType : null,
      department: p.categories?.department ?? p.categories?.team ?? null,
      descriptionText: [p.descriptionPlain, ...(p.lists ?? []).map((l) => `${l.text ?? ''}\n${htmlToText(l.content ?? '')}`), p.additionalPlain]
        .map((t) => t?.trim()).filter(Boolean).join('\n\n') || null,
      publishedAt: p.createdAt ?? null,
      compensation: salaryText(p.salaryRange?.min, p.salaryRange?.max, p.salaryRange?.currency, p.salaryRange?.interval),
    }));
}

export const leverSource: FeedSource = {
  kind: 'lever', fromUrl, fromHtml, fetch: fetchLever,
  filterParams: [...SERVER_FILTERS, 'workplaceType'],
  pageParams: Object.fromEntries([...SERVER_FILTERS, 'workplaceType'].map((k) => [k, k])),
};
