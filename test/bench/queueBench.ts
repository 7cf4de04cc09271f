// `make bench`, part 1: the enqueue pass over 100,000 tracked companies, claim + complete throughput against
// liteque and plainjob on the same durable settings (rounds interleaved, with their spread and the CPU per
// task), and start-to-exit of jobs-tick with nothing due and of `scoutly status` against `node -e ''`.
// Prints figures and ratios with their spread; asserts nothing (machines are noisy).

import Database from 'better-sqlite3';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger } from '../../src/core/log.js';
import { closeStore, deferCheckpoints, openStore } from '../../src/db/client.js';
import { TaskQueue } from '../../src/queue/queue.js';
import { drain } from '../../src/tick/drain.js';
import { systemClock } from '../../src/core/clock.js';
import { startDeadline } from '../../src/core/deadline.js';
import { bindKind } from '../../src/tasks/kind.js';
import { analyzePostingsKind } from '../../src/tasks/kinds/analyzePostings.js';
import { enqueueDue } from '../../src/tasks/enqueueScrapes.js';
import { unitNodeFlags } from '../helpers/nodeFlags.js';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
const require = createRequire(import.meta.url);
const dir = mkdtempSync(join(tmpdir(), 'scoutly-bench-'));
const line = (label: string, value: string) => console.log(`  ${label.padEnd(52)} ${value}`);
const ms = (n: number) => `${n.toFixed(1)} ms`;

/** Deterministic pseudo-random numbers, so every run benches the same data. */
function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

async function enqueueBench(): Promise<void> {
  console.log('\nEnqueue pass over 100,000 tracked companies (goal: under 1 s, one statement, index-driven)');
  const store = await openStore(join(dir, 'enqueue.db'));
  const rand = mulberry32(42);
  const now = Date.now();
  const seedTx = store.sqlite.transaction(() => {
    store.sqlite.prepare(`INSERT INTO users (email, created_at, updated_at) VALUES ('bench@example.com', 0, 0)`).run();
    const company = store.sqlite.prepare(`INSERT INTO companies (slug, name, careers_url, last_success_at, created_at, updated_at)
      VALUES (?, ?, ?, ?, 0, 0)`);
    const pref = store.sqlite.prepare(`INSERT INTO preferences (user_id, company_id, rank, tracking, created_at, updated_at) VALUES (1, ?, ?, 1, 0, 0)`);
    for (let i = 1; i <= 100_000; i++) {
      const lastSuccess = rand() < 0.1 ? null : now - Math.floor(rand() * 6 * 86_400_000);
      company.run(`c${i}`, `Company ${i}`, `https://c${i}.example.com/careers`, lastSuccess);
      pref.run(i, 1 + Math.floor(rand() * 100));
    }
  });
  seedTx();
  store.sqlite.pragma('optimize');
  const queue = new TaskQueue(store, { maxAttempts: 5 });
  const t0 = performance.now();
  const first = enqueueDue(store, queue, now);
  const t1 = performance.now();
  const second = enqueueDue(store, queue, now);
  const t2 = performance.now();
  line('first pass (tasks enqueued)', `${ms(t1 - t0)}  (${first.enqueued})`);
  line('second pass, idempotent (tasks enqueued)', `${ms(t2 - t1)}  (${second.enqueued})`);
  line('ratio first pass / 1 s goal', `${((t1 - t0) / 1000).toFixed(2)}×`);
  const plan = store.sqlite.prepare(`EXPLAIN QUERY PLAN SELECT * FROM v_schedule s WHERE s.next_due_at <= 0`).all() as { detail: string }[];
  line('plan of the due selection', plan.map((p) => p.detail).join(' | '));
  closeStore(store);
}

const N = Number(process.env.BENCH_TASKS ?? 2000);
const IN_FLIGHT = 5;
const noopWork = () => new Promise<void>((r) => setImmediate(r));

/** A fresh database file for each run, so no round inherits another's rows. */
let runs = 0;
const freshDb = (name: string) => join(dir, `${name}-${++runs}.db`);

/** A timed run: elapsed ms and the CPU (µs, user + system) spent in it, set-up apart. */
interface Run { ms: number; cpuUs: number }
function timer(): () => Run {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { ms: performance.now() - t0, cpuUs: c.user + c.system };
  };
}

async function oursThroughput(): Promise<Run> {
  const store = await openStore(freshDb('ours'));
  store.sqlite.prepare(`INSERT INTO runs (started_at, budget_ms, concurrency, host, pid) VALUES (0, 0, 5, 'bench', 0)`).run();
  store.sqlite.transaction(() => {
    const add = store.sqlite.prepare(`INSERT INTO tasks (kind, dedupe_key, payload, run_at, created_at, updated_at)
      VALUES ('analyze_postings', ?, '{"companyId":1,"userId":1}', 0, 0, 0)`);
    for (let i = 0; i < N; i++) add.run(`bench:${i}`);
  })();
  const queue = new TaskQueue(store, { maxAttempts: 5 });
  const log = createLogger({ format: 'plain', level: 'error' });
  const stop = timer();
  // As a tick drains: WAL checkpoints wait for its end, and the one at the end is counted.
  const checkpoint = deferCheckpoints(store);
  const deadline = startDeadline(3_600_000);
  const noop = { ...analyzePostingsKind, handler: noopWork };
  const stats = await drain(
    { queue, clock: systemClock, log, kinds: { analyze_postings: bindKind(noop, null, store) }, enqueue: () => {}, secrets: [] },
    { runId: 1, concurrency: IN_FLIGHT, deadline, graceMs: 1000, kind: null, stopSignal: new AbortController().signal },
  );
  deadline.dispose();
  checkpoint();
  const run = stop();
  if (stats.succeeded !== N) throw new Error(`ours: ${stats.succeeded} of ${N} succeeded`);
  closeStore(store);
  return run;
}

async function litequeThroughput(): Promise<Run> {
  // liteque's dequeue awaits inside a better-sqlite3 transaction, which better-sqlite3 ≥ 11.10 refuses;
  // it runs here on an older better-sqlite3 with liteque's own drizzle, as its authors pin it.
  const OldDatabase = require('better-sqlite3-v11') as typeof Database;
  const litequeDir = resolve(ROOT, 'node_modules/liteque');
  const { drizzle } = (await import(pathToFileURL(join(litequeDir, 'node_modules/drizzle-orm/better-sqlite3/index.js')).href)) as {
    drizzle: (db: unknown) => unknown;
  };
  const liteque = (await import('liteque')) as unknown as {
    migrateDB: (db: unknown) => void;
    SqliteQueue: new (name: string, db: unknown, opts: unknown) => { enqueue(p: unknown): Promise<unknown> };
    Runner: new (q: unknown, funcs: unknown, opts: unknown) => { runUntilEmpty(): Promise<void> };
  };
  const sqlite = new OldDatabase(freshDb('liteque'));
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite);
  liteque.migrateDB(db);
  const queue = new liteque.SqliteQueue('bench', db, { defaultJobArgs: { numRetries: 5 }, keepFailedJobs: true });
  for (let i = 0; i < N; i++) await queue.enqueue({ i });
  let done = 0;
  const runner = new liteque.Runner(queue, { run: async () => { await noopWork(); done++; } },
    { pollIntervalMs: 1, timeoutSecs: 60, concurrency: IN_FLIGHT });
  const stop = timer();
  await runner.runUntilEmpty();
  const run = stop();
  sqlite.close();
  if (done !== N) throw new Error(`liteque: ${done} of ${N} ran`);
  return run;
}

async function plainjobThroughput(): Promise<Run> {
  const plainjob = await import('plainjob');
  const sqlite = new Database(freshDb('plainjob'));
  const silent = { error: () => {}, warn: () => {}, info: () => {}, debug: () => {} };
  const queue = plainjob.defineQueue({ connection: plainjob.better(sqlite), logger: silent });
  sqlite.pragma('synchronous = FULL'); // plainjob sets NORMAL; compare on the same durability
  queue.addMany('bench', Array.from({ length: N }, (_, i) => ({ i })));
  let done = 0;
  let finish: () => void = () => {};
  const allDone = new Promise<void>((r) => (finish = r));
  const workers = Array.from({ length: IN_FLIGHT }, () =>
    plainjob.defineWorker('bench', async () => {
      await noopWork();
      if (++done === N) finish();
    }, { queue, pollIntervall: 1, logger: silent }));
  const stop = timer();
  for (const w of workers) void w.start();
  await allDone;
  const run = stop();
  await Promise.all(workers.map((w) => w.stop()));
  queue.close();
  sqlite.close();
  return run;
}

/** The value at quantile q of `values` (0.5: the median). */
function quantile(values: number[], q: number): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
}
const median = (values: number[]) => quantile(values, 0.5);
/** median (min–max) */
const spread = (values: number[], f: (n: number) => string) => `${f(median(values))} (${f(Math.min(...values))}–${f(Math.max(...values))})`;

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function throughputBench(): Promise<void> {
  console.log(`\nClaim + complete, ${N} no-op tasks, ${IN_FLIGHT} in flight, WAL + synchronous=FULL, ${ROUNDS} rounds interleaved`
    + ' (goal: ours ≥ the faster of the two)');
  const peers = { scoutly: oursThroughput, liteque: litequeThroughput, plainjob: plainjobThroughput };
  const results: Record<keyof typeof peers, Run[]> = { scoutly: [], liteque: [], plainjob: [] };
  for (let round = 0; round < ROUNDS; round++) {
    // Each round in another order, so neither warm-up nor the machine's moods favour one.
    const order = (Object.keys(peers) as (keyof typeof peers)[]).map((k, i, all) => all[(i + round) % all.length]!);
    for (const name of order) results[name].push(await peers[name]());
  }
  const rate = (r: Run) => N / (r.ms / 1000);
  for (const [name, label] of [['scoutly', 'scoutly (claim + attempt row + complete)'], ['liteque', 'liteque 0.8.0'], ['plainjob', 'plainjob 0.0.14']] as const) {
    line(label, `${spread(results[name].map(rate), (n) => n.toFixed(0))} tasks/s, CPU ${spread(results[name].map((r) => r.cpuUs / N), (n) => n.toFixed(0))} µs per task`);
  }
  const ratios = results.scoutly.map((ours, i) => rate(ours) / Math.max(rate(results.liteque[i]!), rate(results.plainjob[i]!)));
  line('scoutly ÷ faster of the two, per round', `${spread(ratios, (n) => n.toFixed(2))}×`);
}

/** One process start to exit (ms); `pipe` reads its output as journald would. */
function timeRun(args: string[], env: NodeJS.ProcessEnv): Promise<number> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.resume();
    child.stderr.resume();
    child.on('close', (code) => (code === 0 ? resolve(performance.now() - t0) : reject(new Error(`${args.join(' ')} exited ${code}`))));
  });
}

async function startupBench(): Promise<void> {
  const rounds = Number(process.env.BENCH_STARTUP_ROUNDS ?? 30);
  console.log(`\nStart to exit, ${rounds} rounds interleaved (goal: jobs-tick with nothing due ≤ 1.6× node -e '', scoutly status ≤ 2.0×)`);
  const env = { ...process.env, SCOUTLY_DB: join(dir, 'startup.db'), SCOUTLY_LOG_FORMAT: 'plain' };
  const flags = unitNodeFlags(ROOT); // as the timer's unit starts it
  const commands = {
    bare: ['-e', ''],
    tick: [...flags, join(ROOT, 'dist/cli/jobsTick.cjs')],
    status: [...flags, join(ROOT, 'dist/cli/scoutly.cjs'), 'status'],
    // The same tick without V8's flags: any V8 flag keeps Node's own modules out of its code cache.
    tickPlain: [join(ROOT, 'dist/cli/jobsTick.cjs')],
  };
  await timeRun(commands.tick, env); // creates and migrates the database once
  const times: Record<keyof typeof commands, number[]> = { bare: [], tick: [], status: [], tickPlain: [] };
  const names = Object.keys(commands) as (keyof typeof commands)[];
  for (let round = 0; round < rounds; round++) {
    for (const name of names.map((_, i) => names[(i + round) % names.length]!)) times[name].push(await timeRun(commands[name], env));
  }
  const ratio = (name: keyof typeof commands) => times[name].map((t, i) => t / times.bare[i]!);
  line("node -e ''", spread(times.bare, ms));
  line('jobs-tick, nothing due (the unit\'s Node flags)', `${spread(times.tick, ms)}; ÷ node -e '' per round ${spread(ratio('tick'), (n) => `${n.toFixed(2)}×`)}`);
  line('scoutly status (the same flags)', `${spread(times.status, ms)}; ÷ node -e '' per round ${spread(ratio('status'), (n) => `${n.toFixed(2)}×`)}`);
  line('jobs-tick, nothing due, without V8 flags', `${spread(times.tickPlain, ms)}; ÷ node -e '' per round ${spread(ratio('tickPlain'), (n) => `${n.toFixed(2)}×`)}`);
}

// `node queueBench.js startup` runs the start-up part alone (it needs only the built CLI).
const only = process.argv[2];
try {
  if (only !== 'startup') {
    await enqueueBench();
    await throughputBench();
  }
  await startupBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
