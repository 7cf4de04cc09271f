// The shapes every source produces, and what a fetch is given. Scrapers take input and return data
// or throw typed errors; they never touch the database or the queue.

import type { Logger } from '../core/log.js';
import type { SourceKind } from '../db/enums.js';
import type { SourceFilter } from './sourceFilter.js';
import type { ScrapeCost } from './cost.js';

/** One job advert as a source gives it, before normalisation. */
export interface RawPosting {
  sourceId: string | null;
  title: string;
  url: string;
  location?: string | null;
  workplaceType?: string | null;
  department?: string | null;
  /** Plain text (ATS HTML descriptions are converted before this point). */
  descriptionText?: string | null;
  publishedAt?: number | null;
  compensation?: string | null;
}

export interface DetectedSource {
  kind: SourceKind;
  /** Board name, tenant path … whatever the source's API needs; null for the browser. */
  token: string | null;
  /** The user's filter as this source applies it (feeds); the page applies its own from its URL. */
  filter?: SourceFilter | null;
}

export type FeedKind = Exclude<SourceKind, 'browser'>;

/** A board of one ATS: its token and the filter to apply to it. */
export interface BoardRef {
  token: string;
  filter: SourceFilter | null;
}

/**
 * One source besides the careers page itself: an ATS feed, or a custom reader (eightfold). To add one,
 * write a module implementing this and list it in scrape/sources.ts; nothing else changes.
 */
export interface FeedSource {
  readonly kind: FeedKind;
  /** The board a careers URL on this source's own hosts names, with the filter in its query string. */
  fromUrl(url: URL): BoardRef | null;
  /** A board a careers page (at `pageUrl`) embeds or links to, found in its HTML or rendered DOM. */
  fromHtml(html: string, pageUrl: URL): BoardRef | null;
  /** Filter parameters this reader applies the way the board's own page does ('any': every parameter is a facet). */
  readonly filterParams: readonly string[] | 'any';
  /** A custom careers page's own parameters that mean the same on this board (embed parameters). */
  readonly pageParams: Readonly<Record<string, string>>;
  fetch(board: BoardRef, ctx: ScrapeContext): Promise<RawPosting[]>;
}

export interface ScrapeContext {
  signal: AbortSignal;
  log: Logger;
  /** The injected clock's now (relative dates such as Workday's "Posted Yesterday"). */
  now: () => number;
  http: HttpClient;
  /** What this scrape has cost so far (the http client above meters into it). */
  cost: ScrapeCost;
  /** Waits for a shared resource with the task's slot lent to others (the tick's drain); absent outside a tick. */
  park?: <T>(waitFor: Promise<T>) => Promise<T>;
  /** Lazily launched, shared by the whole tick; only the browser source asks for it. */
  browser: () => Promise<BrowserSession>;
}

/** Per request: the task's signal, and the scrape's cost meter (bytes received, CPU of parsing JSON). */
export interface RequestOptions {
  signal?: AbortSignal;
  cost?: ScrapeCost;
}

export interface HttpClient {
  getText(url: string, opts?: RequestOptions & { headers?: Record<string, string> }): Promise<{ url: string; status: number; text: string }>;
  getJson<T>(url: string, opts?: RequestOptions): Promise<T>;
  postJson<T>(url: string, body: unknown, opts?: RequestOptions): Promise<T>;
  /** The ATS API URL for a path, on the real host or on SCOUTLY_ATS_BASE_URL. */
  atsUrl(kind: SourceKind, realBase: string, path: string): string;
}

export interface BrowserSession {
  /** Extracts postings from a careers page in a fresh context; closes it however it ends. */
  extract(url: string, opts: { selector: string | null; signal: AbortSignal; timeoutMs: number; now: () => number; cost?: ScrapeCost; park?: ScrapeContext['park'] }):
    Promise<{ postings: RawPosting[]; html: string }>;
  /** Opens and renders a blank page (doctor): throws, with Chromium's own error lines, when it cannot. */
  check(): Promise<void>;
  openPages(): number;
  close(): Promise<void>;
}
