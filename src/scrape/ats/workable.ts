// Workable widget API: the account's published jobs with descriptions.
import { htmlToText } from '../normalize.js';
import { dateMs } from './greenhouse.js';
import type { RawPosting, ScrapeContext } from '../types.js';

interface WorkableAccount {
  jobs: { shortcode: string; title: string; url?: string; shortlink?: string; department?: string; city?: string; state?: string;
    country?: string; telecommuting?: boolean; published_on?: string; created_at?: string; description?: string }[];
}

export async function fetchWorkable(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('workable', 'apply.workable.com', `/api/v1/widget/accounts/${encodeURIComponent(token)}?details=true`);
  const data = await ctx.http.getJson<WorkableAccount>(url, { signal: ctx.signal });
  return (data.jobs ?? []).map((j) => ({
    sourceId: j.shortcode, title: j.title, url: j.url ?? j.shortlink ?? `https://apply.workable.com/${token}/j/${j.shortcode}/`,
    location: [j.city, j.state, j.country].filter(Boolean).join(', ') || null, workplaceType: j.telecommuting ? 'Remote' : null,
    department: j.department ?? null, descriptionText: j.description ? htmlToText(j.description) : null,
    publishedAt: dateMs(j.published_on ?? j.created_at),
  }));
}
