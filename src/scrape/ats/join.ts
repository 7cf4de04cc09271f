// JOIN: a company's page (`join.com/companies/<slug>`) names the company's id in its Next.js page data; its
// jobs come from the public list the page calls (`/api/public/companies/<id>/jobs`), paged by `page`.

import { z } from 'zod';
import { selectOne } from 'css-select';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError, RetryableError } from '../../core/errors.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { answered, dateMs, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { parseHtmlDocument, textOf } from '../markup.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import { safeForMessage } from '../urlSafety.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = 'join.com';
/** The page size public JOIN readers ask for and the genuine answer carries; larger ones are reported refused. */
const PAGE_SIZE = 5;

const text = z.string().nullish();
const named = z.object({ name: text }).nullish();
/** The page data of a company JOIN does not have: its not-found page, answered 200. */
const notFoundPage = z.object({ props: z.object({ pageProps: z.object({ statusCode: z.union([z.literal(404), z.literal(410)]) }) }) });
const companyPage = z.object({
  props: z.object({ pageProps: z.object({ initialState: z.object({ company: z.object({ id: z.union([z.number(), z.string()]) }) }) }) }),
});
// A job needs its link's `idParam` and a title; its id is optional (the link keys it then).
const jobs = z.object({
  items: postingList(z.object({
    id: z.union([z.number(), z.string()]).nullish(), idParam: z.string(), title: z.string(),
    createdAt: text, workplaceType: text, category: named, country: named,
    city: z.object({ cityName: text, countryName: text }).nullish(),
  })),
  pagination: z.object({ pageCount: z.number().nullish() }).nullish(),
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
  const script = selectOne<AnyNode, Element>('script#__NEXT_DATA__', parseHtmlDocument(html));
  if (!script) return null;
  let data: unknown;
  try {
    data = JSON.parse(textOf(script));
  } catch {
    return null;
  }
  // A company that is gone is answered 200 with the site's error page (status 404 or 410 in the page data).
  if (notFoundPage.safeParse(data).success) return 'gone';
  const page = companyPage.safeParse(data);
  const id = page.success ? String(page.data.props.pageProps.initialState.company.id) : null;
  return id !== null && /^\d+$/.test(id) ? id : null;
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
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const data = parseFeed(jobs, answer, url);
    for (const job of data.items) {
      const city = job.city?.cityName;
      out.push({
        sourceId: job.id == null ? job.idParam : String(job.id), title: job.title,
        url: `https://${HOST}/companies/${encodeURIComponent(ref.token)}/${encodeURIComponent(job.idParam)}`,
        location: joinPlaces([[city, job.city?.countryName ?? job.country?.name].filter(Boolean).join(', ')]),
        workplaceType: workplaceFromText(job.workplaceType), department: job.category?.name ?? null, publishedAt: dateMs(job.createdAt),
      });
    }
    if (!answered(answer, 'items') || page >= (data.pagination?.pageCount ?? page)) break;
  }
  return out;
}

export const joinSource: FeedSource = {
  kind: 'join', fromUrl, fromHtml, fetch: fetchJoin, filterParams: [], pageParams: {},
};
