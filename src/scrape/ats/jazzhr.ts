// JazzHR: a company's hosted board (`<name>.applytojob.com/apply`), server-rendered HTML with every open job
// on one page, each a link to `/apply/<id>/<slug>` with its place beside it. Its API needs a key.

import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { escapeRegExp } from '../../core/text.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { workplaceFromText } from '../feed.js';
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

const absolute = (href: string, base: string) => {
  try {
    return new URL(href, base).toString();
  } catch {
    return null;
  }
};

const oneLine = (node: AnyNode | null) => (node ? textContent(node).replace(/\s+/g, ' ').trim() || null : null);

/** Pure: the jobs a board's page lists, by their links to `/apply/<id>/<slug>` on the board's host. */
export function parseJazzhrBoard(html: string, name: string): RawPosting[] {
  const jobLink = new RegExp(`^https?://${escapeRegExp(name)}\\.applytojob\\.com/apply/([A-Za-z0-9]+)/`, 'i');
  const byId = new Map<string, RawPosting>();
  for (const a of selectAll<AnyNode, Element>('a[href]', parseDocument(html))) {
    const href = absolute(a.attribs.href!, `https://${name}.applytojob.com/apply/`);
    const id = href ? jobLink.exec(href)?.[1] : undefined;
    const title = oneLine(a);
    if (!id || !title || byId.has(id)) continue;
    // The place is the entry beside the job's heading marked with the map-marker icon.
    let item: AnyNode | null = a.parent;
    while (item && !(item.type === 'tag' && ((item as Element).name === 'li' || (item as Element).name === 'tr'))) item = item.parent;
    const marker = item ? selectOne<AnyNode, Element>('.fa-map-marker', item) : null;
    const location = oneLine(marker?.parent ?? null);
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
  const postings = parseJazzhrBoard(r.text, ref.token.toLowerCase());
  // An empty board still has its list's markup ("jobs-list"; "resumator" in the older layout).
  if (!postings.length && !/\b(jobs-list|resumator)/i.test(r.text)) {
    throw new RetryableError('extraction_drift', `${safeForMessage(url)}: not a JazzHR board page any more`);
  }
  return postings;
}

export const jazzhrSource: FeedSource = {
  kind: 'jazzhr', fromUrl, fromHtml, fetch: fetchJazzhr, filterParams: [], pageParams: {},
};
