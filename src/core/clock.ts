// The one source of "now" (ms since epoch) and of waiting. Domain code takes a Clock so tests can fix or
// step time: a test clock's sleep moves its own time instead of waiting.

import { setImmediate as nextTurn, setTimeout as wait } from 'node:timers/promises';

export interface Clock {
  now(): number;
  /** Resolves after `ms` of this clock's time; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(Math.max(0, ms), undefined, signal ? { signal } : {}),
};

/**
 * One turn of the event loop (timers and I/O run), then the signal's reason is thrown if it aborted:
 * CPU-bound loops call it between items, so a deadline or an attempt's limit can stop them.
 */
export async function yieldTurn(signal?: AbortSignal): Promise<void> {
  await nextTurn();
  signal?.throwIfAborted();
}
