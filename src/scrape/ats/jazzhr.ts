// JazzHR: a company's hosted board (`<name>.applytojob.com/apply`), server-rendered HTML with every open job
// on one page, each a link to `/apply/<id>/<slug>` with its place beside it. Its API needs a key.

import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { escapeRegExp } from '../../core/text.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { workplaceFromText } from '../feed.js';
import { ancestor, parseHtmlDocument, textLine } from '../markup.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = /^([a-z0-9-]+)\.applytojob\.com$/;
/** JazzHR's embeddable job widget names the same board (`app.jazz.co/widgets/basic/create/<name>`). */
const WIDGET = /https?:\/\/app\.jazz\.co\/widgets\/[a-z]+\/create\/([a-z0-9-]+)/i;

function fromUrl(url: URL): BoardRef | null {
  const token = boardToken(HOST.exec(url.hostname.toLowerCase())?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

function fromHtml(html: string): BoardRef | null {
  const linked = firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.applytojob\.com(?:\/[^"'\s<>]*)?/gi, fromUrl);
  if (linked) return linked;
  const token = boardToken(WIDGET.exec(html)?.[1]?.toLowerCase());
  return token ? { token, filter: null } : null;
}

/** The markup of a board's list, there even when it lists nothing. */
const LIST_MARKUP = '[class*="jobs-list" i], [id*="jobs-list" i], [class*="resumator" i], [id*="resumator" i]';

const absolute = (href: string, base: string) => {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
};

/** Pure: the jobs a board's page lists, by their links to `/apply/<id>/<slug>` on the board's host. */
export const parseJazzhrBoard = (html: string, name: string): RawPosting[] => jobsOf(parseHtmlDocument(html), name);

function jobsOf(doc: Document, name: string): RawPosting[] {
  const jobLink = new RegExp(`^https?://${escapeRegExp(name)}\\.applytojob\\.com/apply/([A-Za-z0-9]+)/`, 'i');
  const byId = new Map<string, RawPosting>();
  /** Each entry's place, looked up once however many links the entry holds. */
  const places = new Map<Element, string | null>();
  for (const a of selectAll<AnyNode, Element>('a[href]', doc)) {
    const href = absolute(a.attribs.href!, `https://${name}.applytojob.com/apply/`);
    const id = href ? jobLink.exec(href)?.[1] : undefined;
    const title = id && !byId.has(id) ? textLine(a) : null;
    if (!id || !title) continue;
    // The place is the entry beside the job's heading marked with the map-marker icon.
    const item = ancestor(a, (el) => el.name === 'li' || el.name === 'tr');
    if (item && !places.has(item)) places.set(item, textLine(selectOne<AnyNode, Element>('.fa-map-marker', item)?.parent ?? null));
    const location = item ? places.get(item)! : null;
    byId.set(id, { sourceId: id, title, url: href!, location, workplaceType: workplaceFromText(location) });
  }
  return [...byId.values()];
}

async function fetchJazzhr(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  if (!boardToken(ref.token) || !/^[a-z0-9-]+$/i.test(ref.token)) {
    throw new PermanentError('invalid_payload', 'a jazzhr board is the NAME of NAME.applytojob.com; ' +
      'set it again with `scoutly companies set-source SLUG https://NAME.applytojob.com/apply`');
  }
  const host = `${ref.token.toLowerCase()}.applytojob.com`;
  const url = ctx.http.atsUrl('jazzhr', host, '/apply');
  const r = await ctx.http.getText(url, { signal: ctx.signal });
  // A name JazzHR does not host is redirected to JazzHR's own site.
  if (!r.url.toLowerCase().includes(`${host}/`)) {
    throw new PermanentError('http_4xx', `${safeForMessage(url)}: no JazzHR board ${ref.token} (redirected to ${safeForMessage(r.url)})`);
  }
  const doc = parseHtmlDocument(r.text);
  const postings = jobsOf(doc, ref.token.toLowerCase());
  // An empty board still has its list's markup ("jobs-list"; "resumator" in the older layout).
  if (!postings.length && !selectOne(LIST_MARKUP, doc)) {
    throw new RetryableError('extraction_drift', `${safeForMessage(url)}: not a JazzHR board page any more`);
  }
  return postings;
}

export const jazzhrSource: FeedSource = {
  kind: 'jazzhr', fromUrl, fromHtml, fetch: fetchJazzhr, filterParams: [], pageParams: {},
};
