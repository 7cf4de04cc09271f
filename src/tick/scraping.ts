// The scraping services of one tick: an HTTP client, and one Chromium launched on first use and closed
// with the tick. Loaded only when a tick has a scrape to do.

import type { Clock } from '../core/clock.js';
import type { Config } from '../config/config.js';
import { createHttpClient } from '../scrape/http.js';
import type { Logger } from '../core/log.js';
import { normalizeAll, type NormalizedPosting } from '../scrape/normalize.js';
import { scrape, type KnownSource, type ScrapeTarget } from '../scrape/registry.js';
import type { BrowserSession, DetectedSource } from '../scrape/types.js';
import type { ScrapeServices } from '../tasks/scrapeCompany.js';

export type ClosableScrapeServices = ScrapeServices & { close(): Promise<void> };

export function scrapeServices(config: Config, clock: Clock, trustedHosts: readonly string[] = []): ClosableScrapeServices {
  const policy = { allowPrivate: config.allowPrivateUrls, trustedHosts };
  const http = createHttpClient({ ...policy, clock, atsBaseUrl: config.atsBaseUrl });
  let browser: Promise<BrowserSession> | null = null;
  return {
    pageTimeoutMs: 45_000,
    context: (signal, log) => ({
      signal, log, http, now: () => clock.now(),
      browser: () => (browser ??= import('../scrape/browser/launch.js').then((m) => m.launchBrowser({ ...policy, executablePath: config.chromiumPath }))),
    }),
    async close() {
      const b = await browser?.catch(() => null);
      browser = null;
      await b?.close().catch(() => {});
    },
  };
}

/** One scrape outside a tick, saving nothing (`probe`, `doctor --pipeline`); the browser is closed after. */
export async function scrapeOnce(config: Config, clock: Clock, target: ScrapeTarget, known: KnownSource | null, signal: AbortSignal, log: Logger):
  Promise<{ source: DetectedSource; postings: NormalizedPosting[]; notes: string[]; remember?: KnownSource }> {
  const services = scrapeServices(config, clock);
  try {
    const outcome = await scrape(target, known, services.context(signal, log), services.pageTimeoutMs);
    return { source: outcome.source, postings: normalizeAll(outcome.postings), notes: outcome.notes, remember: outcome.remember };
  } finally {
    await services.close();
  }
}
