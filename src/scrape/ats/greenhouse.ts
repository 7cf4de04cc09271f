// Greenhouse job board API: one request for the whole board, descriptions inline (double-encoded HTML).
import { htmlToText } from '../normalize.js';
import type { RawPosting, ScrapeContext } from '../types.js';

interface GreenhouseBoard {
  jobs: { id: number; title: string; absolute_url: string; updated_at?: string; first_published?: string; location?: { name?: string };
    content?: string; departments?: { name: string }[] }[];
}

export async function fetchGreenhouse(token: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [region, board] = token.startsWith('eu:') ? ['eu.', token.slice(3)] : ['', token];
  const url = ctx.http.atsUrl('greenhouse', `boards-api.${region}greenhouse.io`, `/v1/boards/${encodeURIComponent(board)}/jobs?content=true`);
  const data = await ctx.http.getJson<GreenhouseBoard>(url, { signal: ctx.signal });
  return (data.jobs ?? []).map((j) => ({
    sourceId: String(j.id), title: j.title, url: j.absolute_url, location: j.location?.name ?? null,
    department: j.departments?.map((d) => d.name).join(', ') || null,
    descriptionText: j.content ? htmlToText(j.content) : null,
    publishedAt: dateMs(j.first_published ?? j.updated_at),
  }));
}

export function dateMs(value: string | number | null | undefined): number | null {
  if (value === null || value === undefined || value === '') return null;
  const ms = typeof value === 'number' ? value : Date.parse(value);
  return Number.isFinite(ms) ? ms : null;
}
