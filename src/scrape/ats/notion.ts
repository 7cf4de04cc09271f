// Careers pages hosted on Notion (`*.notion.site`, token `host/pageId`): the postings are the page's
// sub-pages, read from the page data the site itself loads (`/api/v3/loadPageChunk`), else rendered in Chromium.

import { z } from 'zod';
import { RetryableError, TaskError } from '../../core/errors.js';
import { boardToken, firstBoardIn } from '../boardToken.js';
import { lenientList, parseFeed } from '../feed.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import { filterFromUrl } from '../sourceFilter.js';
import type { BoardRef, FeedSource, RawPosting, ScrapeContext } from '../types.js';

const CHUNK_LIMIT = 100;
const MAX_CHUNKS = 5;
/** What a rendered read may take: the tick's page timeout for careers pages. */
const RENDER_TIMEOUT_MS = 45_000;
const HOST = /^([a-z0-9-]+)\.notion\.site$/;
const PAGE_ID = /([0-9a-f]{32})$/i;

const block = z.object({
  id: z.string(), type: z.string(), alive: z.boolean().nullish(),
  content: z.array(z.string()).nullish(),
  properties: z.object({ title: z.array(z.array(z.unknown())).nullish() }).passthrough().nullish(),
});
/**
 * The page data's block records (`{ role, value }`), read one by one: a broken part of a block is left out,
 * a block without its id or type is left out whole, both as drift. A record may come without its block
 * (one the reader may not see).
 */
const blockRecords = z.record(z.string(), z.unknown()).transform((records) => Object.values(records))
  .pipe(lenientList(z.object({ value: block.nullish() }), 'block'));
const chunk = z.object({
  recordMap: z.object({ block: blockRecords }).passthrough(),
  cursor: z.object({ stack: z.array(z.unknown()).nullish() }).passthrough().nullish(),
});
export type NotionBlock = z.infer<typeof block>;
type Block = NotionBlock;

/** Block types that only lay out other blocks: their children are looked through for sub-pages. */
const CONTAINERS = new Set(['column_list', 'column', 'toggle', 'callout', 'quote', 'bulleted_list', 'numbered_list', 'transclusion_container']);
/** Blocks that may hold postings this reader does not follow: without any sub-page, the page is rendered. */
const UNFOLLOWED = new Set(['collection_view', 'collection_view_page', 'link_to_page', 'alias', 'transclusion_reference']);

const dashed = (id32: string) => `${id32.slice(0, 8)}-${id32.slice(8, 12)}-${id32.slice(12, 16)}-${id32.slice(16, 20)}-${id32.slice(20)}`.toLowerCase();

function fromUrl(url: URL): BoardRef | null {
  const host = HOST.exec(url.hostname.toLowerCase());
  const id = PAGE_ID.exec(url.pathname.split('/').filter(Boolean).pop() ?? '')?.[1];
  if (!host || !boardToken(host[1]) || !id) return null;
  // `pvs` and `v` name how Notion shows the page (a view, a tracking tag), not which postings.
  return { token: `${url.hostname.toLowerCase()}/${id.toLowerCase()}`, filter: filterFromUrl(url, ['pvs', 'v', 'p']) };
}

// The whole link, whose last segment fromUrl reads the page id from: a pattern ending in the id backtracked
// over each link's length from every link (quadratic on a page of unquoted links).
const fromHtml = (html: string) => firstBoardIn(html, /https?:\/\/[a-z0-9-]+\.notion\.site\/[^"'\s<>]*/gi, fromUrl);

/** A block's title as plain text (Notion's rich text: [text, annotations] segments). */
const titleOf = (b: Block) => (b.properties?.title ?? []).map((seg) => (typeof seg[0] === 'string' ? seg[0] : '')).join('').replace(/\s+/g, ' ').trim();

/**
 * Pure: the root page's sub-pages in reading order, looking through layout blocks (columns, toggles …);
 * `unfollowed` counts blocks that may hold postings in a form not read here.
 */
export function notionSubPages(blocks: ReadonlyMap<string, Block>, rootId: string): { pages: Block[]; unfollowed: number } {
  const pages: Block[] = [];
  let unfollowed = 0;
  const seen = new Set<string>([rootId]);
  const visit = (ids: readonly string[]) => {
    for (const id of ids) {
      if (seen.has(id)) continue;
      seen.add(id);
      const b = blocks.get(id);
      if (!b || b.alive === false) continue;
      if (b.type === 'page') {
        if (titleOf(b)) pages.push(b);
      } else if (CONTAINERS.has(b.type)) visit(b.content ?? []);
      else if (UNFOLLOWED.has(b.type)) unfollowed++;
    }
  };
  visit(blocks.get(rootId)?.content ?? []);
  return { pages, unfollowed };
}

async function loadBlocks(host: string, pageId: string, ctx: ScrapeContext): Promise<Map<string, Block>> {
  const blocks = new Map<string, Block>();
  const url = ctx.http.atsUrl('notion', host, '/api/v3/loadPageChunk');
  let cursor: { stack: unknown[] } = { stack: [] };
  for (let n = 0; n < MAX_CHUNKS; n++) {
    const body = { pageId, limit: CHUNK_LIMIT, cursor, chunkNumber: n, verticalColumns: false };
    const data = parseFeed(chunk, await ctx.http.postJson(url, body, { signal: ctx.signal }), url);
    for (const record of data.recordMap.block) if (record.value) blocks.set(record.value.id, record.value);
    const stack = data.cursor?.stack ?? [];
    if (!stack.length) break;
    cursor = { stack };
  }
  if (!blocks.has(pageId)) throw new RetryableError('extraction_drift', `${host}: the page data does not hold the page ${pageId}`);
  return blocks;
}

/** The data cannot be read (refused, moved, changed shape): the rendered page is the fallback. */
const unreadable = (err: unknown) => err instanceof TaskError && (err.kind === 'http_4xx' || err.kind === 'extraction_drift' || err.kind === 'blocked');

async function readRendered(host: string, id32: string, ctx: ScrapeContext): Promise<RawPosting[]> {
  const url = ctx.http.atsUrl('notion', host, `/${id32}`);
  const browser = await ctx.browser();
  const read = await browser.extract(url, { selector: null, signal: ctx.signal, timeoutMs: RENDER_TIMEOUT_MS, now: ctx.now, cost: ctx.cost, park: ctx.park });
  return read.postings;
}

/**
 * Titles only: one more request per posting for its text would cost more than the rest of the scrape. A
 * page whose data cannot be read, or whose postings sit in blocks not followed here (databases, links to
 * pages), is read rendered instead, as any careers page.
 */
async function fetchNotion(ref: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]> {
  const [host, id32] = ref.token.split('/') as [string, string];
  const pageId = dashed(id32);
  let blocks: Map<string, Block>;
  try {
    blocks = await loadBlocks(host, pageId, ctx);
  } catch (err) {
    if (!unreadable(err)) throw err;
    ctx.log.debug(`notion ${ref.token}: page data unreadable (${(err as Error).message}); reading the page rendered`);
    return readRendered(host, id32, ctx);
  }
  const { pages, unfollowed } = notionSubPages(blocks, pageId);
  if (!pages.length && unfollowed) {
    ctx.log.debug(`notion ${ref.token}: no sub-pages, ${unfollowed} database or linked block(s); reading the page rendered`);
    return readRendered(host, id32, ctx);
  }
  return pages.slice(0, MAX_POSTINGS_PER_SCRAPE).map((p) => {
    const id = p.id.replace(/-/g, '').toLowerCase();
    return { sourceId: id, title: titleOf(p), url: `https://${host}/${id}` };
  });
}

export const notionSource: FeedSource = {
  kind: 'notion', fromUrl, fromHtml, fetch: fetchNotion, filterParams: [], pageParams: {},
};
