// Reads a careers page with plain HTTP: the project's client (egress guard, politeness, size cap, each
// redirect checked), the HTML parsed without a browser, next pages followed as the browser path does.

import { measureCpu } from '../cost.js';
import { assertUsableSelector } from '../selector.js';
import type { RawPosting, ScrapeContext } from '../types.js';
import { postingsFromSnapshot } from './extract.js';
import { staticSnapshot } from './staticSnapshot.js';

/** As many pages as the browser path follows. */
const MAX_PAGES = 3;

export interface PageRead {
  postings: RawPosting[];
  /** The first page's HTML (server HTML here, the rendered DOM in the browser), where boards are detected. */
  html: string;
}

/**
 * `first` is the careers page already fetched by this attempt (detection fetches it on a first scrape), so it
 * is not asked twice. Throws SelectorUnsupportedError for a selector only Chromium can apply.
 */
export async function readStaticPage(url: string, selector: string | null, ctx: ScrapeContext, first?: { url: string; text: string }): Promise<PageRead> {
  assertUsableSelector(selector);
  const postings: RawPosting[] = [];
  let html = '';
  let current: string | null = url;
  const visited = new Set<string>();
  for (let n = 0; current && n < MAX_PAGES && !visited.has(current); n++) {
    visited.add(current);
    const page: { url: string; text: string } = n === 0 && first ? first : await ctx.http.getText(current, { signal: ctx.signal });
    if (n === 0) html = page.text;
    const read = measureCpu(ctx.cost, () => {
      const { snapshot, next } = staticSnapshot(page.text, page.url, selector);
      return { found: postingsFromSnapshot(snapshot, page.url), next };
    });
    postings.push(...read.found);
    current = read.next;
  }
  return { postings, html };
}
