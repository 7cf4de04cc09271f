// iCIMS: a company's career portal (`careers-<name>.icims.com`), whose job search renders server-side when
// asked for its iframe content (`/jobs/search?ss=1&in_iframe=1&pr=<page>`, pages from 0). Each job is an
// `iCIMS_Anchor` link to `/jobs/<id>/<slug>/job`, its places under a "Job Locations" label. The search's
// own parameters (`searchCategory`, `searchLocation`, `searchKeyword` …) pasted with the URL go to the
// search as they are. Pages go on while they bring new jobs, up to the "Page n of N" the pager announces.

import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { RetryableError } from '../../core/errors.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { joinPlaces } from '../feed.js';
import { ancestor, parseHtmlDocument, textLine, textOf } from '../markup.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const MAX_PAGES = 100;
/** The portal's paging and iframe display parameters: part of the address, never a filter. */
const DISPLAY_PARAMS = ['ss', 'pr', 'in_iframe', 'hashed', 'mobile', 'width', 'height', 'bga', 'needsRedirect', 'jan1offset', 'jun1offset'];

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.icims\.com$/.exec(url.hostname.toLowerCase());
  const token = boardToken(m?.[1]);
  return token ? { token, filter: filterFromUrl(url, DISPLAY_PARAMS) } : null;
}

// Job links and the portal's iframe (`…icims.com/jobs/search?…&in_iframe=1`); iCIMS's own site has no `/jobs/`.
const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.icims\.com\/jobs[/?][^"'\s<>]*/gi, fromUrl);

const hasClass = (el: Element, name: string) => ` ${el.attribs.class ?? ''} `.includes(` ${name} `);

const LOCATIONS_LABEL = /^job locations?$/i;

/** The places under a card's "Job Locations" label; null when the card has none. */
function locationOf(card: Element): string | null {
  for (const header of selectAll<AnyNode, Element>('.header', card)) {
    const texts = selectAll<AnyNode, Element>('span', header).map(textLine);
    if (texts.some((t) => t && LOCATIONS_LABEL.test(t))) return joinPlaces(texts.filter((t) => !t || !LOCATIONS_LABEL.test(t)));
  }
  return null;
}

/** Pure: the jobs on one search page of the portal at `host`, the N of its pager's "Page n of N" (null without one), and whether it is iCIMS's markup at all. */
export function readIcimsPage(html: string, host: string): { jobs: RawPosting[]; pages: number | null; portal: boolean } {
  const doc = parseHtmlDocument(html);
  return { jobs: jobsOf(doc, host), pages: pageCount(textOf(doc)), portal: selectOne('[class*="iCIMS_"]', doc) !== null };
}

/** Pure: the jobs on one search page of the portal at `host`. */
export const parseIcimsPage = (html: string, host: string): RawPosting[] => readIcimsPage(html, host).jobs;

function jobsOf(doc: AnyNode, host: string): RawPosting[] {
  const out: RawPosting[] = [];
  /** Each card's places, looked up once however many links the card holds. */
  const places = new Map<Element, string | null>();
  for (const a of selectAll<AnyNode, Element>('a.iCIMS_Anchor[href]', doc)) {
    let url: URL;
    try {
      url = new URL(a.attribs.href!, `https://${host}/`);
    } catch {
      continue;
    }
    const id = /^\/jobs\/(\d+)\//.exec(url.pathname)?.[1];
    // The heading a person reads; the link's title attribute is "<id> - <title>".
    const title = id ? textLine(selectOne<AnyNode, Element>('h1, h2, h3, h4', a)) ?? a.attribs.title?.replace(/^\d+\s+-\s+/, '').trim() ?? null : null;
    if (!id || !title) continue;
    url.searchParams.delete('in_iframe');
    const card = ancestor(a, (el) => hasClass(el, 'row') || hasClass(el, 'iCIMS_JobCardItem'));
    if (card && !places.has(card)) places.set(card, locationOf(card));
    out.push({ sourceId: id, title, url: url.toString(), location: card ? places.get(card)! : null });
  }
  return out;
}

/** N of the pager's "Page n of N" in the page's text (read from the parsed page: no pattern runs over markup). */
function pageCount(text: string): number | null {
  const m = /\bPage\s+\d+\s+of\s+(\d+)\b/i.exec(text);
  return m ? Number(m[1]) : null;
}

async function fetchIcims(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const host = `${ref.token}.icims.com`;
  const filter = Object.entries(ref.filter ?? {}).flatMap(([k, values]) => values.map((v) => `&${encodeURIComponent(k)}=${encodeURIComponent(v)}`)).join('');
  const byId = new Map<string, RawPosting>();
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = ctx.http.atsUrl('icims', host, `/jobs/search?ss=1&in_iframe=1&pr=${page}${filter}`);
    const { text } = await ctx.http.getText(url, { signal: ctx.signal });
    const { jobs, pages, portal } = readIcimsPage(text, host);
    if (page === 0 && !jobs.length && !portal) throw new RetryableError('extraction_drift', `${safeForMessage(url)}: not an iCIMS job search any more`);
    const fresh = jobs.filter((j) => !byId.has(j.sourceId!));
    for (const j of fresh) byId.set(j.sourceId!, j);
    // Past its last page a portal may answer the last page again: a page with nothing new ends the search.
    if (!fresh.length || (pages !== null && page + 1 >= pages)) break;
  }
  return [...byId.values()];
}

export const icimsSource: FeedSource = {
  kind: 'icims', fromUrl, fromHtml, fetch: fetchIcims, filterParams: 'any', pageParams: {},
};
