// The composition root of a tick: builds the real clock, queue, HTTP client, lazy browser and task
// handlers from the Config. The only place that chooses implementations; tests pass overrides.

import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { TaskQueue } from '../queue/queue.js';
import { createHttpClient } from '../scrape/http.js';
import type { BrowserSession } from '../scrape/types.js';
import { analyzePostingsTask } from '../tasks/analyzePostings.js';
import { scrapeCompanyTask, type ScrapeServices } from '../tasks/scrapeCompany.js';
import { currentIdentity } from './lease.js';
import type { HandlerRegistry } from './registry.js';
import type { TickDeps } from './runTick.js';

export interface DepsOverrides {
  clock?: Clock;
  handlers?: HandlerRegistry;
  rand?: () => number;
  /** systemd's INVOCATION_ID, part of the lease owner so journal lines and lease rows match. */
  invocationId?: string;
  /** Hosts treated as public by the URL-safety checks (tests stand a "public" site on loopback). */
  trustedHosts?: readonly string[];
}

/** The scraping services of one tick: an HTTP client, and one Chromium launched on first use. */
export function scrapeServices(config: Config, clock: Clock, trustedHosts: readonly string[] = []) {
  const policy = { allowPrivate: config.allowPrivateUrls, trustedHosts };
  const http = createHttpClient({ ...policy, clock, atsBaseUrl: config.atsBaseUrl });
  let browser: Promise<BrowserSession> | null = null;
  const services: ScrapeServices & { close(): Promise<void> } = {
    pageTimeoutMs: 45_000,
    context: (signal, log) => ({
      signal, log, http,
      browser: () => (browser ??= import('../scrape/browser/launch.js').then((m) => m.launchBrowser({ ...policy, executablePath: config.chromiumPath }))),
    }),
    async close() {
      const b = await browser?.catch(() => null);
      browser = null;
      await b?.close().catch(() => {});
    },
  };
  return services;
}

export function defaultHandlers(scraping: ScrapeServices): HandlerRegistry {
  return { scrape_company: scrapeCompanyTask(scraping), analyze_postings: analyzePostingsTask() };
}

export function buildTickDeps(config: Config, store: Store, log: Logger, overrides: DepsOverrides = {}): TickDeps {
  const clock = overrides.clock ?? systemClock;
  const scraping = scrapeServices(config, clock, overrides.trustedHosts);
  return {
    store,
    queue: new TaskQueue(store, { maxAttempts: config.maxAttempts, ...(overrides.rand ? { rand: overrides.rand } : {}) }),
    clock,
    log,
    config,
    handlers: overrides.handlers ?? defaultHandlers(scraping),
    identity: currentIdentity(overrides.invocationId),
    close: () => scraping.close(),
  };
}
