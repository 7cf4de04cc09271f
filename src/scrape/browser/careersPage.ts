// Reads careers pages on a lane (a browser context with one page, reused from read to read): images, media
// and fonts blocked, downloads refused, every request (redirects included) checked against the address
// policy here for a clear message and again, on the connected address, by the egress proxy every byte
// passes; the navigation status read, bot walls recognised, "load more" and next-page links followed a few
// times. A watchdog closes the lane on the task's signal or after the timeout, whatever the page does.

import type { Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { PermanentError, RetryableError, TimeoutError } from '../../core/errors.js';
import { errorForResponse } from '../httpErrors.js';
import { assertUsableSelector } from '../selector.js';
import { USER_AGENT } from '../http.js';
import { quickCheck, safeForMessage, type AddressPolicy } from '../urlSafety.js';
import type { RawPosting } from '../types.js';
import type { ScrapeCost } from '../cost.js';
import { EGRESS_HEADER } from './egressProxy.js';
import { postingsFromSnapshot, type PageSnapshot } from '../page/extract.js';

const BLOCKED_RESOURCES = new Set(['image', 'media', 'font']);
const MAX_MORE_CLICKS = 3;
const MAX_PAGES = 3;
const MAX_REDIRECTS = 5;
/** How long closing a lane waits for its context to close before moving on (the tick closes the browser). */
const CLOSE_WAIT_MS = 2_000;

/** What one extraction on a lane has met so far (the lane's route handler writes it). */
interface ExtractionState {
  refused: string | null;
  redirectLoop: boolean;
  documentError: Error | null;
  cost: ScrapeCost | null;
}

/**
 * A browser context with one page, reused page after page: a new context starts a new renderer process,
 * which costs more than reading most careers pages (0.4 s of wall time and a few hundred ms of CPU here).
 * Nothing is logged in anywhere, so nothing that matters can pass between careers sites; cookies are
 * cleared and the page left blank after each read, service workers are blocked. A lane whose read failed
 * or timed out is closed, never reused.
 */
export interface PageLane {
  /** Reads one careers page on this lane. */
  extract(url: string, opts: LaneReadOptions): Promise<{ postings: RawPosting[]; html: string }>;
  /** Whether the lane can read another page (false once a read failed, timed out or closed it). */
  reusable(): boolean;
  close(): Promise<void>;
}

export interface LaneReadOptions {
  selector: string | null;
  signal: AbortSignal;
  timeoutMs: number;
  /** The injected clock (a Retry-After date is read against it). */
  now: () => number;
  cost?: ScrapeCost;
}

export async function openLane(browser: Browser, policy: AddressPolicy): Promise<PageLane> {
  const context = await browser.newContext({ userAgent: USER_AGENT, acceptDownloads: false, javaScriptEnabled: true, serviceWorkers: 'block' });
  let usable = true;
  let state: ExtractionState = { refused: null, redirectLoop: false, documentError: null, cost: null };
  const closeLane = () => {
    usable = false;
    return Promise.race([context.close().catch(() => {}), new Promise((resolve) => setTimeout(resolve, CLOSE_WAIT_MS).unref())]).then(() => {});
  };
  try {
    const page = await context.newPage();
    // Only the careers page's own document decides the outcome; a frame or popup refused is just not loaded.
    const isCareersDocument = (request: Request) => {
      try {
        return request.isNavigationRequest() && request.frame().parentFrame() === null && request.frame().page() === page;
      } catch {
        return false; // a service worker's request has no frame
      }
    };
    // Popups are never read: close them (their requests still meet the proxy if any leave first).
    context.on('page', (opened) => void (opened === page ? null : opened.close().catch(() => {})));
    await context.route('**/*', async (route) => {
      const request = route.request();
      if (BLOCKED_RESOURCES.has(request.resourceType())) return route.abort();
      if (request.url() === 'about:blank') return route.continue(); // the blank page left between reads
      const current = state;
      const problem = quickCheck(request.url(), policy);
      const decides = isCareersDocument(request);
      const refuse = (why: string) => void (decides ? (current.refused ??= why) : null);
      if (problem) {
        refuse(`${safeForMessage(request.url())}: ${problem}`);
        return route.abort('blockedbyclient');
      }
      if (!request.isNavigationRequest()) return route.continue();
      try {
        await routeDocument(route, policy, refuse, () => (current.redirectLoop = true));
      } catch (err) {
        current.documentError ??= err as Error; // unreachable host, or the context closed under us (watchdog)
        await route.abort('failed').catch(() => {});
      }
    });
    const devtools = await pageDevtools(context, page, () => state.cost);
    const network = trackNetwork(page);
    return {
      reusable: () => usable && !page.isClosed(),
      close: closeLane,
      async extract(url, opts) {
        assertUsableSelector(opts.selector);
        state = { refused: null, redirectLoop: false, documentError: null, cost: opts.cost ?? null };
        const mine = state;
        network.reset();
        let timedOut = false;
        // The watchdog settles the extraction itself: a Playwright call caught in the context's closing (a
        // route.fetch of a hung document) may never return. The lane is closed with it.
        let stop!: (reason: unknown) => void;
        const stopped = new Promise<never>((_, reject) => (stop = reject));
        stopped.catch(() => {});
        const watchdog = () => {
          stop(new Error('stopped'));
          void closeLane();
        };
        const timer = setTimeout(() => {
          timedOut = true;
          watchdog();
        }, opts.timeoutMs);
        opts.signal.addEventListener('abort', watchdog, { once: true });
        if (opts.signal.aborted) watchdog();
        const work = async () => {
          context.setDefaultTimeout(Math.min(opts.timeoutMs, 30_000));
          const taskStart = await devtools.taskSeconds();
          const postings: RawPosting[] = [];
          let html = '';
          let current: string | null = url;
          for (let n = 0; current && n < MAX_PAGES; n++) {
            const response = await page.goto(current, { waitUntil: 'domcontentloaded' }).catch((err: Error) => {
              if (mine.refused) throw new PermanentError('invalid_url', `refused ${mine.refused}`);
              throw err;
            });
            if (mine.refused) throw new PermanentError('invalid_url', `refused ${mine.refused}`);
            if (!response) throw new RetryableError('network', `${safeForMessage(current)}: no response`);
            const body = await page.content();
            const error = errorForResponse(response.status(), { get: (h) => response.headers()[h.toLowerCase()] ?? null }, body, safeForMessage(current), opts.now());
            if (error) throw error;
            await settle(page, opts.selector, network);
            await clickLoadMore(page, opts.selector, network);
            // The rendered DOM, where embeds (iframes, widget links) show their board, is what detection reads.
            if (n === 0) html = await page.content().catch(() => body);
            const snapshot = await snapshotOf(page, opts.selector);
            postings.push(...postingsFromSnapshot(snapshot, page.url()));
            current = await nextPageUrl(page, opts.selector);
          }
          if (opts.cost) opts.cost.cpuMs += Math.max(0, (await devtools.taskSeconds()) - taskStart) * 1000;
          // Leave the page blank (its scripts stop), forget the site's cookies, and collect its garbage now:
          // V8 otherwise lets a lane's renderer grow read after read (two lanes over 20 farm pages each:
          // 89 → 188 MiB of PSS; collected after each read they stay at 90, for a few ms of CPU).
          await page.goto('about:blank').catch(() => (usable = false));
          await context.clearCookies().catch(() => (usable = false));
          await devtools.collectGarbage().catch(() => (usable = false));
          return { postings, html };
        };
        try {
          const working = work();
          working.catch(() => {});
          return await Promise.race([working, stopped]);
        } catch (err) {
          void closeLane(); // a lane a read failed on is not trusted with the next one
          if (mine.refused) throw new PermanentError('invalid_url', `refused ${mine.refused}`);
          if (opts.signal.aborted) throw opts.signal.reason ?? err;
          if (timedOut) throw new TimeoutError(`${safeForMessage(url)}: the page did not finish within ${opts.timeoutMs} ms`);
          // Assigned inside the route handler, which TypeScript cannot see.
          const routed = mine.documentError as Error | null;
          const message = `${(err as Error).message ?? ''} ${routed?.message ?? ''}`;
          const unreachable = /ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH/.exec(message);
          if (unreachable) throw new RetryableError('network', `${safeForMessage(url)}: ${unreachable[0]}`);
          const net = /net::ERR_(CONNECTION_REFUSED|NAME_NOT_RESOLVED|INTERNET_DISCONNECTED|ADDRESS_UNREACHABLE|NETWORK_CHANGED|CONNECTION_RESET|CONNECTION_CLOSED|EMPTY_RESPONSE)/.exec(message);
          if (net) throw new RetryableError('network', `${safeForMessage(url)}: ${net[0]}`);
          if (mine.redirectLoop || /net::ERR_TOO_MANY_REDIRECTS/.test(message)) throw new RetryableError('redirect_loop', `${safeForMessage(url)}: the page redirects in a loop`);
          if (/is not a valid selector|SyntaxError: .*selector/i.test(message)) {
            throw new PermanentError('invalid_selector', `the company's selector "${opts.selector}" is not valid in Chromium: fix it with scoutly companies add SLUG URL --selector CSS`);
          }
          if (/net::ERR_TIMED_OUT|Timeout \d+ms exceeded/.test(message)) {
            throw new TimeoutError(`${safeForMessage(url)}: timed out`);
          }
          if (/Target (page, context or browser )?(has been )?closed|context was closed/i.test(message)) {
            throw new TimeoutError(`${safeForMessage(url)}: the page did not finish within ${opts.timeoutMs} ms`);
          }
          throw err;
        } finally {
          clearTimeout(timer);
          opts.signal.removeEventListener('abort', watchdog);
          if (state === mine) state = { refused: null, redirectLoop: false, documentError: null, cost: null };
        }
      },
    };
  } catch (err) {
    await closeLane();
    throw err;
  }
}

/**
 * The lane's DevTools session on its page: bytes fetched (encodedDataLength of each response, on
 * loadingFinished, as they arrive, added to whichever read is current), the renderer's main-thread task
 * time for this page (cumulative: a read takes the difference), and a full garbage collection on demand.
 */
async function pageDevtools(context: BrowserContext, page: Page, current: () => ScrapeCost | null) {
  const cdp = await context.newCDPSession(page);
  cdp.on('Network.loadingFinished', (e) => {
    const cost = current();
    if (cost) cost.bytes += e.encodedDataLength;
  });
  await cdp.send('Network.enable');
  await cdp.send('Performance.enable');
  return {
    async taskSeconds(): Promise<number> {
      const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
      return metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
    },
    async collectGarbage(): Promise<void> {
      await cdp.send('HeapProfiler.collectGarbage');
    },
  };
}

/**
 * Chromium follows a redirect without asking the route again, so a document's redirect chain is walked
 * here, each hop checked before it is requested. A chain that ends elsewhere is handed to Chromium as
 * one redirect to the checked final URL (so the page's own URL, and its relative links, are right).
 */
async function routeDocument(route: Route, policy: AddressPolicy, refuse: (why: string) => void, loop: () => void): Promise<void> {
  const original = route.request().url();
  let target = original;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    const response = await route.fetch({ url: target, maxRedirects: 0 });
    const verdict = response.headers()[EGRESS_HEADER];
    if (verdict === 'refused') {
      refuse(`${safeForMessage(target)}${target === original ? '' : ` (redirected from ${safeForMessage(original)})`}: ${(await response.text()).slice(0, 300)}`);
      return route.abort('blockedbyclient');
    }
    // Unreachable: the code (ECONNREFUSED, ENOTFOUND…) is what the classification below reads.
    if (verdict?.startsWith('unreachable')) throw new Error(`${safeForMessage(target)}: ${verdict.slice('unreachable '.length)}`);
    const location = response.status() >= 300 && response.status() < 400 ? response.headers()['location'] : undefined;
    if (!location) {
      if (target === original) return route.fulfill({ response });
      return route.fulfill({ status: 302, headers: { location: target } });
    }
    const next = new URL(location, target).toString();
    const problem = quickCheck(next, policy);
    if (problem) {
      refuse(`${safeForMessage(next)} (redirected from ${safeForMessage(original)}): ${problem}`);
      return route.abort('blockedbyclient');
    }
    target = next;
  }
  loop(); // more hops than any real careers page needs
  return route.abort('failed');
}

/**
 * Waits for client-rendered lists: until the selector holds a link when one is given (no idle wait
 * then: it costs half a second per page), else until the network is quiet for a moment.
 */
async function settle(page: Page, selector: string | null, network: NetworkTracker): Promise<void> {
  if (selector) {
    const found = await page.locator(`${selector} a[href]`).first().waitFor({ timeout: 5_000 }).then(() => true, () => false);
    if (found) return;
  }
  await network.quiet(QUIET_MS, 2_000);
}

async function clickLoadMore(page: Page, selector: string | null, network: NetworkTracker): Promise<void> {
  for (let i = 0; i < MAX_MORE_CLICKS; i++) {
    const button = page.locator(`${selector ? `${selector} ` : ''}button, ${selector ? `${selector} ` : ''}a[role=button]`)
      .filter({ hasText: /load more|show more|more jobs|more positions/i }).first();
    if (!(await button.isVisible().catch(() => false))) return;
    await button.click({ timeout: 2_000 }).catch(() => {});
    await network.quiet(QUIET_MS, 2_000);
  }
}

/**
 * How long the page's network must be quiet (no request in flight) before its list is taken as built.
 * Playwright's `networkidle` waits 500 ms; a list the page's script fetches is in the DOM within a few
 * milliseconds of its answer, so a shorter wait reads the same postings half a second sooner per page.
 */
const QUIET_MS = 250;

interface NetworkTracker {
  /** Resolves once no request has been in flight for `quietMs`, or after `maxMs` whatever the page does. */
  quiet(quietMs: number, maxMs: number): Promise<void>;
  /** Forgets requests of an earlier read (a new read starts). */
  reset(): void;
}

function trackNetwork(page: Page): NetworkTracker {
  const inFlight = new Set<Request>();
  let lastChange = performance.now();
  const started = (r: Request) => {
    inFlight.add(r);
    lastChange = performance.now();
  };
  const ended = (r: Request) => {
    inFlight.delete(r);
    lastChange = performance.now();
  };
  page.on('request', started);
  page.on('requestfinished', ended);
  page.on('requestfailed', ended);
  return {
    reset: () => inFlight.clear(),
    async quiet(quietMs, maxMs) {
      const until = performance.now() + maxMs;
      for (;;) {
        const now = performance.now();
        if (now >= until || page.isClosed()) return;
        const waitMs = inFlight.size > 0 ? 50 : lastChange + quietMs - now;
        if (inFlight.size === 0 && waitMs <= 0) return;
        await new Promise((r) => setTimeout(r, Math.min(Math.max(waitMs, 10), until - now)));
      }
    },
  };
}

async function nextPageUrl(page: Page, selector: string | null): Promise<string | null> {
  const href = await page.evaluate((sel) => {
    const roots: ParentNode[] = sel ? [...document.querySelectorAll(sel)] : [];
    if (!roots.length) roots.push(document);
    for (const root of roots) {
      const next = root.querySelector<HTMLAnchorElement>('a[rel~="next"]') ??
        [...root.querySelectorAll<HTMLAnchorElement>('a[href]')].find((a) => /^\s*(next|next page|›|»)\s*$/i.test(a.textContent ?? ''));
      if (next) return next.href;
    }
    return null;
  }, selector);
  return href && href !== page.url() ? href : null;
}

/**
 * Links with the title a person reads: a heading inside the link (or its card) when there is one, else the
 * most prominent visible text of the link. Visually hidden labels ("Job Title") and smaller metadata
 * ("Tech · Stockholm") are left out. A selector matching several elements (one per card) reads them all.
 */
async function snapshotOf(page: Page, selector: string | null): Promise<PageSnapshot> {
  return page.evaluate((sel) => {
    const scoped = sel ? [...document.querySelectorAll(sel)] : [];
    const roots: Element[] = scoped.length ? scoped : [document.body];
    const hidden = (el: Element): boolean => {
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden' || el.getAttribute('aria-hidden') === 'true') return true;
      const box = el.getBoundingClientRect();
      const clipped = /rect\(0(px)?,? 0(px)?,? 0(px)?,? 0(px)?\)/.test(style.clip) || /inset\(50%\)/.test(style.clipPath);
      return clipped || (style.position === 'absolute' && box.width <= 1 && box.height <= 1);
    };
    const visibleText = (el: Element): string => (el as HTMLElement).innerText?.trim() ?? '';
    const titleOf = (a: HTMLAnchorElement): string => {
      const heading = a.querySelector('h1,h2,h3,h4,h5,h6,[role=heading]');
      if (heading && !hidden(heading) && visibleText(heading)) return visibleText(heading);
      const label = a.getAttribute('aria-label')?.trim();
      if (label) return label;
      // Text-bearing elements inside the link that are shown; the most prominent one is the title.
      const chunks: { text: string; weight: number }[] = [];
      const walk = (el: Element) => {
        if (hidden(el)) return;
        const own = [...el.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent ?? '').join(' ').replace(/\s+/g, ' ').trim();
        if (own) {
          const style = getComputedStyle(el);
          chunks.push({ text: own, weight: parseFloat(style.fontSize) * 1000 + (parseInt(style.fontWeight, 10) || 400) });
        }
        for (const child of el.children) walk(child);
      };
      walk(a);
      if (chunks.length <= 1) return chunks[0]?.text ?? (a.textContent ?? '').trim();
      const top = Math.max(...chunks.map((c) => c.weight));
      return chunks.filter((c) => c.weight === top).map((c) => c.text).join(' ');
    };
    const jsonLd: unknown[] = [];
    for (const s of document.querySelectorAll('script[type="application/ld+json"]')) {
      try {
        jsonLd.push(JSON.parse(s.textContent ?? ''));
      } catch {
        // a broken block is skipped, the others still count
      }
    }
    const seen = new Set<Element>();
    // A page with 100,000 links is not 100,000 postings: read the first few thousand (normalisation caps at 2,000).
    const links = roots.flatMap((root) => [...root.querySelectorAll<HTMLAnchorElement>('a[href]')])
      .filter((a) => !seen.has(a) && seen.add(a)).slice(0, 5000)
      .map((a) => ({ text: titleOf(a), href: a.href, inChrome: Boolean(a.closest('nav, header, footer, [role=navigation]')) }));
    return { jsonLd, links, selectorFound: scoped.length > 0 };
  }, selector);
}
