// Whole ticks against the stand-in ATS farm (atsFarm.ts): the tick's dependencies with the ATS hosts routed
// to the farm and real Chromium for pages, its log lines collected, and companies tracked by one user.
import { existsSync } from 'node:fs';
import { PassThrough } from 'node:stream';
import { createLogger } from '../../src/core/log.js';
import { CHROMIUM_CANDIDATES, loadConfig } from '../../src/config/config.js';
import type { Store } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import type { SteppableClock } from './clock.js';
import { company } from './seed.js';
import type { AtsFarm } from './atsFarm.js';

const CHROMIUM = CHROMIUM_CANDIDATES.find((p) => existsSync(p)) ?? '';

/** The tick's dependencies on `store`, reading ATS APIs from `farm`; every log line is pushed to `logged`. */
export function farmTickDeps(store: Store, farm: AtsFarm, clock: SteppableClock, logged: string[]) {
  const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url, SCOUTLY_CHROMIUM: CHROMIUM } });
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => logged.push(d.toString()));
  return buildTickDeps(config, store, createLogger({ format: 'plain', level: 'info', stream }), { clock, rand: () => 0.5 });
}

/** A company at `careersUrl`, tracked by me@example.com at rank 90; its id. */
export function trackCompany(store: Store, clock: SteppableClock, slug: string, careersUrl: string, selector: string | null = null): number {
  const user = upsertUser(store, { email: 'me@example.com' }, clock.now());
  const id = upsertCompanies(store, [company(slug, { careersUrl, selector })], clock.now()).ids[0]!;
  setPreference(store, user.id, id, 90, clock.now());
  return id;
}
