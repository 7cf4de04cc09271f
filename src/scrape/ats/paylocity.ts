// Paylocity: a company's public board (`recruiting.paylocity.com/Recruiting/Jobs/All/<company id>`), whose
// jobs are the page's own data (`window.pageData`, JSON in a script): one request, no paging, no filters.

import { z } from 'zod';
import { RetryableError } from '../../core/errors.js';
import { firstBoardIn, tokenShape } from '../boardToken.js';
import { dateMs, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { scriptTexts } from '../markup.js';
import { htmlToText } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = 'recruiting.paylocity.com';
const BOARD_PATH = /^\/recruiting\/jobs\/all\/([^/?#]+)/i;

const text = z.string().nullish();
// A job needs its id (its link is built from it) and a title.
const pageData = z.object({
  Jobs: postingList(z.object({
    JobId: z.union([z.number(), z.string()]), JobTitle: z.string(), LocationName: text, PublishedDate: text, Description: text,
    HiringDepartment: text, IsInternal: z.boolean().nullish(), IsRemote: z.boolean().nullish(),
    JobLocation: z.object({ Name: text, City: text, State: text, Country: text }).nullish(),
  })),
});

function fromUrl(url: URL): BoardRef | null {
  if (url.hostname.toLowerCase() !== HOST) return null;
  const token = tokenShape(BOARD_PATH.exec(url.pathname)?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/recruiting\.paylocity\.com\/recruiting\/jobs\/all\/[^"'\s<>]+/gi, fromUrl);

/** Pure: the JSON object literal assigned after `marker` in a script's text (strings and escapes respected); null without one. */
export function objectAfter(page: string, marker: RegExp): unknown {
  const at = page.search(marker);
  const start = at < 0 ? -1 : page.indexOf('{', at);
  if (start < 0) return null;
  let depth = 0;
  let inString = false;
  for (let i = start; i < page.length; i++) {
    const c = page[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
    } else if (c === '"') inString = true;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      try {
        return JSON.parse(page.slice(start, i + 1));
      } catch {
        return null;
      }
    }
  }
  return null;
}

/** Pure: the board's data (`window.pageData = {…}`), from the page's scripts read with the capped parser; null without it. */
export function paylocityPageData(html: string): unknown {
  for (const script of scriptTexts(html)) {
    const data = objectAfter(script, /\bpageData\s*=/);
    if (data !== null) return data;
  }
  return null;
}

async function fetchPaylocity(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('paylocity', HOST, `/Recruiting/Jobs/All/${encodeURIComponent(ref.token)}`);
  const data = paylocityPageData((await ctx.http.getText(url, { signal: ctx.signal })).text);
  if (!data) throw new RetryableError('extraction_drift', `${safeForMessage(url)}: the board page no longer carries its jobs (pageData)`);
  // Internal jobs are for employees only.
  return parseFeed(pageData, data, url).Jobs.filter((j) => j.IsInternal !== true).map((j) => {
    const where = j.JobLocation;
    const place = [where?.City, where?.State, where?.Country].filter(Boolean).join(', ');
    // A location's name is often only its arrangement ("Hybrid"): a place only when it is more than that.
    const label = j.LocationName && !/^\s*(hybrid|remote|on-?site)\s*$/i.test(j.LocationName) ? j.LocationName : null;
    return {
      sourceId: String(j.JobId), title: j.JobTitle, url: `https://${HOST}/Recruiting/Jobs/Details/${encodeURIComponent(String(j.JobId))}`,
      location: joinPlaces([place || label]),
      workplaceType: j.IsRemote ? 'Remote' : workplaceFromText(j.LocationName, where?.Name),
      department: j.HiringDepartment ?? null, descriptionText: j.Description ? htmlToText(j.Description) || null : null,
      publishedAt: dateMs(j.PublishedDate),
    };
  });
}

export const paylocitySource: FeedSource = {
  kind: 'paylocity', fromUrl, fromHtml, fetch: fetchPaylocity, filterParams: [], pageParams: {},
};
