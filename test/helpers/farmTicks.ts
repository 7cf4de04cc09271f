// Whole ticks against the ATS farm for one test file: the farm for the file, a fresh SQLite file and clock
// per test, the tick's log kept, and companies tracked the way the CLI tracks them (one user, rank 90).
import { afterEach, beforeEach } from 'vitest';
import type { Store } from '../../src/db/client.js';
import { runTick } from '../../src/tick/runTick.js';
import { useAtsFarm } from './atsFarm.js';
import { steppableClock } from './clock.js';
import { cleanupTempDirs, openTestStore } from './db.js';
import { farmTickDeps, trackCompany } from './farmTick.js';
import { tickOptions } from './tick.js';

export function useFarmTicks(startMs: number) {
  const clock = steppableClock(startMs);
  const logged: string[] = [];
  const ats = useAtsFarm();
  let current: Store | undefined;
  beforeEach(async () => {
    current = await openTestStore();
    clock.set(startMs);
    logged.length = 0;
  });
  afterEach(() => cleanupTempDirs(current ? [current] : []));
  const store = () => {
    if (!current) throw new Error('the store opens in beforeEach');
    return current;
  };
  return {
    clock, logged, store,
    get farm() {
      return ats.farm;
    },
    /** One tick with SCOUTLY_ATS_BASE_URL on the farm. */
    tick: () => runTick(farmTickDeps(store(), ats.farm, clock, logged), tickOptions({ budgetMs: 60_000, graceMs: 1_000 })),
    track: (slug: string, careersUrl: string): number => trackCompany(store(), clock, slug, careersUrl),
  };
}
