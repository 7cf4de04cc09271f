import {
  createHttpClient,
  meteredHttp
} from "./chunk-DSRBALOT.js";
import {
  scrape
} from "./chunk-P7GC33KY.js";
import {
  newCost
} from "./chunk-KEIMTC4G.js";
import {
  normalizeAll
} from "./chunk-HSXQT5O5.js";

// dist/scrape/browser/pool.js
function browserPool(launch, options) {
  let session = null;
  let active = 0;
  const waiting = [];
  let idleTimer = null;
  const current = () => {
    if (!session) {
      session = launch();
      session.catch(() => {
      });
    }
    return session;
  };
  const closeSession = async () => {
    const closing = session;
    session = null;
    const s = await closing?.catch(() => null);
    await s?.close().catch(() => {
    });
  };
  const stopIdleTimer = () => {
    if (idleTimer)
      clearTimeout(idleTimer);
    idleTimer = null;
  };
  async function acquire(signal, park) {
    stopIdleTimer();
    if (active < options.pages) {
      active++;
      return;
    }
    await park(new Promise((resolve, reject) => {
      const granted = () => {
        signal.removeEventListener("abort", onAbort);
        resolve();
      };
      const onAbort = () => {
        const i = waiting.indexOf(granted);
        if (i >= 0)
          waiting.splice(i, 1);
        reject(signal.reason);
      };
      if (signal.aborted)
        return onAbort();
      waiting.push(granted);
      signal.addEventListener("abort", onAbort, { once: true });
    }));
  }
  function release() {
    const next = waiting.shift();
    if (next)
      return next();
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
    }
  };
}

// dist/tick/scraping.js
var BROWSER_IDLE_CLOSE_MS = 5e3;
function scrapeServices(config, clock, trustedHosts = []) {
  const policy = { allowPrivate: config.allowPrivateUrls, trustedHosts };
  const http = createHttpClient({ ...policy, clock, atsBaseUrl: config.atsBaseUrl });
  const pool = browserPool(() => import("./launch-HDWQJGWT.js").then((m) => m.launchBrowser({ ...policy, executablePath: config.chromiumPath, pages: config.browserPages, cacheDir: config.cacheDir })), { pages: config.browserPages, idleCloseMs: BROWSER_IDLE_CLOSE_MS });
  return {
    pageTimeoutMs: 45e3,
    context: (signal, log, park) => {
      const cost = newCost();
      return { signal, log, http: meteredHttp(http, cost), cost, now: () => clock.now(), browser: async () => pool, ...park ? { park } : {} };
    },
    async close() {
      await pool.close();
    }
  };
}
async function scrapeOnce(config, clock, target, known, signal, log) {
  const services = scrapeServices(config, clock);
  try {
    const outcome = await scrape(target, known, services.context(signal, log), services.pageTimeoutMs);
    return {
      source: outcome.source,
      postings: normalizeAll(outcome.postings),
      notes: outcome.notes,
      remember: outcome.remember,
      render: outcome.render,
      ...outcome.drift ? { drift: outcome.drift } : {}
    };
  } finally {
    await services.close();
  }
}

export {
  scrapeServices,
  scrapeOnce
};
