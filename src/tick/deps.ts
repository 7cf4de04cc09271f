// The composition root of a tick: builds the real clock, queue and task handlers from the Config.
// The only place that chooses implementations; tests pass overrides (a fixed clock, staged handlers).

import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';
import { TaskQueue } from '../queue/queue.js';
import { currentIdentity } from './lease.js';
import type { HandlerRegistry } from './registry.js';
import type { TickDeps } from './runTick.js';

export interface DepsOverrides {
  clock?: Clock;
  handlers?: HandlerRegistry;
  rand?: () => number;
  /** systemd's INVOCATION_ID, part of the lease owner so journal lines and lease rows match. */
  invocationId?: string;
}

/**
 * Task handlers by kind. `scrape_company` and `analyze_postings` register here as they are built;
 * until then a claimed task of that kind fails with a permanent `no_handler` error.
 */
export function defaultHandlers(): HandlerRegistry {
  return {};
}

export function buildTickDeps(config: Config, store: Store, log: Logger, overrides: DepsOverrides = {}): TickDeps {
  return {
    store,
    queue: new TaskQueue(store, { maxAttempts: config.maxAttempts, ...(overrides.rand ? { rand: overrides.rand } : {}) }),
    clock: overrides.clock ?? systemClock,
    log,
    config,
    handlers: overrides.handlers ?? defaultHandlers(),
    identity: currentIdentity(overrides.invocationId),
  };
}
