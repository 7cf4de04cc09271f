// The scraping services of one tick: an HTTP client, and Chromium launched when a page first needs it, a
// few pages at once, closed when idle and with the tick. Loaded only when a tick has a scrape to do.

import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import { createHttpClient, meteredHttp } from '../scrape/http.js';
import { newCost } from '../scrape/cost.js';
import { browserPool } from '../scrape/browser/pool.js';
import type { Logger } from '../core/log.js';
import { normalizeAll, type NormalizedPosting } from '../scrape/normalize.js';
import { scrape, type KnownSource, type ScrapeOutcome, type ScrapeTarget } from '../scrape/registry.js';
import type { DetectedSource } from '../scrape/types.js';
import type { FeedDrift } from '../scrape/feed.js';
import type { ScrapeServices } from '../tasks/scrapeCompany.js';

/** Chromium closes when no page has been open this long (a tick's later feeds and static pages need none). */
const BROWSER_IDLE_CLOSE_MS = 5_000;

export type ClosableScrapeServices = ScrapeServices & { close(): Promise<void> };

export function scrapeServices(config: Config, clock: Clock, trustedHosts: readonly string[] = []): ClosableScrapeServices {
  const policy = { allowPrivate: config.allowPrivateUrls, trustedHosts };
  const http = createHttpClient({ ...policy, clock, atsBaseUrl: config.atsBaseUrl });
  const pool = browserPool(
    () => import('../scrape/browser/launch.js').then((m) => m.launchBrowser({ ...policy, executablePath: config.chromiumPath, pages: config.browserPages, cacheDir: config.cacheDir })),
    { pages: config.browserPages, idleCloseMs: BROWSER_IDLE_CLOSE_MS },
  );
  return {
    pageTimeoutMs: 45_000,
    context: (signal, log, park) => {
      const cost = newCost();
      return { signal, log, http: meteredHttp(http, cost), cost, now: () => clock.now(), browser: async () => pool, ...(park ? { park } : {}) };
    },
    async close() {
      await pool.close();
    },
  };
}

/** One scrape outside a tick, saving nothing (`probe`, `doctor --pipeline`); the browser is closed after. */
export async function scrapeOnce(config: Config, clock: Clock, target: ScrapeTarget, known: KnownSource | null, signal: AbortSignal, log: Logger):
  Promise<{ source: DetectedSource; postings: NormalizedPosting[]; notes: string[]; remember?: KnownSource; render?: ScrapeOutcome['render']; drift?: FeedDrift }> {
  const services = scrapeServices(config, clock);
  try {
    const outcome = await scrape(target, known, services.context(signal, log), services.pageTimeoutMs);
    return { source: outcome.source, postings: normalizeAll(outcome.postings), notes: outcome.notes, remember: outcome.remember, render: outcome.render,
      ...(outcome.drift ? { drift: outcome.drift } : {}) };
  } finally {
    await services.close();
  }
}
