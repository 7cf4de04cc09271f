// The one source of "now" (ms since epoch) and of waiting. Domain code takes a Clock so tests can fix or
// step time: a test clock's sleep moves its own time instead of waiting.

export interface Clock {
  now(): number;
  /** Resolves after `ms` of this clock's time; rejects with the signal's reason when it aborts first. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>;
}

/** setTimeout as a promise that an abort rejects (node:timers/promises' own, which an idle tick would load for nothing). */
function wait(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, Math.max(0, ms));
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

export const systemClock: Clock = {
  now: () => Date.now(),
  sleep: (ms, signal) => wait(ms, signal),
};

/**
 * One turn of the event loop (timers and I/O run), then the signal's reason is thrown if it aborted:
 * CPU-bound loops call it between items, so a deadline or an attempt's limit can stop them.
 */
export async function yieldTurn(signal?: AbortSignal): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  signal?.throwIfAborted();
}
