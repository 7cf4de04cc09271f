// JOIN: a company's page (`join.com/companies/<slug>`) names the company's id in its Next.js page data; its
// jobs come from the public list the page calls (`/api/public/companies/<id>/jobs`), paged by `page`.

import { z } from 'zod';
import { parseDocument } from 'htmlparser2';
import { selectOne } from 'css-select';
import { textContent } from 'domutils';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { dateMs, joinPlaces, parseFeed, workplaceFromText } from '../feed.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = 'join.com';
/** The page size public JOIN readers ask for and the genuine answer carries; larger ones are reported refused. */
const PAGE_SIZE = 5;

const text = z.string().nullish().catch(null);
const named = z.object({ name: text }).nullish().catch(null);
const pageData = z.object({
  props: z.object({
    pageProps: z.object({
      statusCode: z.number().nullish().catch(null),
      initialState: z.object({ company: z.object({ id: z.union([z.number(), z.string()]) }).nullish().catch(null) }).nullish().catch(null),
    }),
  }),
});
// Only the link's `idParam` and a title are required; any other field may be missing or malformed.
const jobs = z.object({
  items: z.array(z.object({
    id: z.union([z.number(), z.string()]).nullish().catch(null), idParam: z.string(), title: z.string(),
    createdAt: text, workplaceType: text, category: named, country: named,
    city: z.object({ cityName: text, countryName: text }).nullish().catch(null),
  })),
  pagination: z.object({ pageCount: z.number().nullish().catch(null) }).nullish().catch(null),
});

function fromUrl(url: URL): BoardRef | null {
  if (url.hostname.toLowerCase().replace(/^www\./, '') !== HOST) return null;
  const segs = url.pathname.split('/').filter(Boolean);
  // join.com/companies/SLUG[/JOB]
  const token = segs[0] === 'companies' ? boardToken(segs[1]) : null;
  return token ? { token, filter: filterFromUrl(url) } : null;
}

const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/(?:www\.)?join\.com\/companies\/[^"'\s<>]+/gi, fromUrl);

/** Pure: the company id in a company page's `__NEXT_DATA__`; 'gone' when the page is JOIN's not-found page. */
export function joinCompanyId(html: string): string | 'gone' | null {
  const script = selectOne<AnyNode, Element>('script#__NEXT_DATA__', parseDocument(html));
  if (!script) return null;
  let parsed: z.infer<typeof pageData>;
  try {
    const result = pageData.safeParse(JSON.parse(textContent(script)));
    if (!result.success) return null;
    parsed = result.data;
  } catch {
    return null;
  }
  const { statusCode, initialState } = parsed.props.pageProps;
  // A company that is gone is answered 200 with the site's error page (status 404 or 410 in the page data).
  if (statusCode === 404 || statusCode === 410) return 'gone';
  const id = initialState?.company?.id;
  return id === undefined || id === null || !/^\d+$/.test(String(id)) ? null : String(id);
}

async function companyId(ref: BoardRef, ctx: ScrapeContext): Promise<string> {
  const url = ctx.http.atsUrl('join', HOST, `/companies/${encodeURIComponent(ref.token)}`);
  const id = joinCompanyId((await ctx.http.getText(url, { signal: ctx.signal })).text);
  if (id === 'gone') throw new PermanentError('http_4xx', `${safeForMessage(url)}: JOIN has no company ${ref.token} any more`);
  if (!id) throw new RetryableError('extraction_drift', `${safeForMessage(url)}: the company page no longer carries the company's id`);
  return id;
}

async function fetchJoin(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const id = await companyId(ref, ctx);
  const out: RawPosting[] = [];
  for (let page = 1; page <= MAX_POSTINGS_PER_SCRAPE / PAGE_SIZE; page++) {
    const url = ctx.http.atsUrl('join', HOST, `/api/public/companies/${id}/jobs?page=${page}&pageSize=${PAGE_SIZE}`);
    const data = parseFeed(jobs, await ctx.http.getJson(url, { signal: ctx.signal }), url);
    for (const job of data.items) {
      const city = job.city?.cityName;
      out.push({
        sourceId: job.id == null ? job.idParam : String(job.id), title: job.title,
        url: `https://${HOST}/companies/${encodeURIComponent(ref.token)}/${encodeURIComponent(job.idParam)}`,
        location: joinPlaces([[city, job.city?.countryName ?? job.country?.name].filter(Boolean).join(', ')]),
        workplaceType: workplaceFromText(job.workplaceType), department: job.category?.name ?? null, publishedAt: dateMs(job.createdAt),
      });
    }
    if (!data.items.length || page >= (data.pagination?.pageCount ?? page)) break;
  }
  return out;
}

export const joinSource: FeedSource = {
  kind: 'join', fromUrl, fromHtml, fetch: fetchJoin, filterParams: [], pageParams: {},
};
