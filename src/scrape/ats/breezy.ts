// Breezy HR: the public JSON list of a company's positions.
import { htmlToText } from '../normalize.js';
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

type BreezyPositions = { id?: string; _id?: string; name: string; url: string; location?: { name?: string; is_remote?: boolean };
  department?: string; published_date?: string; description?: string }[];

export async function fetchBreezy(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const data = await ctx.http.getJson<BreezyPositions>(ctx.http.atsUrl('breezy', `${token}.breezy.hr`, '/json'), { signal: ctx.signal });
  return (Array.isArray(data) ? data : []).map((p) => ({
    sourceId: p.id ?? p._id ?? null, title: p.name, url: p.url, location: p.location?.name ?? null,
    workplaceType: p.location?.is_remote ? 'Remote' : null, department: p.department ?? null,
    descriptionText: p.description ? htmlToText(p.description) : null, publishedAt: dateMs(p.published_date),
  }));
}
