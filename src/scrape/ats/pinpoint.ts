// Pinpoint: the `postings.json` of a careers site (`<name>.pinpointhq.com`), which Pinpoint documents for
// showing jobs on a company's own site: every open posting in one answer, the advert in headed sections.
// It publishes no dates. Its board's URL filters are not known to it, so a filtered URL is read as a page.

import { z } from 'zod';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { htmlToText } from '../normalize.js';
import { identityOrLink, joinPlaces, parseFeed, postingList, workplaceFromText } from '../feed.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

// A posting needs a title and its link: its `url`, or its `path` on the board's host.
const text = z.string().nullish();
const postings = z.object({
  data: postingList(identityOrLink(z.object({
    id: z.union([z.string(), z.number()]).nullish(), title: z.string(), url: text, path: text,
    description: text, key_responsibilities_header: text, key_responsibilities: text,
    skills_knowledge_expertise_header: text, skills_knowledge_expertise: text, benefits_header: text, benefits: text,
    compensation: text, compensation_visible: z.boolean().nullish(), workplace_type: text, workplace_type_text: text,
    job: z.object({ department: z.object({ name: text }).nullish() }).nullish(),
    location: z.object({ name: text, city: text, province: text }).nullish(),
  }), 'url', 'path')),
});
type Posting = z.infer<typeof postings>['data'][number];

function fromUrl(url: URL): BoardRef | null {
  const m = /^([a-z0-9-]+)\.pinpointhq\.com$/.exec(url.hostname.toLowerCase());
  const token = boardToken(m?.[1]);
  return token ? { token, filter: filterFromUrl(url) } : null;
}

function fromHtml(html: string): BoardRef | null {
  const linked = firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.pinpointhq\.com(?:\/[^"'\s<>]*)?/gi, fromUrl);
  if (linked) return linked;
  // Pinpoint's jobs widget: <div data-pinpoint-subdomain="acme" class="pinpoint-external-jobs-table-widget">
  const token = boardToken(/data-pinpoint-subdomain\s*=\s*["']([^"']+)["']/i.exec(html)?.[1]);
  return token ? { token, filter: null } : null;
}

/** The advert's sections in reading order, each under its heading. */
function advert(p: Posting): string | null {
  const sections: [string | null | undefined, string | null | undefined][] = [
    [null, p.description], [p.key_responsibilities_header, p.key_responsibilities],
    [p.skills_knowledge_expertise_header, p.skills_knowledge_expertise], [p.benefits_header, p.benefits],
  ];
  return sections.map(([heading, body]) => (body ? [heading?.trim(), htmlToText(body)].filter(Boolean).join('\n') : ''))
    .filter(Boolean).join('\n\n') || null;
}

const MODE_ONLY = /^\s*(fully\s+)?(remote|hybrid|on-?site)\s*$/i;

/** The location's name, with its city when the name says only how the job is worked ("Remote"). */
function place(l: Posting['location']): string | null {
  const city = [...new Set([l?.city, l?.province].map((s) => s?.trim()).filter(Boolean))].join(', ') || null;
  const name = l?.name?.trim() || null;
  return !name || MODE_ONLY.test(name) ? joinPlaces([name, city]) : name;
}

async function fetchPinpoint(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const host = `${ref.token}.pinpointhq.com`;
  const url = ctx.http.atsUrl('pinpoint', host, '/postings.json');
  const data = parseFeed(postings, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  return data.data.map((p) => ({
    sourceId: p.id == null ? null : String(p.id), title: p.title, url: p.url || `https://${host}${p.path}`,
    location: place(p.location), workplaceType: workplaceFromText(p.workplace_type_text, p.workplace_type),
    department: p.job?.department?.name ?? null, descriptionText: advert(p),
    compensation: p.compensation_visible === false ? null : p.compensation?.trim() || null,
  }));
}

export const pinpointSource: FeedSource = {
  kind: 'pinpoint', fromUrl, fromHtml, fetch: fetchPinpoint, filterParams: [], pageParams: {},
};
