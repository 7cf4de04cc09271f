// The composition root of a tick: builds the real clock, queue, scraping services and task handlers
// from the Config. The only place that chooses implementations; tests pass overrides. Scraping and
// analysis code loads on a tick's first task of that kind, so an idle tick starts fast.

import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { TaskQueue } from '../queue/queue.js';
import type { ScrapeServices } from '../tasks/scrapeCompany.js';
import { currentIdentity } from './lease.js';
import type { HandlerRegistry, TaskHandler } from './registry.js';
import type { TickDeps } from './runTick.js';
import type { ClosableScrapeServices } from './scraping.js';

export interface DepsOverrides {
  clock?: Clock;
  handlers?: HandlerRegistry;
  rand?: () => number;
  /** systemd's INVOCATION_ID, part of the lease owner so journal lines and lease rows match. */
  invocationId?: string;
  /** Hosts treated as public by the URL-safety checks (tests stand a "public" site on loopback). */
  trustedHosts?: readonly string[];
}

/** Limit of one scrape attempt (feed pages, or a careers page and its next pages). */
export const SCRAPE_TIMEOUT_MS = 90_000;
/** Limit of one analysis attempt (a few Gemini batches). */
export const ANALYZE_TIMEOUT_MS = 60_000;

/** Loads a handler on first use and reuses it for the rest of the tick. */
function lazy(load: () => Promise<TaskHandler>): TaskHandler {
  let handler: Promise<TaskHandler> | null = null;
  return async (ctx) => (await (handler ??= load()))(ctx);
}

/** With a Gemini key postings are scored by Gemini, else by the offline analyzer. */
export function defaultHandlers(scraping: () => Promise<ScrapeServices>, config: Config, store: Store, clock: Clock): HandlerRegistry {
  return {
    scrape_company: {
      timeoutMs: SCRAPE_TIMEOUT_MS, tracksCompanyHealth: true,
      handler: lazy(async () => (await import('../tasks/scrapeCompany.js')).scrapeCompanyHandler(await scraping())),
    },
    analyze_postings: {
      timeoutMs: ANALYZE_TIMEOUT_MS, tracksCompanyHealth: false,
      handler: lazy(async () => {
        const gemini = config.gemini.apiKey ? (await import('../analyze/gemini.js')).createGeminiAnalyzer(config, store, clock) : null;
        return (await import('../tasks/analyzePostings.js')).analyzePostingsHandler(gemini);
      }),
    },
  };
}

export function buildTickDeps(config: Config, store: Store, log: Logger, overrides: DepsOverrides = {}): TickDeps {
  const clock = overrides.clock ?? systemClock;
  let scraping: Promise<ClosableScrapeServices> | null = null;
  const getScraping = () => (scraping ??= import('./scraping.js').then((m) => m.scrapeServices(config, clock, overrides.trustedHosts)));
  return {
    store,
    queue: new TaskQueue(store, { maxAttempts: config.maxAttempts, ...(overrides.rand ? { rand: overrides.rand } : {}) }),
    clock,
    log,
    config,
    handlers: overrides.handlers ?? defaultHandlers(getScraping, config, store, clock),
    identity: currentIdentity(overrides.invocationId),
    close: async () => {
      if (scraping) await (await scraping).close();
    },
  };
}
