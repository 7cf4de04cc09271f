// Reads a company's careers page the cheapest way that gives its postings: with plain HTTP when the page is
// server-rendered, in Chromium when it builds its list in the browser. Which one is learnt per company by
// reading both ways and comparing (renderChoice.ts), re-checked when a static read drifts or, for browser
// pages, every few scrapes.

import { RetryableError, TaskError } from '../../core/errors.js';
import type { RawPosting, ScrapeContext } from '../types.js';
import { learnFromComparison, planRead, staticReadDrifted, type ReadPlan, type RenderState } from './renderChoice.js';
import { readStaticPage, type PageRead } from './staticPage.js';
import { SelectorUnsupportedError } from './staticSnapshot.js';

export interface PageTarget {
  careersUrl: string;
  selector: string | null;
  /** How the page was read before (from `companies.render_*`). */
  render: RenderState;
  /** URLs of the company's open postings, to tell a static read that drifted. */
  openUrls: readonly string[];
}

export interface AdaptivePageRead extends PageRead {
  /** How this attempt read it: `both` when it compared plain HTTP with Chromium. */
  used: ReadPlan;
  /** The render state to remember. */
  next: RenderState;
  notes: string[];
  /** Both reads, when this attempt compared them (`probe` shows them side by side). */
  compared?: { static: RawPosting[] | { failed: string }; browser: RawPosting[] };
}

/**
 * A network failure, a timeout or a rate limit: Chromium would meet the same (and asking again at once ignores
 * the site's Retry-After), so it is the attempt's error. A bot wall or an HTTP error is not: a browser's
 * request may get through where plain HTTP did not, so Chromium is tried, and judges its own first answer.
 */
const sameForBrowser = (err: unknown) =>
  (err instanceof Error && err.name === 'TimeoutError') ||
  (err instanceof TaskError && (err.kind === 'network' || err.kind === 'invalid_url' || err.kind === 'redirect_loop' || err.kind === 'rate_limited'));

export async function readPage(target: PageTarget, ctx: ScrapeContext, pageTimeoutMs: number, first?: { url: string; text: string }): Promise<AdaptivePageRead> {
  const { render } = target;
  const notes: string[] = [];
  const inBrowser = async (): Promise<PageRead> =>
    (await ctx.browser()).extract(target.careersUrl, { selector: target.selector, signal: ctx.signal, timeoutMs: pageTimeoutMs, now: ctx.now, cost: ctx.cost, park: ctx.park });
  /** The static read, or why there is none (kept for the note, and the answer's error); errors Chromium would share are thrown. */
  const tryStatic = async (): Promise<PageRead | { failed: string; answer: TaskError | null }> => {
    try {
      return await readStaticPage(target.careersUrl, target.selector, ctx, first);
    } catch (err) {
      if (sameForBrowser(err) || ctx.signal.aborted) throw err;
      if (err instanceof TaskError) return { failed: err.message, answer: err };
      if (err instanceof SelectorUnsupportedError) return { failed: err.message, answer: null };
      throw err;
    }
  };
  const plan = planRead(render);

  if (plan === 'browser') {
    return { ...(await inBrowser()), used: 'browser', next: { ...render, scrapesSinceCheck: render.scrapesSinceCheck + 1 }, notes };
  }

  if (plan === 'static') {
    const read = await tryStatic();
    const pinned = render.origin === 'user';
    if ('failed' in read) {
      // Pinned to plain HTTP, its answer is the page's: a wall is `blocked`, a page gone `http_4xx`.
      if (pinned && read.answer) throw read.answer;
      if (pinned) throw new RetryableError('extraction_drift', `the page could not be read without a browser (${read.failed}); \`scoutly companies set-render SLUG auto\` lets Scoutly choose`);
      const browser = await inBrowser();
      notes.push(`the page could not be read without a browser (${read.failed}); it is read in Chromium from now on`);
      return { ...browser, used: 'both', next: { mode: 'browser', origin: 'learned', scrapesSinceCheck: 0 }, notes };
    }
    if (pinned || !staticReadDrifted(read.postings, target.openUrls)) return { ...read, used: 'static', next: render, notes };
    // Found nothing, or lost most of what was open: the page may now build its list in the browser.
    const browser = await inBrowser();
    const next = learnFromComparison(render, read.postings, browser.postings);
    if (next.mode === 'browser') notes.push(`plain HTTP found ${read.postings.length} posting(s), Chromium ${browser.postings.length}: the page now builds its list in the browser and is read there`);
    return { ...(next.mode === 'browser' ? browser : read), used: 'both', next: next.mode === 'auto' ? render : next, notes,
      compared: { static: read.postings, browser: browser.postings } };
  }

  // Unlearnt, or a browser page due for its check: both ways, Chromium's result is the one kept.
  const read = await tryStatic();
  const browser = await inBrowser();
  const staticFound = 'failed' in read ? null : read.postings;
  const next = learnFromComparison(render, staticFound, browser.postings);
  if (next.mode !== render.mode) {
    notes.push(next.mode === 'static'
      ? `plain HTTP finds the same ${browser.postings.length} posting(s) as Chromium: the page is read without a browser from now on`
      : `the page builds its list in the browser (plain HTTP ${'failed' in read ? `failed: ${read.failed}` : `found ${read.postings.length}, Chromium ${browser.postings.length}`}): it is read in Chromium`);
  }
  return { ...browser, used: 'both', next, notes, compared: { static: 'failed' in read ? { failed: read.failed } : read.postings, browser: browser.postings } };
}
