// Jobvite: a company's hosted board (`jobs.jobvite.com/<name>/jobs`), server-rendered HTML with every open
// job on one page: a link `/<name>/job/<id>` per job, its place in the row's `jv-job-list-location` cell.
// No JSON list is public without an API key. An unknown board redirects away from `/<name>/`: it is not
// there. Board URL filters are not known to it, so a filtered URL is read as a page.

import { parseDocument } from 'htmlparser2';
import { selectAll, selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
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

const oneLine = (el: Element | null) => (el ? textContent(el).replace(/\s+/g, ' ').trim() || null : null);

/** Pure: the jobs a board page lists, by their links to `/<name>/job/<id>`. */
export function parseJobviteBoard(html: string, name: string): RawPosting[] {
  const doc = parseDocument(html);
  const jobLink = new RegExp(`^(?:https?://jobs\\.jobvite\\.com)?/${name.replace(/\./g, '\\.')}/job/([A-Za-z0-9]+)`, 'i');
  const out: RawPosting[] = [];
  for (const a of selectAll<AnyNode, Element>('a[href]', doc)) {
    const id = jobLink.exec(a.attribs.href!)?.[1];
    const title = oneLine(a);
    if (!id || !title) continue;
    let row = a.parent;
    while (row && !(row.type === 'tag' && row.name === 'tr')) row = row.parent;
    out.push({
      sourceId: id, title, url: `https://${HOST}/${name}/job/${id}`,
      location: row ? oneLine(selectOne<AnyNode, Element>('.jv-job-list-location', row)) : null,
    });
  }
  return out;
}

async function fetchJobvite(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('jobvite', HOST, `/${encodeURIComponent(ref.token)}/jobs`);
  const r = await ctx.http.getText(url, { signal: ctx.signal });
  if (!new URL(r.url).pathname.toLowerCase().includes(`/${ref.token.toLowerCase()}/`)) {
    throw new PermanentError('http_4xx', `${safeForMessage(url)}: no Jobvite board ${ref.token} (redirected to ${safeForMessage(r.url)})`);
  }
  const postings = parseJobviteBoard(r.text, ref.token);
  // No job and no Jobvite markup: not the board page it used to be (an empty board still carries its markup).
  if (!postings.length && !/\bjv-/.test(r.text)) throw new RetryableError('extraction_drift', `${safeForMessage(url)}: not a Jobvite board page any more`);
  return postings;
}

export const jobviteSource: FeedSource = {
  kind: 'jobvite', fromUrl, fromHtml, fetch: fetchJobvite, filterParams: [], pageParams: {},
};
