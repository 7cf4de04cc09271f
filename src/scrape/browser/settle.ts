// When a rendered careers page is read: once its network and its DOM have both been quiet for a moment, after its
// "load more" controls and infinite scroll have been followed while the list grows, and, while it shows no posting,
// after watching it a few seconds more for a list that comes late. Every wait has a hard bound (real time: these
// are a real page's timers, whatever clock the tick is given).

import type { Page, Request } from 'playwright-core';
import { postingsFromSnapshot } from '../page/extract.js';
import type { RawPosting } from '../types.js';
import { DOM_WATCH_KEY, findMoreControl, probePage, readSnapshot, SNAPSHOT_CAPS, waitForDomChange, type PageProbe } from './pageScript.js';

/**
 * How long the network (nothing in flight) and the DOM (no node added or removed) must be quiet before a list is
 * taken as built. Playwright's `networkidle` waits 500 ms; a list is in the DOM within a few milliseconds of its
 * data, and one built in steps (idle callbacks, chunks) changes the DOM more often than this.
 */
const QUIET_MS = 250;
/** The longest one settle waits, whatever the page keeps doing (a clock, a stream, a request that never ends). */
const SETTLE_MAX_MS = 2_000;
/**
 * How long after its `load` a page that shows no posting is watched for a list that comes late (a timer, a late
 * fetch, an idle callback): a really empty page costs this, a page with postings nothing. Counted from `load`,
 * where the page's own timers start, not from the answer: on a busy machine the two can be seconds apart.
 */
export const LATE_LIST_WAIT_MS = 5_000;
/** The longest the watch waits for `load` to start counting (a page whose image never ends still gets its watch). */
const LOAD_WAIT_MS = 5_000;
/**
 * A list that grew after the document was parsed may still be growing at the page's own pace (one item per idle
 * callback, a chunk per timer), which on a busy machine is slower than QUIET_MS: after a read that found
 * postings, such a page is given this long to show another link, and read again while it does (a
 * client-rendered page pays this wait once; a server-rendered one never).
 */
const STILL_GROWING_MS = 800;
/** All those re-reads of one page together. */
const GROWING_MAX_MS = 5_000;
/** "Load more" clicks and scrolls to the bottom, each followed only while the list grows. */
const MAX_MORE_CLICKS = 10;
const MAX_SCROLLS = 10;
/** A click or scroll the page has not started answering (a request, a DOM change) within this did nothing. */
const REACT_MS = 300;
/** How long a page that reacted is given to show more links. */
const GROWTH_WAIT_MS = 2_500;
/** All clicks and scrolls of one read together (an endless feed stops here). */
export const EXPAND_BUDGET_MS = 10_000;
const POLL_MS = 50;

export interface NetworkTracker {
  /** Requests in flight, requests started so far, and how long since one last started or ended. */
  state(): { inFlight: number; started: number; quietForMs: number };
  /** Forgets requests of an earlier read (a new read starts). */
  reset(): void;
}

export function trackNetwork(page: Page): NetworkTracker {
  const inFlight = new Set<Request>();
  let started = 0;
  let lastChange = performance.now();
  page.on('request', (r) => {
    inFlight.add(r);
    started++;
    lastChange = performance.now();
  });
  const ended = (r: Request) => {
    inFlight.delete(r);
    lastChange = performance.now();
  };
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    state: () => ({ inFlight: inFlight.size, started, quietForMs: performance.now() - lastChange }),
    reset: () => inFlight.clear(),
  };
}

const remaining = (until: number) => until - performance.now();

/** Polls `check` until it holds or `maxMs` is over; whether it held. */
async function waitFor(page: Page, check: () => Promise<boolean>, maxMs: number): Promise<boolean> {
  const until = performance.now() + maxMs;
  for (;;) {
    if (page.isClosed()) return false;
    if (await check()) return true;
    if (remaining(until) <= 0) return false;
    await new Promise((r) => setTimeout(r, Math.min(POLL_MS, Math.max(1, remaining(until)))));
  }
}

/**
 * Until the page's DOM changes (more than `moreThanLinks` links, or any change when null), a request starts, or
 * `maxMs` is over (a request counts only in the any-change case); whether something happened. The page waits by
 * itself: see waitForDomChange.
 */
async function pageChanged(page: Page, moreThanLinks: number | null, maxMs: number, changesSeen: number | null = null): Promise<boolean> {
  if (maxMs <= 0 || page.isClosed()) return false;
  let onRequest!: () => void;
  const requested = new Promise<boolean>((resolve) => page.once('request', (onRequest = () => resolve(true))));
  const inPage = page.evaluate(waitForDomChange, [moreThanLinks, Math.ceil(maxMs), DOM_WATCH_KEY, changesSeen] as [number | null, number, string, number | null])
    .catch(() => true); // the page went to another document: that is a change
  try {
    return await Promise.race(moreThanLinks === null ? [inPage, requested] : [inPage]);
  } finally {
    page.off('request', onRequest);
  }
}

/** The page's probe; null while it is between documents (a navigation it started itself). */
async function probe(page: Page, selector: string | null): Promise<PageProbe | null> {
  return page.evaluate(probePage, [DOM_WATCH_KEY, selector] as [string, string | null]).catch((err: Error) => {
    if (/Execution context was destroyed|Cannot find context|navigat/i.test(err.message ?? '')) return null;
    throw err;
  });
}

/** Until the network and the DOM are both quiet, or the company's selector holds a link (no idle wait then: the list is there). */
async function settle(page: Page, selector: string | null, network: NetworkTracker, maxMs: number): Promise<void> {
  await waitFor(page, async () => {
    const p = await probe(page, selector);
    if (!p) return false;
    if (selector && p.listed) return true;
    const net = network.state();
    return net.inFlight === 0 && net.quietForMs >= QUIET_MS && (p.changes === null || p.quietForMs >= QUIET_MS);
  }, maxMs);
}

interface Mark {
  probe: PageProbe;
  started: number;
}

async function markOf(page: Page, network: NetworkTracker): Promise<Mark> {
  return { probe: (await probe(page, null)) ?? { changes: null, quietForMs: 0, links: 0, linksWhenParsed: null, listed: false }, started: network.state().started };
}

/**
 * After a click or a scroll: did the list grow? The page must react at once (a request, more links, or a DOM
 * change when its DOM was quiet before: a ticking clock is no answer), then show more links; then it settles.
 */
async function grew(page: Page, network: NetworkTracker, before: Mark, until: number): Promise<boolean> {
  const churning = before.probe.quietForMs < REACT_MS;
  const reacted = await waitFor(page, async () => {
    const p = await probe(page, null);
    return !p || network.state().started > before.started || p.links > before.probe.links || (!churning && p.changes !== before.probe.changes);
  }, Math.min(REACT_MS, remaining(until)));
  if (!reacted) return false;
  const more = await waitFor(page, async () => ((await probe(page, null))?.links ?? 0) > before.probe.links, Math.min(GROWTH_WAIT_MS, remaining(until)));
  if (!more) return false;
  await settle(page, null, network, Math.min(SETTLE_MAX_MS, remaining(until)));
  return true;
}

/** Clicks "load more" and scrolls to the bottom while each adds links, within the read's budget. */
async function expand(page: Page, selector: string | null, network: NetworkTracker, until: number): Promise<void> {
  for (let i = 0; i < MAX_MORE_CLICKS && remaining(until) > 0; i++) {
    const found = await page.evaluateHandle(findMoreControl, [selector, SNAPSHOT_CAPS] as [string | null, typeof SNAPSHOT_CAPS]);
    const control = found.asElement();
    if (!control) {
      await found.dispose();
      break;
    }
    const before = await markOf(page, network);
    // A trusted click where it can be given; one the page's own code dispatches when an overlay (a cookie banner) is in the way.
    const clicked = await control.click({ timeout: 1_000 }).then(() => true, () => control.evaluate((el) => (el as HTMLElement).click()).then(() => true, () => false));
    await control.dispose().catch(() => {});
    if (!clicked || !(await grew(page, network, before, until))) break;
  }
  for (let i = 0; i < MAX_SCROLLS && remaining(until) > 0; i++) {
    const before = await markOf(page, network);
    if (before.probe.links >= SNAPSHOT_CAPS.links) break;
    const scrolled = await page.evaluate(() => {
      const root = document.scrollingElement;
      if (!root || root.scrollHeight <= window.scrollY + window.innerHeight + 1) return false;
      window.scrollTo(0, root.scrollHeight);
      return true;
    }).catch(() => false);
    if (!scrolled || !(await grew(page, network, before, until))) break;
  }
}

/**
 * Reads a page that has just answered: settled, expanded, and, while it shows no posting, watched until
 * LATE_LIST_WAIT_MS after its `load`, read again each time it changes; a list that grew since the answer is
 * read again while it keeps growing (STILL_GROWING_MS between links, GROWING_MAX_MS in all). `expandUntil` bounds the read's clicks and scrolls.
 */
export async function readWhenReady(page: Page, selector: string | null, network: NetworkTracker, expandUntil: number):
  Promise<{ postings: RawPosting[]; next: string | null }> {
  // What the document came with, counted in the page when parsed: a probe made now may already see what its
  // scripts added since (on a busy machine the first idle callback can run before Node asks).
  const first = await probe(page, null);
  const linksAtAnswer = first?.linksWhenParsed ?? first?.links ?? 0;
  await settle(page, selector, network, SETTLE_MAX_MS);
  await page.waitForLoadState('load', { timeout: LOAD_WAIT_MS }).catch(() => {});
  const watchUntil = performance.now() + LATE_LIST_WAIT_MS;
  let growingUntil: number | null = null;
  for (;;) {
    await expand(page, selector, network, expandUntil);
    // The DOM watch's count before the read: what changes after it is news to the wait below.
    const seen = await probe(page, selector);
    const { snapshot, next } = await page.evaluate(readSnapshot, [selector, SNAPSHOT_CAPS] as [string | null, typeof SNAPSHOT_CAPS]);
    const read = { postings: postingsFromSnapshot(snapshot, page.url()), next: next && next !== page.url() ? next : null };
    if (read.postings.length > 0) {
      const now = await markOf(page, network);
      if (now.probe.links <= linksAtAnswer) return read; // served with the document: nothing trickles in
      growingUntil ??= performance.now() + GROWING_MAX_MS;
      const more = await pageChanged(page, now.probe.links, Math.min(STILL_GROWING_MS, remaining(growingUntil)));
      if (!more) return read;
      await settle(page, selector, network, Math.min(SETTLE_MAX_MS, remaining(growingUntil)));
      continue;
    }
    if (remaining(watchUntil) <= 0) return read;
    const changed = await pageChanged(page, null, remaining(watchUntil), seen?.changes ?? null);
    if (!changed) return read;
    await settle(page, selector, network, Math.min(SETTLE_MAX_MS, remaining(watchUntil)));
  }
}
