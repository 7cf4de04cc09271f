// Lever postings API: the published postings of a site, paged with skip/limit.
import type { RawPosting, ScrapeContext } from '../types.js';

interface LeverPosting {
  id: string; text: string; hostedUrl: string; createdAt?: number; workplaceType?: string; country?: string;
  categories?: { location?: string; team?: string; department?: string; commitment?: string };
  descriptionPlain?: string; additionalPlain?: string; lists?: { text: string; content: string }[];
  salaryRange?: { currency?: string; interval?: string; min?: number; max?: number };
}

const PAGE = 100;
const MAX_PAGES = 20;

export async function fetchLever(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host, site] = token.startsWith('eu:') ? ['api.eu.lever.co', token.slice(3)] : ['api.lever.co', token];
  const all: LeverPosting[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = ctx.http.atsUrl('lever', host, `/v0/postings/${encodeURIComponent(site)}?mode=json&skip=${page * PAGE}&limit=${PAGE}`);
    const batch = await ctx.http.getJson<LeverPosting[]>(url, { signal: ctx.signal });
    all.push(...batch);
    if (batch.length < PAGE) break;
  }
  return all.map((p) => ({
    sourceId: p.id, title: p.text, url: p.hostedUrl, location: p.categories?.location ?? null,
    workplaceType: p.workplaceType && p.workplaceType !== 'unspecified' ? p.workplaceType : null,
    department: p.categories?.department ?? p.categories?.team ?? null,
    descriptionText: [p.descriptionPlain, ...(p.lists ?? []).map((l) => `${l.text}\n${l.content.replace(/<[^>]+>/g, ' ')}`), p.additionalPlain]
      .filter(Boolean).join('\n\n') || null,
    publishedAt: p.createdAt ?? null,
    compensation: p.salaryRange?.min ? `${p.salaryRange.min}–${p.salaryRange.max ?? ''} ${p.salaryRange.currency ?? ''} ${p.salaryRange.interval ?? ''}`.trim() : null,
  }));
}
