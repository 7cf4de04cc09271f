// Chromium as one tick uses it: launched when a page first needs it, at most `pages` pages rendering at
// once inside the task slots (feeds and static pages keep flowing meanwhile), closed once no page has been
// open for a moment, and launched again if another page comes later.

import type { BrowserSession } from '../types.js';

export interface BrowserPoolOptions {
  /** Pages rendering at once (SCOUTLY_BROWSER_PAGES). */
  pages: number;
  /** How long Chromium stays up with no page open before it is closed. */
  idleCloseMs: number;
}

export interface BrowserPool extends BrowserSession {
  /** Whether Chromium is up (launched, or launching) now. */
  running(): boolean;
}

export function browserPool(launch: () => Promise<BrowserSession>, options: BrowserPoolOptions): BrowserPool {
  let session: Promise<BrowserSession> | null = null;
  let active = 0;
  const waiting: (() => void)[] = [];
  let idleTimer: NodeJS.Timeout | null = null;

  const current = () => {
    if (!session) {
      session = launch();
      session.catch(() => {}); // awaited by whoever asked; a failed launch stays failed for the tick
    }
    return session;
  };
  const closeSession = async () => {
    const closing = session;
    session = null;
    const s = await closing?.catch(() => null);
    await s?.close().catch(() => {});
  };
  const stopIdleTimer = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = null;
  };

  /** A page slot; a task that has to wait is parked (its task slot lent to others) until one frees. */
  async function acquire(signal: AbortSignal, park: <T>(p: Promise<T>) => Promise<T>): Promise<void> {
    stopIdleTimer();
    if (active < options.pages) {
      active++;
      return;
    }
    await park(new Promise<void>((resolve, reject) => {
      const granted = () => {
        signal.removeEventListener('abort', onAbort);
        resolve();
      };
      const onAbort = () => {
        const i = waiting.indexOf(granted);
        if (i >= 0) waiting.splice(i, 1);
        reject(signal.reason);
      };
      if (signal.aborted) return onAbort();
      waiting.push(granted);
      signal.addEventListener('abort', onAbort, { once: true });
    }));
  }

  function release(): void {
    const next = waiting.shift();
    if (next) return next(); // the slot passes straight to the next page
    active--;
    if (active === 0 && session) {
      idleTimer = setTimeout(() => void (active === 0 && closeSession()), options.idleCloseMs);
      idleTimer.unref();
    }
  }

  return {
    async extract(url, opts) {
      await acquire(opts.signal, opts.park ?? ((p) => p));
      try {
        return await (await current()).extract(url, opts);
      } finally {
        release();
      }
    },
    async check() {
      await (await current()).check();
    },
    openPages: () => active,
    running: () => session !== null,
    async close() {
      stopIdleTimer();
      await closeSession();
    },
  };
}
