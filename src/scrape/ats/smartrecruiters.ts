// SmartRecruiters posting API: paged list (no descriptions in the list; titles and places suffice to track).
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

interface SmartRecruitersPage {
  totalFound: number;
  content: { id: string; name: string; releasedDate?: string; location?: { city?: string; region?: string; country?: string; remote?: boolean };
    department?: { label?: string } }[];
}

const PAGE = 100;
const MAX_PAGES = 20;

export async function fetchSmartRecruiters(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const out: RawPosting[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = ctx.http.atsUrl('smartrecruiters', 'api.smartrecruiters.com', `/v1/companies/${encodeURIComponent(token)}/postings?limit=${PAGE}&offset=${page * PAGE}`);
    const data = await ctx.http.getJson<SmartRecruitersPage>(url, { signal: ctx.signal });
    for (const p of data.content ?? []) {
      out.push({
        sourceId: p.id, title: p.name, url: `https://jobs.smartrecruiters.com/${token}/${p.id}`,
        location: [p.location?.city, p.location?.region, p.location?.country].filter(Boolean).join(', ') || null,
        workplaceType: p.location?.remote ? 'Remote' : null, department: p.department?.label ?? null, publishedAt: dateMs(p.releasedDate),
      });
    }
    if ((data.content ?? []).length < PAGE || out.length >= data.totalFound) break;
  }
  return out;
}
