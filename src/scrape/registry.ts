// Picks and runs a company's source: an ATS feed when one is known or detected (URL first, then
// fingerprints in the page's HTML), else the page in Chromium with the company's selector or heuristics.

import type { SourceKind } from '../db/enums.js';
import { fetchAshby } from './ats/ashby.js';
import { fetchBreezy } from './ats/breezy.js';
import { fetchGreenhouse } from './ats/greenhouse.js';
import { fetchLever } from './ats/lever.js';
import { fetchPersonio } from './ats/personio.js';
import { fetchRecruitee } from './ats/recruitee.js';
import { fetchSmartRecruiters } from './ats/smartrecruiters.js';
import { fetchWorkable } from './ats/workable.js';
import { fetchWorkday } from './ats/workday.js';
import { detectFromHtml, detectFromUrl } from './detect.js';
import type { DetectedSource, RawPosting, ScrapeContext } from './types.js';

type FeedKind = Exclude<SourceKind, 'browser'>;
const FEEDS: Record<FeedKind, (token: string, ctx: ScrapeContext) => Promise<RawPosting[]>> = {
  greenhouse: fetchGreenhouse, lever: fetchLever, ashby: fetchAshby, workable: fetchWorkable, recruitee: fetchRecruitee,
  smartrecruiters: fetchSmartRecruiters, breezy: fetchBreezy, personio: fetchPersonio, workday: fetchWorkday,
};

export interface ScrapeTarget {
  careersUrl: string;
  selector: string | null;
}

export interface ScrapeOutcome {
  source: DetectedSource;
  postings: RawPosting[];
  /** True when the source was detected during this scrape (the caller remembers it). */
  detected: boolean;
}

/**
 * Scrapes with the known source, or detects one. A browser page that shows no postings but embeds an
 * ATS board switches to that board's feed.
 */
export async function scrape(target: ScrapeTarget, known: DetectedSource | null, ctx: ScrapeContext, pageTimeoutMs: number): Promise<ScrapeOutcome> {
  let source = known ?? detectFromUrl(target.careersUrl);
  let detected = !known && source !== null;
  if (!source) {
    const page = await ctx.http.getText(target.careersUrl, { signal: ctx.signal }).catch(() => null);
    const fingerprint = page ? detectFromHtml(page.text) : null;
    source = fingerprint ?? { kind: 'browser', token: null };
    detected = true;
  }
  if (source.kind !== 'browser') {
    return { source, postings: await FEEDS[source.kind](source.token ?? '', ctx), detected };
  }
  const browser = await ctx.browser();
  const page = await browser.extract(target.careersUrl, { selector: target.selector, signal: ctx.signal, timeoutMs: pageTimeoutMs });
  if (page.postings.length === 0) {
    const embedded = detectFromHtml(page.html);
    if (embedded) return { source: embedded, postings: await FEEDS[embedded.kind as FeedKind](embedded.token ?? '', ctx), detected: true };
  }
  return { source, postings: page.postings, detected };
}
