// A deadline as an AbortSignal that holds its own timer. AbortSignal.any([s, AbortSignal.timeout(ms)])
// can lose the timeout on Node 20 (nodejs/node#57736: the timeout signal is garbage-collected while
// only the combined signal is referenced), so one stalled request would wait for ever.

import { TimeoutError } from './errors.js';

/** Aborted after `ms` (reason: a TimeoutError) or when a parent aborts (its reason); call dispose() when done. */
export function timeoutSignal(ms: number, ...parents: (AbortSignal | undefined)[]): { signal: AbortSignal; timedOut(): boolean; dispose(): void } {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort(new TimeoutError(`timed out after ${ms} ms`));
  }, ms);
  const listeners: [AbortSignal, () => void][] = [];
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) {
      controller.abort(parent.reason);
      break;
    }
    const onAbort = () => controller.abort(parent.reason);
    parent.addEventListener('abort', onAbort, { once: true });
    listeners.push([parent, onAbort]);
  }
  return {
    signal: controller.signal,
    timedOut: () => timedOut,
    dispose() {
      clearTimeout(timer);
      for (const [parent, onAbort] of listeners) parent.removeEventListener('abort', onAbort);
    },
  };
}
