// The shapes every source produces, and what a fetch is given. Scrapers take input and return data
// or throw typed errors; they never touch the database or the queue.

import type { Logger } from '../core/log.js';
import type { SourceKind } from '../db/enums.js';

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
}

export interface ScrapeContext {
  signal: AbortSignal;
  log: Logger;
  http: HttpClient;
  /** Lazily launched, shared by the whole tick; only the browser source asks for it. */
  browser: () => Promise<BrowserSession>;
}

export interface HttpClient {
  getText(url: string, opts?: { signal?: AbortSignal; headers?: Record<string, string> }): Promise<{ url: string; status: number; text: string }>;
  getJson<T>(url: string, opts?: { signal?: AbortSignal }): Promise<T>;
  postJson<T>(url: string, body: unknown, opts?: { signal?: AbortSignal }): Promise<T>;
  /** The ATS API URL for a path, on the real host or on SCOUTLY_ATS_BASE_URL. */
  atsUrl(kind: SourceKind, realBase: string, path: string): string;
}

export interface BrowserSession {
  /** Extracts postings from a careers page in a fresh context; closes it however it ends. */
  extract(url: string, opts: { selector: string | null; signal: AbortSignal; timeoutMs: number }): Promise<{ postings: RawPosting[]; html: string }>;
  openPages(): number;
  close(): Promise<void>;
}
