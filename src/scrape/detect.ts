// Which source serves a careers page: a board recognised from the careers URL itself, or one the page
// embeds (fingerprints in its HTML or rendered DOM), with the user's filter as that board applies it.
// Pure.

import { type SourceFilter, translateFilter } from './sourceFilter.js';
import { FEED_SOURCES, feedSource } from './sources.js';
import type { SourceOrigin } from '../db/enums.js';
import type { DetectedSource, FeedSource } from './types.js';

export type { SourceOrigin };

const parse = (text: string): URL | null => {
  try {
    return new URL(text);
  } catch {
    return null;
  }
};

/** Detects a board from a careers URL on the source's own hosts, its filter included; null otherwise. */
export function detectFromUrl(text: string): DetectedSource | null {
  const url = parse(text);
  if (!url) return null;
  for (const source of FEED_SOURCES) {
    const board = source.fromUrl(url);
    if (board) return { kind: source.kind, token: board.token, filter: board.filter };
  }
  return null;
}

export interface EmbeddedBoard {
  source: DetectedSource;
  /** Set when the board was found but the page's filter cannot be carried over to it: stay on the page. */
  filterNotCarried?: string;
}

/**
 * A board a careers page embeds. The page's own filter (from its URL) is carried over through the
 * board's embed parameters; when it cannot be, the board is reported with `filterNotCarried`.
 */
export function detectFromHtml(html: string, pageUrlText: string, pageFilter: SourceFilter | null = null): EmbeddedBoard | null {
  const pageUrl = parse(pageUrlText) ?? new URL('http://invalid.invalid/');
  for (const source of FEED_SOURCES) {
    const board = source.fromHtml(html, pageUrl);
    if (!board) continue;
    const carried = translateFilter(pageFilter, source.pageParams);
    // A link's own query string is a job's or a campaign's, not the user's: only the page's filter counts.
    const found: DetectedSource = { kind: source.kind, token: board.token, filter: carried ?? null };
    if (carried === undefined) return { source: found, filterNotCarried: `the page's filter cannot be carried over to the ${source.kind} board` };
    return { source: found };
  }
  return null;
}

/** The filter a feed applies: the pasted URL's own for a board named by it or by the user, else carried over from the page. */
export function boardFilter(kind: string, origin: SourceOrigin, pageFilter: SourceFilter | null): SourceFilter | null {
  const feed = feedSource(kind);
  if (!feed || origin !== 'page') return pageFilter;
  return translateFilter(pageFilter, feed.pageParams) ?? null;
}

/** Filter parameters the source cannot apply (it would widen the user's filter): empty when all apply. */
export function unappliedFilter(source: DetectedSource): string[] {
  const feed: FeedSource | null = source.kind === 'browser' ? null : feedSource(source.kind);
  if (!feed || !source.filter || feed.filterParams === 'any') return [];
  const params = feed.filterParams;
  return Object.keys(source.filter).filter((k) => !params.includes(k));
}
