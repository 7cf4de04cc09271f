// Eightfold's PCSX search (`/api/pcsx/search`, what branded careers sites call themselves), for tenants that
// refuse `/api/apply/v2/jobs`: same token and filters; pages of the tenant's size, by `start` up to `data.count`.

import { z } from 'zod';
import { TaskError } from '../../core/errors.js';
import { answered, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import type { BoardRef, RawPosting, ScrapeContext } from '../types.js';

// A position needs its id (its link is built from it when its own is not on the site) and a name.
const position = z.object({
  id: z.union([z.number(), z.string()]), name: z.string(),
  locations: z.array(z.string()).nullish(), standardizedLocations: z.array(z.string()).nullish(),
  department: z.string().nullish(), postedTs: z.number().nullish(), creationTs: z.number().nullish(),
  positionUrl: z.string().nullish(), workLocationOption: z.string().nullish(),
});
const search = z.object({ data: z.object({ count: z.number().nullish(), positions: postingList(position) }) });

/** A position's page on the tenant's site: its own relative `positionUrl`, else the site's job path. */
const positionPage = (host: string, p: z.infer<typeof position>) =>
  p.positionUrl?.startsWith('/') ? `https://${host}${p.positionUrl}` : `https://${host}/careers/job/${encodeURIComponent(String(p.id))}`;

async function fetchEightfoldPcsx(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host, domain] = ref.token.split('|') as [string, string];
  const query = ['location', 'query'].flatMap((k) => (ref.filter?.[k] ?? []).map((v) => `&${k}=${encodeURIComponent(v)}`)).join('');
  const out: RawPosting[] = [];
  let start = 0;
  while (out.length < MAX_POSTINGS_PER_SCRAPE) {
    const url = ctx.http.atsUrl('eightfold', host, `/api/pcsx/search?domain=${encodeURIComponent(domain)}&start=${start}${query}`);
    const answer = await ctx.http.getJson(url, { signal: ctx.signal });
    const { data } = parseFeed(search, answer, url);
    for (const p of data.positions) {
      const ts = p.postedTs ?? p.creationTs;
      const places = p.locations?.length ? p.locations : (p.standardizedLocations ?? []);
      out.push({
        sourceId: String(p.id), title: p.name, url: positionPage(host, p), location: joinPlaces(places),
        // The place names win: real answers carry `workLocationOption: "onsite"` next to "Canada - Remote".
        workplaceType: workplaceFromText(...places) ?? workplaceFromText(p.workLocationOption),
        department: p.department ?? null, publishedAt: ts ? ts * 1000 : null,
      });
    }
    // Pages of the tenant's size: advance by what came back.
    const sent = answered((answer as { data: unknown }).data, 'positions');
    start += sent;
    if (sent === 0 || (data.count != null && start >= data.count)) break;
  }
  return out;
}

/** The v2 list refused (403 as a branded tenant answers it, or another 4xx): PCSX is asked instead. */
const refused = (err: unknown) => err instanceof TaskError && (err.kind === 'http_4xx' || err.kind === 'blocked');

/** Wraps the v2 reader: a tenant that refuses it is read through PCSX in the same attempt. */
export function withPcsxFallback(readV2: (ref: BoardRef, ctx: ScrapeContext) => Promise<RawPosting[]>) {
  return async (ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> => {
    try {
      return await readV2(ref, ctx);
    } catch (err) {
      if (!refused(err)) throw err;
      ctx.log.debug(`eightfold ${ref.token}: /api/apply/v2/jobs refused (${(err as Error).message}); reading /api/pcsx/search`);
      return fetchEightfoldPcsx(ref, ctx);
    }
  };
}
