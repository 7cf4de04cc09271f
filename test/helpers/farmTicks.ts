// Whole ticks against the ATS farm for one test file: the farm for the file, a fresh SQLite file and clock
// per test, the tick's log kept, and companies tracked the way the CLI tracks them (one user, rank 90).
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach } from 'vitest';
import { createLogger } from '../../src/core/log.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { useAtsFarm } from './atsFarm.js';
import { steppableClock } from './clock.js';
import { cleanupTempDirs, openTestStore } from './db.js';
import { company } from './seed.js';
import { tickOptions } from './tick.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';

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
    tick() {
      const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: ats.farm.url, SCOUTLY_CHROMIUM: CHROMIUM } });
      const stream = new PassThrough();
      stream.on('data', (d: Buffer) => logged.push(d.toString()));
      const deps = buildTickDeps(config, store(), createLogger({ format: 'plain', level: 'info', stream }), { clock, rand: () => 0.5 });
      return runTick(deps, tickOptions({ budgetMs: 60_000, graceMs: 1_000 }));
    },
    track(slug: string, careersUrl: string): number {
      const user = upsertUser(store(), { email: 'me@example.com' }, clock.now());
      const id = upsertCompanies(store(), [company(slug, { careersUrl })], clock.now()).ids[0]!;
      setPreference(store(), user.id, id, 90, clock.now());
      return id;
    },
  };
}
