// Ashby posting API: the whole board in one request. Board names are case-sensitive.
import { htmlToText } from '../normalize.js';
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

interface AshbyBoard {
  jobs: { id: string; title: string; jobUrl: string; location?: string; secondaryLocations?: { location: string }[]; department?: string;
    workplaceType?: string; isRemote?: boolean; isListed?: boolean; publishedAt?: string; descriptionPlain?: string; descriptionHtml?: string;
    compensation?: { compensationTierSummary?: string } }[];
}

export async function fetchAshby(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('ashby', 'api.ashbyhq.com', `/posting-api/job-board/${encodeURIComponent(token)}?includeCompensation=true`);
  const data = await ctx.http.getJson<AshbyBoard>(url, { signal: ctx.signal });
  return (data.jobs ?? []).filter((j) => j.isListed !== false).map((j) => ({
    sourceId: j.id, title: j.title, url: j.jobUrl,
    location: [j.location, ...(j.secondaryLocations ?? []).map((l) => l.location)].filter(Boolean).join('; ') || null,
    workplaceType: j.workplaceType ?? (j.isRemote ? 'Remote' : null), department: j.department ?? null,
    descriptionText: j.descriptionPlain ?? (j.descriptionHtml ? htmlToText(j.descriptionHtml) : null),
    publishedAt: dateMs(j.publishedAt), compensation: j.compensation?.compensationTierSummary ?? null,
  }));
}
