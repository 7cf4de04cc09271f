// Greenhouse job board API: the whole board in one request, descriptions inline (double-encoded HTML).
// Filters are department and office ids, as the hosted board takes them (`departments[]`, `offices[]`);
// a parent department or office includes its children, as on the board.

import { z } from 'zod';
import { htmlToText } from '../normalize.js';
import { boardToken, firstBoardIn, firstSegment } from '../boardToken.js';
import { dateMs, identityOrLink, joinPlaces, lenientList, parseFeed, postingList, withDescendants, workplaceFromText } from '../feed.js';
import { filterFromUrl, type SourceFilter } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const HOST = /^(boards|job-boards|boards-api|api)(\.eu)?\.greenhouse\.io$/;

const node = z.object({ id: z.number(), name: z.string().nullish(), parent_id: z.number().nullish(), child_ids: z.array(z.number()).nullish() });
const board = z.object({
  jobs: postingList(identityOrLink(z.object({
    id: z.number().nullish(), title: z.string(), absolute_url: z.string().nullish(), updated_at: z.string().nullish(), first_published: z.string().nullish(),
    location: z.object({ name: z.string().nullish() }).nullish(), content: z.string().nullish(),
    departments: z.array(node).nullish(), offices: z.array(node.extend({ location: z.string().nullish() })).nullish(),
    metadata: z.array(z.object({ name: z.string().nullish(), value: z.unknown() })).nullish(),
  }), 'id', 'absolute_url')),
});
const tree = (key: 'departments' | 'offices') => z.object({ [key]: lenientList(node, key === 'departments' ? 'department' : 'office') });

function fromUrl(url: URL): BoardRef | null {
  const host = HOST.exec(url.hostname.toLowerCase());
  if (!host) return null;
  const eu = host[2] ? 'eu:' : '';
  const segs = url.pathname.split('/').filter(Boolean);
  // boards-api.greenhouse.io/v1/boards/TOKEN/…, boards.greenhouse.io/embed/job_board?for=TOKEN, boards.greenhouse.io/TOKEN
  const raw = segs[0] === 'v1' && segs[1] === 'boards' ? segs[2] : url.searchParams.get('for') ?? firstSegment(url);
  const token = boardToken(raw);
  return token ? { token: `${eu}${token}`, filter: filterFromUrl(url, ['for', 'b', 'token', 'content']) } : null;
}

const EMBEDS = [
  /https?:\/\/(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/embed\/job_board(?:\/js)?\?[^"'\s<>]*/g,
  /https?:\/\/boards-api(?:\.eu)?\.greenhouse\.io\/v1\/boards\/[A-Za-z0-9._-]+/g,
  /https?:\/\/(?:job-)?boards(?:\.eu)?\.greenhouse\.io\/[A-Za-z0-9._-][^"'\s<>]*/g,
];

function fromHtml(html: string): BoardRef | null {
  for (const pattern of EMBEDS) {
    const found = firstBoardIn(html, pattern, fromUrl);
    if (found) return found;
  }
  return null;
}

/** Ids of the given nodes and all their descendants (a parent includes its children). */
const descendantIds = (nodes: readonly z.infer<typeof node>[], ids: readonly string[]) => withDescendants(
  ids.filter((id) => /^\d+$/.test(id)).map(Number),
  nodes.flatMap((n) => [...(n.child_ids ?? []).map((c) => [n.id, c] as const), ...(n.parent_id != null ? [[n.parent_id, n.id] as const] : [])]));

async function fetchGreenhouse(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [region, token] = ref.token.startsWith('eu:') ? ['eu.', ref.token.slice(3)] : ['', ref.token];
  const api = (path: string) => ctx.http.atsUrl('greenhouse', `boards-api.${region}greenhouse.io`, `/v1/boards/${encodeURIComponent(token)}${path}`);
  const url = api('/jobs?content=true');
  const data = parseFeed(board, await ctx.http.getJson(url, { signal: ctx.signal }), url);
  const allowed = await allowedIds(ref.filter, api, ctx);
  return data.jobs
    .filter((j) => (!allowed.departments || (j.departments ?? []).some((d) => allowed.departments!.has(d.id))) &&
      (!allowed.offices || (j.offices ?? []).some((o) => allowed.offices!.has(o.id))))
    .map((j) => {
      const named = j.location?.name ?? null;
      const metaWorkplace = (j.metadata ?? []).find((m) => /workplace|remote|work (type|model|arrangement)|location type/i.test(m.name ?? ''));
      const metaText = typeof metaWorkplace?.value === 'string' ? metaWorkplace.value : Array.isArray(metaWorkplace?.value) ? metaWorkplace.value.join(' ') : null;
      // Some boards put only "Remote" or "Hybrid" in the location name; the cities are in the offices.
      const officePlaces = (j.offices ?? []).filter((o) => !(o.child_ids ?? []).length).map((o) => o.location || o.name);
      const onlyMode = !named || /^\s*(remote|hybrid|on-?site|flexible)\s*$/i.test(named);
      return {
        // The hosted board's own address for a job when the feed leaves it out.
        sourceId: j.id != null ? String(j.id) : null, title: j.title, url: j.absolute_url ?? `https://job-boards.${region}greenhouse.io/${encodeURIComponent(token)}/jobs/${j.id}`,
        location: onlyMode ? joinPlaces([named, ...officePlaces]) : named,
        workplaceType: workplaceFromText(metaText) ?? workplaceFromText(named),
        department: j.departments?.map((d) => d.name).filter(Boolean).join(', ') || null,
        descriptionText: j.content ? htmlToText(j.content) : null,
        publishedAt: dateMs(j.first_published ?? j.updated_at),
      };
    });
}

async function allowedIds(filter: SourceFilter | null, api: (path: string) => string, ctx: ScrapeContext) {
  const out: { departments?: Set<number>; offices?: Set<number> } = {};
  for (const key of ['departments', 'offices'] as const) {
    const wanted = filter?.[key];
    if (!wanted?.length) continue;
    const url = api(`/${key}`);
    const nodes = parseFeed(tree(key), await ctx.http.getJson(url, { signal: ctx.signal }), url)[key] as z.infer<typeof node>[];
    out[key] = descendantIds(nodes, wanted);
  }
  return out;
}

export const greenhouseSource: FeedSource = {
  kind: 'greenhouse', fromUrl, fromHtml, fetch: fetchGreenhouse,
  filterParams: ['departments', 'offices'],
  pageParams: { departments: 'departments', offices: 'offices' },
};
