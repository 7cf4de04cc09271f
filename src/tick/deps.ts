// The composition root: builds the clock, the one task queue, the bound task kinds (scraping services,
// the analyzer) from the Config. The only place that chooses implementations; tests pass overrides.
// Scraping and analysis code loads on a tick's first task of that kind, so an idle tick starts fast.

import type { Analyzer } from '../analyze/analyzer.js';
import { systemClock, type Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import type { TaskKind } from '../db/enums.js';
import { TaskQueue } from '../queue/queue.js';
import { bindKind, type FollowUp, type HandlerResult, type KindRegistry, type RunnableKind, type TaskContext } from '../tasks/kind.js';
import { dedupeKeyOf } from '../tasks/kinds/index.js';
import { analyzePostingsKind } from '../tasks/kinds/analyzePostings.js';
import { scrapeCompanyKind } from '../tasks/kinds/scrapeCompany.js';
import type { ScrapeServices } from '../tasks/scrapeCompany.js';
import { currentIdentity } from './lease.js';
import type { TickDeps } from './runTick.js';
import type { ClosableScrapeServices } from './scraping.js';

/** A test's stand-in for a kind's handler (and its limit); the kind's schema and outcome hook stay. */
export interface HandlerOverride {
  handler(ctx: TaskContext<Record<string, number>>): Promise<HandlerResult>;
  timeoutMs?: number;
}

export interface DepsOverrides {
  clock?: Clock;
  /** Only these kinds are registered, with these handlers (tests). */
  handlers?: Partial<Record<TaskKind, HandlerOverride>>;
  rand?: () => number;
  /** systemd's INVOCATION_ID, part of the lease owner so journal lines and lease rows match. */
  invocationId?: string;
  /** Hosts treated as public by the URL-safety checks (tests stand a "public" site on loopback). */
  trustedHosts?: readonly string[];
  /** Replaces the scraping services (tests shorten the page timeout). */
  scraping?: () => Promise<ScrapeServices>;
}

/** The one task queue over a store. */
export function buildQueue(config: Config, store: Store, rand?: () => number): TaskQueue {
  return new TaskQueue(store, { maxAttempts: config.maxAttempts, ...(rand ? { rand } : {}) });
}

/** Gemini with a key, else the offline analyzer; loaded once, on first use. */
function analyzerFor(config: Config, store: Store, clock: Clock): () => Promise<Analyzer> {
  let analyzer: Promise<Analyzer> | null = null;
  return () => (analyzer ??= config.gemini.apiKey
    ? import('../analyze/gemini.js').then((m) => m.createGeminiAnalyzer(config, store, clock))
    : import('../analyze/analyzer.js').then((m) => m.offlineAnalyzer));
}

/** Every kind, bound to this tick's services. */
export function defaultKinds(config: Config, store: Store, clock: Clock, scraping: () => Promise<ScrapeServices>): KindRegistry {
  return {
    scrape_company: bindKind(scrapeCompanyKind, { store, config, services: scraping }, store),
    analyze_postings: bindKind(analyzePostingsKind, { store, config, analyzer: analyzerFor(config, store, clock) }, store),
  };
}

/** Kinds whose handlers a test replaces: the kind's schema, key and outcome hook are kept. */
function overriddenKinds(defaults: KindRegistry, handlers: Partial<Record<TaskKind, HandlerOverride>>): KindRegistry {
  const kinds: KindRegistry = {};
  for (const [name, override] of Object.entries(handlers) as [TaskKind, HandlerOverride][]) {
    const kind = defaults[name]! as RunnableKind<Record<string, number>>;
    kinds[name] = { ...kind, timeoutMs: override.timeoutMs ?? kind.timeoutMs, run: (ctx) => override.handler(ctx) };
  }
  return kinds;
}

export function buildTickDeps(config: Config, store: Store, log: Logger, overrides: DepsOverrides = {}): TickDeps {
  const clock = overrides.clock ?? systemClock;
  const queue = buildQueue(config, store, overrides.rand);
  let scraping: Promise<ClosableScrapeServices> | null = null;
  const getScraping = overrides.scraping ??
    (() => (scraping ??= import('./scraping.js').then((m) => m.scrapeServices(config, clock, overrides.trustedHosts))));
  const defaults = defaultKinds(config, store, clock, getScraping);
  return {
    store,
    queue,
    clock,
    log,
    config,
    kinds: overrides.handlers ? overriddenKinds(defaults, overrides.handlers) : defaults,
    enqueue: (followUp: FollowUp) => void queue.add({ ...followUp, dedupeKey: dedupeKeyOf(followUp.kind, followUp.payload) }, clock.now()),
    identity: currentIdentity(overrides.invocationId),
    close: async () => {
      if (scraping) await (await scraping).close();
    },
  };
}
