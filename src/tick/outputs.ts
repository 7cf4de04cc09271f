// What a tick leaves for the user once its run row is closed: digests to the configured channels, the
// HTML report and the Prometheus textfile. Each is optional, loads only when configured, and can
// fail without failing the tick (it is logged, and a digest is tried again next tick).

import type { Clock } from '../core/clock.js';
import type { Logger } from '../core/log.js';
import type { Config } from '../config/config.js';
import type { Store } from '../db/client.js';

export interface OutputDeps {
  store: Store;
  config: Config;
  clock: Clock;
  log: Logger;
}

/** `sendDigests` is false when the tick was stopped by a signal: the process must exit promptly. */
export async function publishTickOutputs(deps: OutputDeps, runId: number, opts: { sendDigests: boolean }): Promise<void> {
  const { store, config, clock, log } = deps;
  if (opts.sendDigests && (config.notify.url || config.smtp.url)) {
    try {
      const [{ configuredSenders }, { sendDigests }] = await Promise.all([import('../notify/channels.js'), import('../notify/send.js')]);
      await sendDigests({
        store, log, runId, now: () => clock.now(), senders: configuredSenders(config), gemini: config.gemini, staleDays: config.staleDays, webUrl: config.web.url,
      });
    } catch (err) {
      log.warn('could not prepare the digests (tried again at the next tick):', err);
    }
  }
  if (config.reportFile) {
    try {
      const [{ gatherReport }, { renderReportHtml }, { writeFileAtomically }] = await Promise.all([
        import('../report/reportData.js'), import('../report/html.js'), import('../core/files.js')]);
      writeFileAtomically(config.reportFile, renderReportHtml(gatherReport(store, config, clock.now(), runId)));
    } catch (err) {
      log.warn(`could not write the HTML report ${config.reportFile}: ${(err as Error).message}`);
    }
  }
  if (config.metricsFile) {
    try {
      const [{ formatMetrics, gatherMetrics }, { writeFileAtomically }] = await Promise.all([import('../report/metrics.js'), import('../core/files.js')]);
      writeFileAtomically(config.metricsFile, formatMetrics(gatherMetrics(store, config, clock.now())), 0o644); // node_exporter reads it
    } catch (err) {
      log.warn(`could not write the metrics file ${config.metricsFile}: ${(err as Error).message}`);
    }
  }
}
