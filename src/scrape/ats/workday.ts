// Workday: the careers site's own JSON search API (undocumented), 20 postings per page.
import type { RawPosting, ScrapeContext } from '../types.js';

interface WorkdayPage {
  total: number;
  jobPostings: { title: string; externalPath: string; locationsText?: string; postedOn?: string; bulletFields?: string[] }[];
}

const PAGE = 20;
const MAX_PAGES = 25;

export async function fetchWorkday(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [hostPart, site] = token.split('/') as [string, string];
  const tenant = hostPart.split('.')[0]!;
  const host = `${hostPart}.myworkdayjobs.com`;
  const out: RawPosting[] = [];
  for (let page = 0; page < MAX_PAGES; page++) {
    const url = ctx.http.atsUrl('workday', host, `/wday/cxs/${tenant}/${site}/jobs`);
    const data = await ctx.http.postJson<WorkdayPage>(url, { limit: PAGE, offset: page * PAGE, searchText: '', appliedFacets: {} }, { signal: ctx.signal });
    for (const j of data.jobPostings ?? []) {
      out.push({
        sourceId: j.bulletFields?.[0] ?? j.externalPath, title: j.title, url: `https://${host}/${site}${j.externalPath}`,
        location: j.locationsText ?? null,
      });
    }
    if ((data.jobPostings ?? []).length < PAGE || out.length >= data.total) break;
  }
  return out;
}
