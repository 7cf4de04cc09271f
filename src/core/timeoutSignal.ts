// A deadline as an AbortSignal that holds its own timer. AbortSignal.any([s, AbortSignal.timeout(ms)])
// can lose the timeout on Node 20 (nodejs/node#57736: the timeout signal is garbage-collected while
// only the combined signal is referenced), so one stalled request would wait for ever.

import { TimeoutError } from './errors.js';

export interface TimeoutSignal {
  /** Aborted after the time (reason: a TimeoutError) or when a parent aborts (its reason). */
  readonly signal: AbortSignal;
  timedOut(): boolean;
  /** Calls `listener` once the time is up or a parent aborted (at once when that happened already). */
  onEnd(listener: () => void): void;
  dispose(): void;
}

/**
 * Ends after `ms` or when a parent aborts; call dispose() when done. The AbortSignal itself is made on first
 * use: an AbortController costs more than a short task's own work (the queue's benchmark), and a task that
 * never looks at its signal needs none.
 */
export function timeoutSignal(ms: number, ...parents: (AbortSignal | undefined)[]): TimeoutSignal {
  let controller: AbortController | undefined;
  let ended = false;
  let reason: unknown;
  let timedOut = false;
  const listeners: (() => void)[] = [];
  const end = (why: unknown) => {
    if (ended) return;
    ended = true;
    reason = why;
    controller?.abort(why);
    for (const listener of listeners.splice(0)) listener();
  };
  const timer = setTimeout(() => {
    timedOut = true;
    end(new TimeoutError(`timed out after ${ms} ms`));
  }, ms);
  const parentListeners: [AbortSignal, () => void][] = [];
  for (const parent of parents) {
    if (!parent) continue;
    if (parent.aborted) {
      end(parent.reason);
      break;
    }
    const onAbort = () => end(parent.reason);
    parent.addEventListener('abort', onAbort, { once: true });
    parentListeners.push([parent, onAbort]);
  }
  return {
    get signal() {
      if (!controller) {
        controller = new AbortController();
        if (ended) controller.abort(reason);
      }
      return controller.signal;
    },
    timedOut: () => timedOut,
    onEnd(listener) {
      if (ended) listener();
      else listeners.push(listener);
    },
    dispose() {
      clearTimeout(timer);
      listeners.length = 0;
      for (const [parent, onAbort] of parentListeners) parent.removeEventListener('abort', onAbort);
    },
  };
}
