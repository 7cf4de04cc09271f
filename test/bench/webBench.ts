// `make bench`, the dashboard: the first request to a socket with the service stopped until the matches page
// is served (systemd-socket-activate holds the socket and starts `scoutly web` from dist/ at the first
// connection, with the Node flags of systemd/scoutly-web.service, as systemd would), the warm matches page on a
// database with 10,000 postings and 1,000 matches, and the service's RSS after 100 requests. Prints figures
// with their spread and the goals beside them; asserts nothing.

import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createSession } from '../../src/auth/sessions.js';
import { closeStore, openStore } from '../../src/db/client.js';
import { seedMatches } from '../helpers/seed.js';

const ROOT = new URL('../../../', import.meta.url).pathname; // dist-bench/test/bench → repository
const SCOUTLY = join(ROOT, 'dist/cli/scoutly.cjs');
const COMPANIES = Number(process.env.BENCH_WEB_COMPANIES ?? 100);
const POSTINGS_EACH = 100;
const MATCHES_EACH = 10;
const COLD_RUNS = Number(process.env.BENCH_WEB_COLD_RUNS ?? 7);
const WARM_REQUESTS = 100;
const GOALS = { coldMs: 400, warmMedianMs: 30, rssMiB: 80 };

/** The flags between `/usr/bin/node` and the script in systemd/scoutly-web.service's ExecStart. */
function serviceNodeFlags(): string[] {
  const unit = readFileSync(join(ROOT, 'systemd/scoutly-web.service'), 'utf8');
  const flags = /^ExecStart=\/usr\/bin\/node((?: --[\w-]+(?:=[\w.-]+)?)*) \/opt\/scoutly\/dist\/cli\/scoutly\.cjs web$/m.exec(unit)?.[1];
  if (flags === undefined) throw new Error('systemd/scoutly-web.service: ExecStart must be /usr/bin/node [--flag …] /opt/scoutly/dist/cli/scoutly.cjs web');
  return flags.split(' ').filter(Boolean);
}

const sorted = (xs: number[]) => [...xs].sort((a, b) => a - b);
const quantile = (xs: number[], q: number) => sorted(xs)[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
const ms = (n: number) => `${n.toFixed(n < 10 ? 1 : 0)} ms`;
const line = (label: string, value: string) => console.log(`  ${label.padEnd(58)} ${value}`);

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer().once('error', reject).listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** systemd-socket-activate listening for `scoutly web` (started at the first connection, in the same process). */
async function socketActivated(db: string): Promise<{ url: string; child: ChildProcess; stop: () => Promise<void> }> {
  const port = await freePort();
  // It hands the program only the variables named with -E (and a few of its own), as a unit's Environment= would.
  const env = { HOME: tmpdir(), NODE_ENV: 'production', SCOUTLY_DB: db, SCOUTLY_LOG_LEVEL: 'warn', SCOUTLY_WEB_IDLE: '10m' };
  const child = spawn('systemd-socket-activate', [
    '-l', `127.0.0.1:${port}`, ...Object.entries(env).flatMap(([k, v]) => ['-E', `${k}=${v}`]), process.execPath, ...serviceNodeFlags(), SCOUTLY, 'web',
  ], { stdio: ['ignore', 'ignore', 'pipe'] });
  let said = '';
  child.stderr!.on('data', (d: Buffer) => void (said += d.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // It says so once the socket listens; a connection before that would be refused.
  for (let waited = 0; !said.includes('Listening on'); waited += 10) {
    if (waited > 10_000 || child.exitCode !== null) throw new Error(`systemd-socket-activate did not listen: ${said}`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return { url: `http://127.0.0.1:${port}`, child, stop: async () => { child.kill('SIGTERM'); await exited; } };
}

/** One signed-in request for the matches page, read to its end; its time in ms. */
async function matchesPage(url: string, session: string): Promise<number> {
  const started = performance.now();
  const res = await fetch(`${url}/matches`, { headers: { cookie: `scoutly_session=${session}` } });
  const body = await res.text();
  const took = performance.now() - started;
  if (res.status !== 200 || !body.includes('id="match-')) throw new Error(`the matches page answered ${res.status} without matches (signed out?)`);
  return took;
}

const rssMiB = (pid: number) => Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]) / 1024;

const dir = mkdtempSync(join(tmpdir(), 'scoutly-web-bench-'));
// Seeded in memory (each write is a synchronous=FULL transaction: on disk that takes half a minute), then
// copied to disk, where the service reads it as it would on the Pi.
const seedDir = mkdtempSync(join(existsSync('/dev/shm') ? '/dev/shm' : tmpdir(), 'scoutly-web-bench-seed-'));
try {
  const db = join(dir, 'scoutly.db');
  const seedStarted = performance.now();
  const store = await openStore(join(seedDir, 'scoutly.db'));
  const now = Date.now();
  for (let c = 0; c < COMPANIES; c++) {
    seedMatches(store, `company-${c}`, Array.from({ length: POSTINGS_EACH }, (_, i) => ({
      title: `Engineer ${c}-${i}`, score: i < MATCHES_EACH ? 95 - i : 30, reasons: ['TypeScript matches', 'Remote in the EU'], location: 'Berlin',
    })), now);
  }
  const userId = (store.sqlite.prepare('SELECT id FROM users').get() as { id: number }).id;
  const session = createSession(store, userId, now).token;
  const counts = store.sqlite.prepare('SELECT (SELECT COUNT(*) FROM postings) AS postings, (SELECT COUNT(*) FROM saved_jobs) AS matches').get() as { postings: number; matches: number };
  closeStore(store); // checkpoints the WAL: the file alone holds everything
  copyFileSync(join(seedDir, 'scoutly.db'), db);
  console.log(`dashboard bench: ${counts.postings} postings, ${counts.matches} matches (seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s); node ${process.version}, flags ${serviceNodeFlags().join(' ') || '(none)'}`);

  const cold: number[] = [];
  for (let i = 0; i < COLD_RUNS; i++) {
    const service = await socketActivated(db);
    try {
      cold.push(await matchesPage(service.url, session));
    } finally {
      await service.stop();
    }
  }
  line(`first request, service stopped → matches page (${COLD_RUNS} runs)`, `median ${ms(quantile(cold, 0.5))}, ${ms(Math.min(...cold))}–${ms(Math.max(...cold))}   goal ≤ ${GOALS.coldMs} ms`);

  const service = await socketActivated(db);
  try {
    for (let i = 0; i < 10; i++) await matchesPage(service.url, session); // warm: code compiled, pages cached
    const warm: number[] = [];
    for (let i = 0; i < WARM_REQUESTS; i++) warm.push(await matchesPage(service.url, session));
    line(`warm matches page (${WARM_REQUESTS} requests)`, `median ${ms(quantile(warm, 0.5))}, p90 ${ms(quantile(warm, 0.9))}, ${ms(Math.min(...warm))}–${ms(Math.max(...warm))}   goal median ≤ ${GOALS.warmMedianMs} ms`);
    line(`service RSS after ${WARM_REQUESTS + 10} requests`, `${rssMiB(service.child.pid!).toFixed(0)} MiB   goal ≤ ${GOALS.rssMiB} MB`);
  } finally {
    await service.stop();
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
  rmSync(seedDir, { recursive: true, force: true });
}
