// Recruitee offers API: the whole board, descriptions inline.
import { htmlToText } from '../normalize.js';
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

interface RecruiteeOffers {
  offers: { id: number; title: string; careers_url: string; location?: string; remote?: boolean; department?: string;
    description?: string; requirements?: string; published_at?: string }[];
}

export async function fetchRecruitee(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('recruitee', `${token}.recruitee.com`, '/api/offers/');
  const data = await ctx.http.getJson<RecruiteeOffers>(url, { signal: ctx.signal });
  return (data.offers ?? []).map((o) => ({
    sourceId: String(o.id), title: o.title, url: o.careers_url, location: o.location ?? null, workplaceType: o.remote ? 'Remote' : null,
    department: o.department ?? null, descriptionText: htmlToText(`${o.description ?? ''}\n${o.requirements ?? ''}`) || null,
    publishedAt: dateMs(o.published_at),
  }));
}
