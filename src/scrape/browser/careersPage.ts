// Reads careers pages on a lane (a browser context with one page, reused from read to read): images, media
// and fonts blocked, downloads refused, every request (redirects included) checked against the address
// policy here for a clear message and again, on the connected address, by the egress proxy every byte
// passes; the careers document's first answer judged before the page runs (bot walls, rate limits, HTTP
// errors), then the page read when it is ready (settle.ts) and next-page links followed a few times. A
// watchdog closes the lane on the task's signal or after the timeout, whatever the page does.

import type { APIResponse, Browser, BrowserContext, Page, Request, Route } from 'playwright-core';
import { PermanentError, RetryableError, TimeoutError, type TaskError } from '../../core/errors.js';
import { errorForResponse } from '../httpErrors.js';
import { assertUsableSelector } from '../selector.js';
import { USER_AGENT } from '../http.js';
import { MAX_POSTINGS_PER_SCRAPE } from '../normalize.js';
import { quickCheck, safeForMessage, type AddressPolicy } from '../urlSafety.js';
import type { RawPosting } from '../types.js';
import type { ScrapeCost } from '../cost.js';
import { EGRESS_HEADER } from './egressProxy.js';
import { DOM_WATCH_KEY, RENDERED_HTML_CHARS, renderedHtml, watchDom } from './pageScript.js';
import { EXPAND_BUDGET_MS, readWhenReady, trackNetwork } from './settle.js';

const BLOCKED_RESOURCES = new Set(['image', 'media', 'font']);
const MAX_PAGES = 3;
const MAX_REDIRECTS = 5;
/** How long closing a lane waits for its context to close before moving on (the tick closes the browser). */
const CLOSE_WAIT_MS = 2_000;

/** What one extraction on a lane has met so far (the lane's route handler writes it). */
interface ExtractionState {
  refused: string | null;
  redirectLoop: boolean;
  documentError: Error | null;
  /** What the careers document's answer means when it cannot be read (a bot wall, a rate limit, an HTTP error). */
  answer: TaskError | null;
  /** A navigation of ours is under way (page.goto): any failed answer is the read's; later, only a wall or rate limit is. */
  navigating: boolean;
  cost: ScrapeCost | null;
  now: () => number;
}

const idleState = (): ExtractionState => ({ refused: null, redirectLoop: false, documentError: null, answer: null, navigating: false, cost: null, now: Date.now });

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
  let state = idleState();
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
    // Every document counts its DOM changes from the start, before its own scripts (settle.ts reads them).
    await context.addInitScript(watchDom, DOM_WATCH_KEY);
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
      // The careers document's answer decides before the page runs: a wall's own scripts never get to keep it busy.
      const judge = decides ? (response: APIResponse) => judgeAnswer(response, safeForMessage(request.url()), current) : null;
      try {
        await routeDocument(route, policy, refuse, () => (current.redirectLoop = true), judge);
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
        state = { ...idleState(), cost: opts.cost ?? null, now: opts.now };
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
          const expandUntil = performance.now() + EXPAND_BUDGET_MS;
          for (let n = 0; current && n < MAX_PAGES && postings.length < MAX_POSTINGS_PER_SCRAPE; n++) {
            mine.navigating = true;
            const response = await page.goto(current, { waitUntil: 'domcontentloaded' }).catch((err: Error) => {
              throw stopReason(mine) ?? err;
            });
            mine.navigating = false;
            const answered = stopReason(mine);
            if (answered) throw answered;
            if (!response) throw new RetryableError('network', `${safeForMessage(current)}: no response`);
            // A selector Chromium cannot parse fails now, not after the waits.
            if (n === 0 && opts.selector) await page.evaluate((sel) => void document.querySelector(sel), opts.selector);
            const read = await readWhenReady(page, opts.selector, network, expandUntil);
            const navigated = stopReason(mine); // the page sent itself on to a wall
            if (navigated) throw navigated;
            // The rendered DOM, where embeds (iframes, widget links) show their board, is what detection reads.
            if (n === 0) html = await page.evaluate(renderedHtml, RENDERED_HTML_CHARS).catch(() => '');
            for (const posting of read.postings) postings.push(posting);
            current = read.next;
          }
          if (opts.cost) {
            const taskEnd = await devtools.taskSeconds();
            // A cross-site navigation can move the page into a new renderer, whose count starts again from zero:
            // then all of that renderer's count is this read's.
            opts.cost.cpuMs += (taskEnd >= taskStart ? taskEnd - taskStart : taskEnd) * 1000;
          }
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
          const decided = stopReason(mine);
          if (decided) throw decided;
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
          if (/Target crashed|Page crashed/i.test(message)) {
            // Not necessarily this company's page: pages of different sites may share a renderer. Nobody is blamed.
            throw new RetryableError('internal', `${safeForMessage(url)}: Chromium's renderer crashed while reading the page (a page too heavy or too deeply nested for it, this one or one sharing its renderer)`);
          }
          if (/Target (page, context or browser )?(has been )?closed|context was closed/i.test(message)) {
            throw new TimeoutError(`${safeForMessage(url)}: the page did not finish within ${opts.timeoutMs} ms`);
          }
          throw err;
        } finally {
          clearTimeout(timer);
          opts.signal.removeEventListener('abort', watchdog);
          if (state === mine) state = idleState();
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
      // Asked while the page swaps renderers, the session may not answer at once: ask once more.
      for (let tries = 0; tries < 2; tries++) {
        const answer = await cdp.send('Performance.getMetrics').catch(() => null);
        const seconds = answer?.metrics.find((m) => m.name === 'TaskDuration')?.value;
        if (seconds !== undefined) return seconds;
      }
      return 0;
    },
    async collectGarbage(): Promise<void> {
      await cdp.send('HeapProfiler.collectGarbage');
    },
  };
}

/** Why a read stops, once the route has refused the careers document or judged its answer unreadable. */
function stopReason(state: ExtractionState): TaskError | null {
  if (state.refused) return new PermanentError('invalid_url', `refused ${state.refused}`);
  return state.answer;
}

/**
 * The careers document's final answer as the feed client reads one (httpErrors.ts): a bot wall, a rate limit or
 * an HTTP error is recorded for the read, and the document is not loaded (true). Once the page has answered,
 * a document it navigates to itself stops the read only as a wall or a rate limit; an error page is read as it is.
 */
async function judgeAnswer(response: APIResponse, where: string, state: ExtractionState): Promise<boolean> {
  const status = response.status();
  // Only a failed answer's body is looked at (for a challenge page); a usable one is judged by its headers.
  const body = status >= 200 && status < 300 ? '' : await response.text().catch(() => '');
  const error = errorForResponse(status, { get: (h) => response.headers()[h.toLowerCase()] ?? null }, body, where, state.now());
  if (!error || !(state.navigating || error.kind === 'blocked' || error.kind === 'rate_limited')) return false;
  state.answer ??= error;
  return true;
}

/**
 * Chromium follows a redirect without asking the route again, so a document's redirect chain is walked
 * here, each hop checked before it is requested. A chain that ends elsewhere is handed to Chromium as
 * one redirect to the checked final URL (so the page's own URL, and its relative links, are right). The
 * careers document's final answer is judged (`judge`) before Chromium gets it.
 */
async function routeDocument(route: Route, policy: AddressPolicy, refuse: (why: string) => void, loop: () => void,
  judge: ((response: APIResponse) => Promise<boolean>) | null): Promise<void> {
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
      if (judge && (await judge(response))) return route.abort('blockedbyclient');
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
