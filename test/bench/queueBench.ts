// `make bench`, part 1: the enqueue pass over 100,000 tracked companies, claim + complete throughput
// against liteque and plainjob on the same durable settings, and jobs-tick start-to-exit.
// Prints figures and ratios; asserts nothing (machines are noisy).

import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createLogger } from '../../src/core/log.js';
import { closeStore, openStore } from '../../src/db/client.js';
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
const line = (label: string, value: string) => console.log(`  ${label.padEnd(44)} ${value}`);
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

async function oursThroughput(): Promise<number> {
  const store = await openStore(join(dir, 'ours.db'));
  store.sqlite.prepare(`INSERT INTO runs (started_at, budget_ms, concurrency, host, pid) VALUES (0, 0, 5, 'bench', 0)`).run();
  store.sqlite.transaction(() => {
    const add = store.sqlite.prepare(`INSERT INTO tasks (kind, dedupe_key, payload, run_at, created_at, updated_at)
      VALUES ('analyze_postings', ?, '{"companyId":1,"userId":1}', 0, 0, 0)`);
    for (let i = 0; i < N; i++) add.run(`bench:${i}`);
  })();
  const queue = new TaskQueue(store, { maxAttempts: 5 });
  const log = createLogger({ format: 'plain', level: 'error' });
  const t0 = performance.now();
  const deadline = startDeadline(3_600_000);
  const noop = { ...analyzePostingsKind, handler: noopWork };
  const stats = await drain(
    { queue, clock: systemClock, log, kinds: { analyze_postings: bindKind(noop, null, store) }, enqueue: () => {}, secrets: [] },
    { runId: 1, concurrency: IN_FLIGHT, deadline, graceMs: 1000, kind: null, stopSignal: new AbortController().signal },
  );
  deadline.dispose();
  const elapsed = performance.now() - t0;
  if (stats.succeeded !== N) throw new Error(`ours: ${stats.succeeded} of ${N} succeeded`);
  closeStore(store);
  return elapsed;
}

async function litequeThroughput(): Promise<number> {
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
  const sqlite = new OldDatabase(join(dir, 'liteque.db'));
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
  const t0 = performance.now();
  await runner.runUntilEmpty();
  const elapsed = performance.now() - t0;
  sqlite.close();
  if (done !== N) throw new Error(`liteque: ${done} of ${N} ran`);
  return elapsed;
}

async function plainjobThroughput(): Promise<number> {
  const plainjob = await import('plainjob');
  const sqlite = new Database(join(dir, 'plainjob.db'));
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
  const t0 = performance.now();
  for (const w of workers) void w.start();
  await allDone;
  const elapsed = performance.now() - t0;
  await Promise.all(workers.map((w) => w.stop()));
  queue.close();
  sqlite.close();
  return elapsed;
}

async function throughputBench(): Promise<void> {
  console.log(`\nClaim + complete, ${N} no-op tasks, ${IN_FLIGHT} in flight, WAL + synchronous=FULL (goal: ours ≥ the faster of the two)`);
  const ours = await oursThroughput();
  const lq = await litequeThroughput();
  const pj = await plainjobThroughput();
  const rate = (t: number) => `${(N / (t / 1000)).toFixed(0)} tasks/s (${ms(t)})`;
  line('scoutly (claim + attempt row + complete)', rate(ours));
  line('liteque 0.8.0', rate(lq));
  line('plainjob 0.0.14', rate(pj));
  line('scoutly ÷ faster of the two (throughput)', `${(Math.min(lq, pj) / ours).toFixed(2)}×`);
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

function startupBench(): void {
  console.log('\nStart-to-exit of jobs-tick with nothing due (with the unit\'s Node flags), against node -e "" (goal: under 2×)');
  const env = { ...process.env, SCOUTLY_DB: join(dir, 'startup.db'), SCOUTLY_LOG_LEVEL: 'error' };
  const time = (args: string[]) => {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, args, { env, stdio: 'ignore' });
    if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}`);
    return performance.now() - t0;
  };
  const tick = [...unitNodeFlags(ROOT), join(ROOT, 'dist/cli/jobsTick.js')]; // as the timer's unit starts it
  time(tick); // creates and migrates the database once
  const runs = 15;
  const bare: number[] = [];
  const ours: number[] = [];
  for (let i = 0; i < runs; i++) {
    bare.push(time(['-e', '']));
    ours.push(time(tick));
  }
  line(`node -e "" (median of ${runs})`, ms(median(bare)));
  line(`jobs-tick, nothing due (median of ${runs})`, ms(median(ours)));
  line('ratio', `${(median(ours) / median(bare)).toFixed(2)}×`);
}

try {
  await enqueueBench();
  await throughputBench();
  startupBench();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
