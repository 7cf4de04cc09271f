// Jobvite: a company's hosted board (`jobs.jobvite.com/<name>/jobs`), server-rendered HTML with every open
// job on one page: a link `/<name>/job/<id>` per job, its place in the row's `jv-job-list-location` cell.
// No JSON list is public without an API key. An unknown board redirects away from `/<name>/`: it is not
// there. Board URL filters are not known to it, so a filtered URL is read as a page.

import { selectAll, selectOne } from 'css-select';
import type { AnyNode, Document, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { escapeRegExp } from '../../core/text.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { ancestor, parseHtmlDocument, textLine } from '../markup.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = 'jobs.jobvite.com';

function fromUrl(url: URL): BoardRef | null {
  if (url.hostname.toLowerCase() !== HOST) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  // jobs.jobvite.com/NAME[/jobs|/job/ID|/search], and the older jobs.jobvite.com/careers/NAME/…
  const token = boardToken(segs[0] === 'careers' ? segs[1] : segs[0]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/jobs\.jobvite\.com\/[^"'\s<>]+/gi, fromUrl);

/** Pure: the jobs a board page lists, by their links to `/<name>/job/<id>`. */
export const parseJobviteBoard = (html: string, name: string): RawPosting[] => jobsOf(parseHtmlDocument(html), name);

function jobsOf(doc: Document, name: string): RawPosting[] {
  const jobLink = new RegExp(`^(?:https?://jobs\\.jobvite\\.com)?/${escapeRegExp(name)}/job/([A-Za-z0-9]+)`, 'i');
  /** Each row's place, looked up once however many links the row holds. */
  const places = new Map<Element, string | null>();
  const out: RawPosting[] = [];
  for (const a of selectAll<AnyNode, Element>('a[href]', doc)) {
    const id = jobLink.exec(a.attribs.href!)?.[1];
    const title = id ? textLine(a) : null;
    if (!id || !title) continue;
    const row = ancestor(a, (el) => el.name === 'tr');
    if (row && !places.has(row)) places.set(row, textLine(selectOne<AnyNode, Element>('.jv-job-list-location', row)));
    out.push({ sourceId: id, title, url: `https://${HOST}/${name}/job/${id}`, location: row ? places.get(row)! : null });
  }
  return out;
}

async function fetchJobvite(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('jobvite', HOST, `/${encodeURIComponent(ref.token)}/jobs`);
  const r = await ctx.http.getText(url, { signal: ctx.signal });
  if (!new URL(r.url).pathname.toLowerCase().includes(`/${ref.token.toLowerCase()}/`)) {
    throw new PermanentError('http_4xx', `${safeForMessage(url)}: no Jobvite board ${ref.token} (redirected to ${safeForMessage(r.url)})`);
  }
  const doc = parseHtmlDocument(r.text);
  const postings = jobsOf(doc, ref.token);
  // No job and no Jobvite markup (its `jv-` classes): not the board page it used to be (an empty board still carries them).
  if (!postings.length && !selectOne('[class*="jv-"]', doc)) throw new RetryableError('extraction_drift', `${safeForMessage(url)}: not a Jobvite board page any more`);
  return postings;
}

export const jobviteSource: FeedSource = {
  kind: 'jobvite', fromUrl, fromHtml, fetch: fetchJobvite, filterParams: [], pageParams: {},
};
