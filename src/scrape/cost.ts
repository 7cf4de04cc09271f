// What one scrape cost: bytes fetched (HTTP bodies, and every response Chromium received for the page) and
// CPU time (our parsing, measured around the synchronous work, plus Chromium's main-thread time for the page).

export interface ScrapeCost {
  bytes: number;
  cpuMs: number;
}

export const newCost = (): ScrapeCost => ({ bytes: 0, cpuMs: 0 });

/**
 * Runs synchronous work and adds the process CPU it took to `cost`. Exact for this work alone: no other
 * JavaScript runs while it does (other tasks' work happens between awaits, outside the measurement).
 */
export function measureCpu<T>(cost: ScrapeCost | undefined, work: () => T): T {
  if (!cost) return work();
  const before = process.cpuUsage();
  try {
    return work();
  } finally {
    const used = process.cpuUsage(before);
    cost.cpuMs += (used.user + used.system) / 1000;
  }
}
