// Eightfold (the careers sites of Netflix and others): a paged JSON list under /api/apply/v2/jobs with the
// tenant's `domain`. The first custom source beyond the nine ATS feeds; the token is `host|domain`.
// Server-side filters: `location` and `query`, as the site's own search sends them.

import { z } from 'zod';
import { boardToken } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { answered, identityOrLink, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import { withPcsxFallback } from './eightfoldPcsx.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const PAGE = 100;
const MAX_PAGES = 50;
const DOMAIN = /^[a-z0-9-]+(\.[a-z0-9-]+)+$/i;
const HOST = /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d+)?$/i;

const jobs = z.object({
  count: z.number().nullish(),
  positions: postingList(identityOrLink(z.object({
    id: z.union([z.number(), z.string()]).nullish(), name: z.string(), location: z.string().nullish(), locations: z.array(z.string()).nullish(),
    department: z.string().nullish(), t_create: z.number().nullish(), canonicalPositionUrl: z.string().nullish(),
    job_description: z.string().nullish(), work_location_option: z.string().nullish(), display_job_id: z.string().nullish(),
  }), 'id', 'canonicalPositionUrl')),
});

const token = (host: string, domain: string | null) => (domain && DOMAIN.test(domain) && HOST.test(host) ? `${host.toLowerCase()}|${domain.toLowerCase()}` : null);

function fromUrl(url: URL): BoardRef | null {
  const host = url.hostname.toLowerCase();
  if (!host.endsWith('.eightfold.ai')) return null;
  const tenant = boardToken(host.split('.')[0]);
  const t = tenant ? token(url.host, url.searchParams.get('domain') ?? `${tenant}.com`) : null;
  return t ? { token: t, filter: filterFromUrl(url, ['domain', 'pid', 'sort_by', 'start', 'num', 'hl']) } : null;
}

/** A branded careers site run by Eightfold (explore.jobs.netflix.net): its assets and its `domain` give it away. */
function fromHtml(html: string, pageUrl: URL): BoardRef | null {
  if (!/eightfold|vscdn\.net/i.test(html)) return null;
  const inPage = /["']?domain["']?\s*[:=]\s*["']([a-z0-9.-]+\.[a-z]{2,})["']/i.exec(html)?.[1] ?? null;
  const t = token(pageUrl.host, pageUrl.searchParams.get('domain') ?? inPage);
  return t ? { token: t, filter: filterFromUrl(pageUrl, ['domain', 'pid', 'sort_by', 'start', 'num', 'hl']) } : null;
}

async function fetchEightfold(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host, domain] = ref.token.split('|') as [string, string];
  const query = ['location', 'query'].flatMap((k) => (ref.filter?.[k] ?? []).map((v) => `&${k}=${encodeURIComponent(v)}`)).join('');
  const out: RawPosting[] = [];
  let start = 0;
  for (let n = 0; n < MAX_PAGES; n++) {
    const url = ctx.http.atsUrl('eightfold', host, `/api/apply/v2/jobs?domain=${encodeURIComponent(domain)}&start=${start}&num=${PAGE}${query}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const data = parseFeed(jobs, answer, url);
    for (const p of data.positions) {
      out.push({
        sourceId: p.id != null ? String(p.id) : null, title: p.name, url: p.canonicalPositionUrl ?? `https://${host}/careers?pid=${p.id}&domain=${domain}`,
        location: joinPlaces(p.locations?.length ? p.locations : [p.location]), workplaceType: workplaceFromText(p.work_location_option),
        department: p.department ?? null, descriptionText: p.job_description ? htmlToText(p.job_description) : null,
        publishedAt: p.t_create ? p.t_create * 1000 : null,
      });
    }
    // Tenants cap the page size below what was asked; advance by what came back.
    const sent = answered(answer, 'positions');
    start += sent;
    if (sent === 0 || (data.count != null && start >= data.count)) break;
  }
  return out;
}

export const eightfoldSource: FeedSource = {
  kind: 'eightfold', fromUrl, fromHtml, fetch: withPcsxFallback(fetchEightfold), filterParams: ['location', 'query'], pageParams: {},
};
