// `make bench`, feeds: one board per feed source on the stand-in ATS farm the tests use (test/helpers/atsFarm.ts,
// the vendors' genuine answers), each read by whole ticks over a few companies: wall and CPU per company by
// source kind, lowest–highest over a few runs. Prints figures; asserts nothing.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { performance } from 'node:perf_hooks';
import { createLogger } from '../../src/core/log.js';
import { systemClock } from '../../src/core/clock.js';
import { startDeadline } from '../../src/core/deadline.js';
import { loadConfig } from '../../src/config/config.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { setPreference, upsertCompanies } from '../../src/companies/repo.js';
import { upsertUser } from '../../src/users/repo.js';
import { buildTickDeps } from '../../src/tick/deps.js';
import { runTick } from '../../src/tick/runTick.js';
import { startAtsFarm, type AtsFarm } from '../helpers/atsFarm.js';
import { cpuSampler } from '../helpers/procTree.js';
import { company } from '../helpers/seed.js';

/** A board per source on the farm; a new source adds its line. */
const BOARDS: { kind: string; careersUrl: string }[] = [
  { kind: 'greenhouse', careersUrl: 'https://boards.greenhouse.io/acme' },
  { kind: 'rippling', careersUrl: 'https://ats.rippling.com/rippling/jobs' },
  { kind: 'bamboohr', careersUrl: 'https://acme.bamboohr.com/careers' },
  { kind: 'teamtailor', careersUrl: 'https://upcloud.teamtailor.com/jobs' },
  { kind: 'jobvite', careersUrl: 'https://jobs.jobvite.com/feedingamerica/jobs' },
  { kind: 'icims', careersUrl: 'https://careers-wipfli.icims.com/jobs/search' },
  { kind: 'pinpoint', careersUrl: 'https://workwithus.pinpointhq.com/' },
  { kind: 'softgarden', careersUrl: 'https://abeking.career.softgarden.de/' },
  // Two requests a company: the hosted page for the careers token, then the list.
  { kind: 'comeet', careersUrl: 'https://www.comeet.com/jobs/mwdn/61.005' },
  // Two requests a company (the slug names the page's id), then 120 jobs in two pages.
  { kind: 'dover', careersUrl: 'https://app.dover.com/jobs/dover' },
  // The company page for the id, then two pages of five.
  { kind: 'join', careersUrl: 'https://join.com/companies/alteos' },
  { kind: 'jazzhr', careersUrl: 'https://hackerearth.applytojob.com/apply' },
  { kind: 'paylocity', careersUrl: 'https://recruiting.paylocity.com/Recruiting/Jobs/All/211e692d-c45a-4e3a-ae01-3e497af97929' },
  // Three POSTs of ten.
  { kind: 'successfactors', careersUrl: 'https://careers.skyworksinc.com/job/Principal-Programmer-Analyst-2/76824-en_US' },
];
const COMPANIES = 10;
const RUNS = 3;
const dir = mkdtempSync(join(tmpdir(), 'scoutly-feeds-bench-'));

/** One tick over COMPANIES companies on the board: wall and CPU (the process, the farm included) per company. */
async function tickOnBoard(farm: AtsFarm, board: (typeof BOARDS)[number], run: number) {
  const store = await openStore(join(dir, `${board.kind}-${run}.db`));
  const now = Date.now();
  const user = upsertUser(store, { email: 'bench@example.com' }, now);
  const { ids } = upsertCompanies(store, Array.from({ length: COMPANIES }, (_, i) => company(`${board.kind}${i}`, { careersUrl: board.careersUrl })), now);
  ids.forEach((id) => setPreference(store, user.id, id, 90, now));
  const config = loadConfig({ env: { SCOUTLY_ALLOW_PRIVATE_URLS: '1', SCOUTLY_ATS_BASE_URL: farm.url } });
  const deps = buildTickDeps(config, store, createLogger({ format: 'plain', level: 'error', stream: new PassThrough() }), { clock: systemClock });
  const cpu = cpuSampler();
  const t0 = performance.now();
  const outcome = await runTick(deps, { deadline: startDeadline(10 * 60_000), concurrency: 5, only: null, stopSignal: new AbortController().signal });
  const wall = performance.now() - t0;
  const cpuSeconds = cpu.stop();
  const kinds = store.sqlite.prepare('SELECT DISTINCT source_kind AS kind FROM companies').all() as { kind: string }[];
  closeStore(store);
  if (outcome.kind !== 'ran' || outcome.summary.succeeded !== COMPANIES || kinds.length !== 1 || kinds[0]!.kind !== board.kind) {
    throw new Error(`${board.kind}: ${JSON.stringify({ outcome, kinds })}`);
  }
  return { wallMs: wall / COMPANIES, cpuMs: (cpuSeconds * 1000) / COMPANIES };
}

const spread = (values: number[]) => `${Math.min(...values).toFixed(0)}–${Math.max(...values).toFixed(0)} ms`;

const farm = await startAtsFarm();
try {
  console.log(`\nFeeds: one board per source on the stand-in farm, ${COMPANIES} companies each (one API host: polite, serial), ${RUNS} runs`);
  console.log(`  ${'source'.padEnd(14)} ${'wall per company'.padEnd(20)} CPU per company`);
  for (const board of BOARDS) {
    const runs = [];
    for (let run = 0; run < RUNS; run++) runs.push(await tickOnBoard(farm, board, run));
    console.log(`  ${board.kind.padEnd(14)} ${spread(runs.map((r) => r.wallMs)).padEnd(20)} ${spread(runs.map((r) => r.cpuMs))}`);
  }
} finally {
  await farm.close();
  rmSync(dir, { recursive: true, force: true });
}
