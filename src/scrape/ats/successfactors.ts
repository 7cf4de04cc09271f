// SAP SuccessFactors career sites (Recruiting Marketing, on the company's own host; token `HOST[|LOCALE]`):
// the site's own job search (`POST /services/recruiting/v1/jobs`), ten a page by `pageNumber` up to `totalJobs`.

import { z } from 'zod';
import { PermanentError } from '../../core/errors.js';
import { firstBoardIn } from '../boardToken.js';
import { answered, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { parseMarkup } from '../markup.js';
import { MAX_POSTINGS_PER_SCRAPE, htmlToText } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

/** The search answers ten a page whatever is asked. */
const PAGE = 10;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;
const LOCALE = /^[a-z]{2}_[A-Z]{2}$/;
const DEFAULT_LOCALE = 'en_US';
const SEARCH_PATH = '/services/recruiting/v1/jobs';
/** A job's page on such a site: `/job/<url title>/<id>-<locale>/`, under a brand's path on some. */
const JOB_PATH = /^(?:\/[^/]+)?\/job\/[^/]+\/\d+-[a-z]{2}_[A-Z]{2}\/?$/;
/** The Recruiting Marketing ("Jobs2Web") engine's own assets, on every page of such a site. */
const ENGINE_ASSETS = /["'](?:https?:\/\/[^"'/]+)?\/platform\/(?:js|css)\/j2w\//i;

const text = z.string().nullish();
// A job needs its id (its link is built from it) and a title.
const search = z.object({
  totalJobs: z.number().nullish(),
  jobSearchResult: postingList(z.object({
    response: z.object({
      id: z.union([z.string(), z.number()]), unifiedStandardTitle: z.string(), urlTitle: text, unifiedUrlTitle: text,
      jobLocationShort: z.array(z.string()).nullish(), unifiedStandardStart: text,
    }),
  })).nullish(),
});

const board = (host: string, locale: string | null) => (locale && locale !== DEFAULT_LOCALE ? `${host}|${locale}` : host);

/** A URL of the search itself or of one of the site's job pages; other pages are recognised by their assets. */
function fromUrl(url: URL): BoardRef | null {
  if (!HOST.test(url.host) || !(url.pathname === SEARCH_PATH || JOB_PATH.test(url.pathname))) return null;
  const locale = /-([a-z]{2}_[A-Z]{2})\/?$/.exec(url.pathname)?.[1] ?? null;
  return { token: board(url.host.toLowerCase(), locale), filter: filterFromUrl(url) };
}

/**
 * Links to the site's job pages; else a page of the site itself (its own host) by the engine's assets,
 * searched in the page's language (`<html lang="en-GB">`).
 */
function fromHtml(html: string, pageUrl: URL): BoardRef | null {
  const linked = firstBoardIn(html, /https?:\/\/[a-z0-9.-]+(?::\d+)?(?:\/[^/"'\s<>]+)?\/job\/[^/"'\s<>]+\/\d+-[a-z]{2}_[A-Z]{2}\/?(?=["'\s<>]|$)/g, fromUrl);
  if (linked) return linked;
  if (!ENGINE_ASSETS.test(html) || !HOST.test(pageUrl.host)) return null;
  const lang = /^([a-z]{2})[-_]([a-z]{2})$/i.exec(pageLanguage(html) ?? '');
  return { token: board(pageUrl.host.toLowerCase(), lang ? `${lang[1]!.toLowerCase()}_${lang[2]!.toUpperCase()}` : null), filter: null };
}

/** The `lang` of a page's `<html>` element, read with the capped parser; null without one. */
function pageLanguage(html: string): string | null {
  let lang: string | null | undefined;
  parseMarkup(html, {
    onopentag(name, attribs) {
      if (name === 'html' && lang === undefined) lang = attribs.lang?.trim() ?? null;
    },
  });
  return lang ?? null;
}

/**
 * Pure: a posting date as the search writes it, in its locale's order (`7/9/26` in en_US is 9 July 2026;
 * `29/06/2026` in en_GB is 29 June), as UTC midnight; null otherwise.
 */
export function successFactorsDate(value: string | null | undefined, locale: string): number | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{2}|\d{4})$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[2])];
  const [month, day] = locale.endsWith('_US') ? [a, b] : [b, a];
  const year = m[3]!.length === 2 ? 2000 + Number(m[3]) : Number(m[3]);
  const ms = Date.UTC(year, month - 1, day);
  return month >= 1 && month <= 12 && new Date(ms).getUTCDate() === day ? ms : null;
}

async function fetchSuccessFactors(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host = '', locale = DEFAULT_LOCALE] = ref.token.split('|');
  if (!HOST.test(host) || !LOCALE.test(locale)) {
    throw new PermanentError('invalid_payload', 'a successfactors board is the career site\'s HOST (or HOST|LOCALE, e.g. jobs.acme.com|en_GB); ' +
      'set it again with `scoutly companies set-source SLUG successfactors:HOST`');
  }
  const url = ctx.http.atsUrl('successfactors', host, SEARCH_PATH);
  const byId = new Map<string, RawPosting>();
  let total: number | null = null;
  for (let page = 0; page < MAX_POSTINGS_PER_SCRAPE / PAGE; page++) {
    const body = { locale, pageNumber: page, sortBy: '', keywords: '', location: '', facetFilters: {}, brand: '', skills: [], categoryId: 0, alertId: '', rcmCandidateId: '' };
    const answer = await ctx.http.postJson(url, body, { signal: ctx.signal });
    const data = parseFeed(search, answer, url);
    const results = data.jobSearchResult ?? [];
    if (page === 0) total = data.totalJobs ?? null;
    for (const { response: job } of results) {
      const id = String(job.id);
      // The url titles come percent-encoded already.
      const slug = job.urlTitle ?? job.unifiedUrlTitle ?? 'job';
      // Places come as markup ("Bangalore, KA<br/>IND").
      const places = (job.jobLocationShort ?? []).map(htmlToText);
      byId.set(id, {
        sourceId: id, title: job.unifiedStandardTitle.trim(), url: `https://${host}/job/${slug}/${encodeURIComponent(id)}-${locale}`,
        location: joinPlaces(places), workplaceType: workplaceFromText(...places),
        publishedAt: successFactorsDate(job.unifiedStandardStart, locale),
      });
    }
    // Every page up to the total the first one announces (a job may come again on a later page: ids decide);
    // without a total, a short page is the last.
    const sent = answered(answer, 'jobSearchResult');
    const last = total !== null ? (page + 1) * PAGE >= total : sent < PAGE;
    if (!sent || last) break;
  }
  return [...byId.values()];
}

export const successFactorsSource: FeedSource = {
  kind: 'successfactors', fromUrl, fromHtml, fetch: fetchSuccessFactors, filterParams: [], pageParams: {},
};
