// Pure rules of the adaptive page reader: how a company's page is read this time (plain HTTP, Chromium, or
// both to compare), whether two reads found the same postings, when a static read looks wrong, what is learnt.

import type { RenderMode, RenderOrigin } from '../../db/enums.js';
import { canonicalUrl } from '../normalize.js';
import type { RawPosting } from '../types.js';

export interface RenderState {
  mode: RenderMode;
  /** null while `auto`; `user` pins the mode (never re-checked either way). */
  origin: RenderOrigin | null;
  /** Page reads in Chromium since plain HTTP was last tried. */
  scrapesSinceCheck: number;
}

export const UNLEARNT: RenderState = { mode: 'auto', origin: null, scrapesSinceCheck: 0 };

/** A page learnt to need Chromium is tried with plain HTTP again every this many scrapes (sites get server-rendered). */
export const STATIC_RECHECK_EVERY = 10;

export type ReadPlan = 'static' | 'browser' | 'both';

export function planRead(state: RenderState): ReadPlan {
  if (state.origin === 'user' && state.mode !== 'auto') return state.mode;
  if (state.mode === 'static') return 'static';
  if (state.mode === 'browser') return state.scrapesSinceCheck + 1 >= STATIC_RECHECK_EVERY ? 'both' : 'browser';
  return 'both';
}

const key = (p: RawPosting) => `${canonicalUrl(p.url)}\n${p.title.replace(/\s+/g, ' ').trim().toLowerCase()}`;

/** The same postings, by normalised URL and title (order and duplicates aside). */
export function samePostings(a: readonly RawPosting[], b: readonly RawPosting[]): boolean {
  const left = new Set(a.map(key));
  const right = new Set(b.map(key));
  return left.size === right.size && [...left].every((k) => right.has(k));
}

/**
 * A static read that looks wrong against what is open: nothing where postings were open, or fewer than
 * half of the open postings (by URL) still there. Such a read is checked in Chromium before anything closes.
 */
export function staticReadDrifted(found: readonly RawPosting[], openUrls: readonly string[]): boolean {
  if (openUrls.length === 0) return false;
  if (found.length === 0) return true;
  const urls = new Set(found.map((p) => canonicalUrl(p.url)));
  const kept = openUrls.filter((u) => urls.has(canonicalUrl(u))).length;
  return openUrls.length >= 2 && kept * 2 < openUrls.length;
}

/**
 * What a read both ways teaches: the same postings (at least one) → `static`; different → `browser`; both
 * empty proves nothing, so the state stays (an unlearnt page is compared again next time).
 */
export function learnFromComparison(state: RenderState, staticFound: readonly RawPosting[] | null, browserFound: readonly RawPosting[]): RenderState {
  if (staticFound && browserFound.length > 0 && samePostings(staticFound, browserFound)) return { mode: 'static', origin: 'learned', scrapesSinceCheck: 0 };
  if (staticFound && staticFound.length === 0 && browserFound.length === 0) return { ...state, scrapesSinceCheck: 0 };
  return { mode: 'browser', origin: 'learned', scrapesSinceCheck: 0 };
}
